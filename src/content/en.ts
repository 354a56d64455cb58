/** Every user-visible string and teaching text, kept out of the components (a zh-TW file will fill the same keys). */
import { rnn } from './rnnText';
import { time } from './timeText';
import { cnn } from './cnnText';
import { problemWords } from './problems';
import { models } from './modelText';
import { exportText } from './exportText';
import { explainers } from './explainText';
import { archText } from './archText';
import type { NumberProblem, NumberRule } from '../store/fieldRules';
import type { LayerType } from '../engine/spec';
import type { SharedField } from '../store/share/shareFields';

const grouped = (n: number) => n.toLocaleString('en-US');

export const en = {
  appTitle: 'CNN & RNN Playground',
  appTagline: 'Train real networks in your browser, and watch what happens inside them.',
  shell: {
    navigation: 'Screens',
    cnnLab: 'CNN lab',
    rnnLab: 'RNN lab',
    convolution: 'Convolution',
    pooling: 'Pooling',
    architectures: 'Architectures',
    loadingScreen: 'Loading this screen…',
    screenFailed: 'This screen could not be loaded. Check the connection and reload the page.',
    reload: 'Reload',
    dismiss: 'Dismiss',
    toolbar: 'Page settings',
    status: 'Data and notices',
    language: 'Language',
    theme: 'Theme',
    presentation: 'Presentation mode',
    copyLink: 'Copy link',
    linkCopied: 'Link copied: it opens this screen with these settings.',
    linkNotCopied: 'The browser did not allow copying; copy the address from the address bar instead.',
    skipToContent: 'Skip to the main content',
  },
  shortcuts: {
    button: 'Shortcuts',
    heading: 'Keyboard shortcuts',
    intro: 'They work on every screen, except while you type in a field.',
    keys: [
      ['Space', 'Train, or pause when training'],
      ['→', 'One training step'],
      ['R', 'Reset: fresh weights from the seed'],
      ['P', 'Presentation mode on or off'],
      ['?', 'This list'],
      ['Esc', 'Close this list'],
    ] as [string, string][],
    close: 'Close',
    summary: 'Keys: Space trains or pauses, → takes one step, R resets, ? lists every shortcut.',
  },
  presetChange: {
    heading: 'Change the preset?',
    endsRun: (name: string, step: string) => `This ends the current run at step ${step} and builds “${name}” with fresh weights.`,
    builds: (name: string) => `This builds “${name}” with fresh weights.`,
    usePreset: (rate: string, batch: string, optimizer: string) => `Also use the preset's training settings: learning rate ${rate}, batch size ${batch}, ${optimizer}`,
    willKeep: 'Your learning rate, batch size and optimizer stay as they are.',
    willReplace: 'Your learning rate, batch size and optimizer are replaced by the preset\'s.',
    confirm: 'Change preset',
    cancel: 'Keep the current one',
  },
  share: {
    heading: 'This link could not be opened exactly as it was made.',
    unreadable: 'Its settings could not be read (the link may be cut short or changed), so the defaults are shown.',
    tooLong: (length: number, max: number) => `Its settings are ${grouped(length)} characters long, more than the ${grouped(max)} this page reads, so the defaults are shown.`,
    noVersion: 'It does not say which version of the playground made it; what could be read is used.',
    futureVersion: (version: number, current: number) => `It was made by a newer version of the playground (link format ${version}; this page reads format ${current}); what could be read is used.`,
    replaced: (fields: string) => `Not allowed here, so replaced by defaults: ${fields}.`,
    fields: {
      preset: 'preset', hyper: 'training settings', layers: 'layer stack', init: 'initial weights', learningRate: 'learning rate',
      batchSize: 'batch size', optimizer: 'optimizer', l2: 'L2 weight penalty', expandedData: 'expanded data', clipping: 'gradient clipping',
      clipThreshold: 'clip threshold', seed: 'seed', input: 'chosen test digit', task: 'task', network: 'network', example: 'chosen example',
      seedText: 'seed text', temperature: 'temperature', generateLength: 'characters to write',
      grids: 'edited grids', stride: 'stride', padding: 'padding', dilation: 'dilation', activation: 'activation',
      flip: 'kernel flip', position: 'steps computed', poolType: 'pooling type', windowSize: 'window size',
      architecture: 'architecture', inputSize: 'input size', widthMultiplier: 'width multiplier',
    } satisfies Record<SharedField, string>,
    list: (items: string[]) => items.join(', '),
  },
  offline: {
    ready: 'The playground is now saved on this device: from now on it opens and trains without a network.',
    updateHeading: 'A new version of the playground is available.',
    updateBody: 'Reloading starts it. The network being trained on screen is not kept across a reload: save it first (Save model) if you want to go on with it.',
    reloadToUpdate: 'Reload to update',
    later: 'Later',
  },
  milestones: {
    epoch: (epoch: number, accuracy: string, count: number) => `Epoch ${epoch} finished: ${accuracy} of all ${grouped(count)} test images right.`,
    steps: (steps: number) => `${grouped(steps)} training steps done.`,
  },
  lab: {
    controlsGroup: 'Training controls',
    train: 'Train',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    training: 'Training…',
    paused: 'Paused.',
    ready: 'Ready.',
    pausedOnLeave: 'Paused when you switched screens. Press Train to continue where it stopped.',
    blockers: {
      invalid: 'Fix the highlighted settings first.',
      dataFailed: 'The data failed to load.',
      waitingForData: 'Waiting for the first MNIST shard and the test set.',
      choosingBackend: 'Choosing a compute backend.',
      diverged: 'The run diverged: lower the learning rate and press Reset.',
      building: 'Building the network.',
    },
    settings: 'Training settings',
    learningRate: 'Learning rate',
    batchSize: 'Batch size',
    optimizer: 'Optimizer',
    seed: 'Seed',
    computeBackend: 'Compute backend',
    optimizers: { sgd: 'SGD', momentum: 'Momentum', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam' },
    stepTip: 'Mini-batches of gradient descent so far.',
    epochTip: 'Full passes over the training set.',
    epochNote: (percent: number, next: number) => `${percent}% through epoch ${next}`,
    speedTip: 'Training examples processed per second (forward and backward pass).',
    trainNote: (accuracy: string) => `training batches: ${accuracy} right`,
    latestCost: (cost: string, step: number) => `Latest training cost ${cost} at step ${step}.`,
    latestTest: (accuracy: string, step: number) => `Latest test accuracy estimate ${accuracy} at step ${step}.`,
    trainingStep: 'training step',
  },
  data: {
    label: 'MNIST download',
    loading: (loaded: string, total: string) => `Downloading MNIST: ${loaded} of ${total}`,
    readyPartial: (train: number) => `Ready to train on the first ${train.toLocaleString('en-US')} images; the rest of the 60,000 keep arriving.`,
    done: 'All 60,000 training and 10,000 test images are loaded.',
    failed: 'The MNIST data could not be loaded.',
    retry: 'Retry download',
  },
  preset: {
    label: 'Preset',
    tip: 'Networks from the course notes, ordered as the chapter builds them up step by step.',
    reference: (accuracy: string, source: string) => `Reference: ${accuracy} test accuracy after long training (${source}). Drawn as a dashed line on the accuracy chart.`,
    noReference: 'The notes give no test accuracy for this network.',
    custom: 'Custom network (edited)',
  },
  summary: {
    caption: 'Model summary',
    tip: 'One row per layer, like Keras\'s model.summary(). Output shapes leave out the batch axis ("None"). Parameters are weights plus biases.',
    total: 'Total params',
    addLayer: 'Add layer',
  },
  layerTips: {
    conv2d: 'A convolution slides small shared filters over its input; each filter makes one feature map.',
    pool: 'Pooling summarises each small window of a feature map (max, average, or L2: the root of the sum of squares). Global average pooling keeps one number per channel.',
    zeroPad: 'Adds a border of zeros, e.g. LeNet-5 reads 32×32 images, so MNIST\'s 28×28 gets 2 pixels on each side.',
    flatten: 'Unrolls a height×width×channels block into one long vector so dense layers can read it.',
    dense: 'Every unit connects to every input: units × (inputs + 1) parameters.',
    dropout: 'During training, randomly silences this fraction of units at every step, so the network cannot rely on any one of them.',
    activation: 'Applies a nonlinearity to every value.',
    depthwiseConv2d: 'A depthwise convolution gives each input channel its own k×k kernel and does not mix channels: k × k × channels weights.',
    batchNorm: 'Batch normalisation rescales each channel with a learned scale and shift (2 parameters per channel) and keeps a running mean and variance (2 more, not trained by gradient descent).',
    add: 'Adds its inputs element by element: the skip connection of a residual block. No parameters.',
    concatenate: 'Stacks its inputs along the channels: an Inception module joins its branches this way. No parameters.',
  } satisfies Record<LayerType, string>,
  fields: {
    filters: 'Number of filters (feature maps) this layer learns.',
    kernel: 'Side of the square local receptive field each filter looks at.',
    stride: 'How far the window moves between neighbouring outputs.',
    padding: '"valid" uses only full windows (the output shrinks); "same" pads with zeros so the output is ⌈input / stride⌉.',
    activation: 'The nonlinearity applied to each output.',
    kind: 'How each window is summarised.',
    size: 'Side of the pooling window.',
    units: 'Number of neurons in this fully connected layer.',
    rate: 'Fraction of units dropped at each training step.',
    zeroPadding: 'Zero pixels added on each side.',
    inputs: 'The layers this one reads, by name and separated by commas ("input" is the image). Add and Concatenate read two or more: that is how a skip connection or a set of parallel branches is made. Every other layer reads one.',
  },
  controls: {
    train: 'Start (or continue) training with mini-batches of the training set.',
    pause: 'Stop after the current chunk of steps; nothing is lost.',
    step: 'Run exactly one mini-batch of gradient descent, then stop.',
    reset: 'Throw away what was learned: new weights from the seed, step 0.',
    learningRate: 'How big a step gradient descent takes. Too large and the loss explodes to NaN; too small and learning crawls.',
    batchSize: 'Images per gradient step (the mini-batch).',
    optimizer: 'How gradients turn into weight updates. Momentum and Adam keep running averages; AdaGrad and RMSProp adapt a learning rate per weight.',
    l2: 'L2 weight penalty λ: adds λ·Σw² over all weights (not biases) to the cost, which keeps weights small.',
    expandedData: 'Expanded data: shift each training image by one pixel at random (up, down, left, right or not at all), as the notes do to get 5× the data.',
    weightInit: 'The random distribution the weights start from. Too small and sigmoid units all sit near 0.5 and learn slowly; Nielsen draws each weight from a Gaussian with σ = 1/√(number of inputs).',
    seed: 'The same seed gives the same initial weights and the same batch order.',
    backend: 'Where the maths runs. WebGL uses the graphics card; WebAssembly runs fast on the processor; CPU is plain JavaScript.',
  },
  readouts: {
    step: 'Step count',
    epoch: 'Epoch',
    loss: 'Loss',
    testAccuracy: 'Test accuracy',
    examplesPerSecond: 'Examples per second',
    backend: 'Backend',
    /** Runs Auto's backend trial again instead of trusting the verdict of an earlier visit. */
    measureBackendAgain: 'Measure again',
    lossTip: 'Mean cross-entropy cost of the recent training batches.',
    testTip: 'Share of test digits the network classifies correctly.',
    subsetNote: (count: number) => `estimate on ${count.toLocaleString('en-US')} fixed test images`,
    fullNote: (count: number, epoch: number) => `all ${count.toLocaleString('en-US')} test images, after epoch ${epoch}`,
    /** The test note with the step whose weights it measured. */
    noteAtStep: (note: string, step: number) => `${note}, at step ${grouped(step)}`,
  },
  charts: {
    cost: 'Cost chart',
    costTitle: 'Training cost (cross-entropy)',
    accuracy: 'Accuracy chart',
    accuracyTitle: 'Accuracy',
    train: 'training batches',
    testSubset: 'test (500-image estimate)',
    testFull: 'test (all 10,000, each epoch)',
    reference: 'notes\' reference',
    empty: 'Press Train to see the curves.',
    costAxis: 'cost',
    accuracyAxis: 'accuracy',
    /** The legend entry for a crossed cell or a gap in a line: a value that is NaN or infinite (a diverged network). */
    notANumber: 'not a number (NaN) or infinite (∞)',
  },
  cnn,

  explain: { button: 'Explain' },
  field: {
    /** The allowed values, e.g. "a whole number from 1 to 1,024" or "above 0 and at most 10". */
    range(rule: NumberRule): string {
      const kind = rule.integer ? 'a whole number' : 'a number';
      if (!rule.aboveMin && !rule.belowMax) return `${kind} from ${grouped(rule.min)} to ${grouped(rule.max)}`;
      const low = rule.aboveMin ? `above ${grouped(rule.min)}` : `at least ${grouped(rule.min)}`;
      const high = rule.belowMax ? `below ${grouped(rule.max)}` : `at most ${grouped(rule.max)}`;
      return `${kind} ${low} and ${high}`;
    },
    problem(problem: NumberProblem, label: string, range: string, kept: number): string {
      const still = ` Still using ${kept}.`;
      switch (problem.code) {
        case 'empty':
          return `${label} needs a value: ${range}.${still}`;
        case 'notANumber':
          return `“${problem.typed}” is not a number. ${label} takes ${range}.${still}`;
        case 'notWhole':
          return `“${problem.typed}” is not a whole number. ${label} takes ${range}.${still}`;
        case 'outOfRange':
          return `“${problem.typed}” is outside the allowed range. ${label} takes ${range}.${still}`;
      }
    },
  },
  rnn,
  time,
  problems: problemWords,
  models,
  exportCode: exportText,
  explainers,
  arch: archText,
};

export type Dictionary = typeof en;
