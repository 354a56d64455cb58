/** The CNN lab's words: the layer table, its problems, and the views inside the network. */
import type { LayerType, PoolKind, WeightInit } from '../engine/spec';
import type { ShapeProblem } from '../engine/shapeProblems';

const grouped = (n: number) => n.toLocaleString('en-US');

export const cnn = {
  network: 'Network',
  training: 'Training',
  curves: 'Learning curves',
  l2: 'L2 weight penalty',
  expandedData: 'Expanded data (1-pixel shifts)',
  presets: {
    names: {
      'fc-100': 'Fully connected 784-100-10 (sigmoid)',
      'conv-pool': '+ conv-pool (20 filters 5×5, max-pool 2×2)',
      'two-conv-pool': '+ second conv-pool (40 filters)',
      relu: 'ReLU instead of sigmoid',
      expanded: '+ expanded data (1-pixel shifts)',
      dropout: '+ dropout on the dense layers',
      'keras-mlp': 'Course Keras MLP (Dense 128 → Dropout 0.2)',
      lenet5: 'LeNet-5 (tanh, average pooling, 32×32 input)',
      'mini-resnet': 'Mini ResNet (2 residual blocks with skip connections)',
      'mini-inception': 'Inception module (1×1, 3×3, 5×5 and pooling branches)',
    } as Record<string, string>,
    sources: {
      'fc-100': 'Nielsen, Neural Networks and Deep Learning, ch. 6: shallow network, 100 sigmoid hidden units',
      'conv-pool': 'Nielsen, Neural Networks and Deep Learning, ch. 6: one convolutional-pooling layer',
      'two-conv-pool': 'Nielsen, Neural Networks and Deep Learning, ch. 6: two convolutional-pooling layers',
      relu: 'Nielsen, Neural Networks and Deep Learning, ch. 6: rectified linear units',
      expanded: 'Nielsen, Neural Networks and Deep Learning, ch. 6: expanded training data',
      dropout: 'Nielsen, Neural Networks and Deep Learning, ch. 6: dropout on the fully connected layers',
    } as Record<string, string>,
  },
  weightInit: {
    label: 'Initial weights',
    names: {
      glorotUniform: 'Glorot uniform (Keras default)',
      leCunNormal: 'Gaussian, σ = 1/√inputs (Nielsen)',
      heNormal: 'He normal, σ = √(2/inputs)',
    } satisfies Record<WeightInit, string>,
  },
  table: {
    layer: 'Layer (type)',
    outputShape: 'Output shape',
    params: 'Param #',
    settings: 'Settings',
    actions: 'Actions',
    input: 'input',
    inputNote: 'MNIST digit, grey levels 0–1',
    noSettings: 'no settings',
    typeToAdd: 'Layer type to add',
    addTip: 'The new layer goes just above the output layer, which has to stay last.',
    moveUp: (name: string) => `Move ${name} up`,
    moveDown: (name: string) => `Move ${name} down`,
    remove: (name: string) => `Remove ${name}`,
    explainLayer: (name: string) => `Layer ${name}`,
    arithmetic: 'Arithmetic',
    settingNames: {
      filters: 'filters', kernel: 'kernel', stride: 'stride', size: 'size', padding: 'padding', units: 'units', rate: 'rate', inputs: 'inputs',
      activation: 'activation', pooling: 'pooling', type: 'layer type', init: 'initial weights',
    },
    poolNames: { max: 'Max', average: 'Average', l2: 'L2', globalAverage: 'Global average' } satisfies Record<PoolKind, string>,
    layerTypes: {
      conv2d: 'Conv2D', pool: 'Pooling2D', zeroPad: 'ZeroPadding2D', flatten: 'Flatten', dense: 'Dense', dropout: 'Dropout', activation: 'Activation',
      depthwiseConv2d: 'DepthwiseConv2D', batchNorm: 'BatchNormalization', add: 'Add', concatenate: 'Concatenate',
    } satisfies Record<LayerType, string>,
  },
  /** A layer-stack problem in words, on the layer (`where`) that causes it. */
  shapeProblem(problem: ShapeProblem, settingName: (setting: string) => string): string {
    switch (problem.code) {
      case 'needsImage':
        return `${{ conv2d: 'convolution', depthwiseConv2d: 'depthwise convolution', pool: 'pooling', zeroPad: 'zero padding' }[problem.layer]} needs an image-shaped input (height×width×channels), but gets a flat vector of ${grouped(problem.length)}`;
      case 'settingOutOfRange':
        return `${settingName(problem.setting)} must be ${problem.belowMax ? `at least ${problem.min} and below ${problem.max}` : `a whole number from ${grouped(problem.min)} to ${grouped(problem.max)}`} (got ${problem.value})`;
      case 'unknownOption':
        return `unknown ${settingName(problem.setting)} "${problem.value}"`;
      case 'windowTooBig':
        return `a ${problem.window}×${problem.window} ${problem.pool ? 'pooling window' : 'kernel'} does not fit a ${problem.height}×${problem.width} input: output rows ${problem.rows}, columns ${problem.columns}; use a smaller ${problem.pool ? 'window' : 'kernel or "same" padding'}`;
      case 'alreadyFlat':
        return `the input is already a flat vector of ${grouped(problem.length)}; remove this Flatten layer`;
      case 'needsFlat':
        return `a dense layer needs a flat vector, but gets a ${problem.shape} tensor; add a Flatten (or global pooling) layer before it`;
      case 'notALayer':
        return 'this entry is not a layer';
      case 'nameMissing':
        return 'every layer needs a name';
      case 'nameTwice':
        return `the name "${problem.name}" is used twice; layer names must be unique`;
      case 'nameNotAllowed':
        return `the name "${problem.name}" cannot be used: TensorFlow.js takes only English letters, digits and . _ - / in layer names, starting with a letter or digit`;
      case 'unusedOutput':
        return `nothing reads the output of "${problem.name}"; connect it to a later layer (for example through an Add or Concatenate layer) or remove it`;
      case 'analysisOnlyLayer':
        if (problem.detail === 'noBias') return 'the lab trains convolutions with biases only, and this one has none';
        if (problem.detail === 'nonSquareKernel') return 'the lab trains square kernels only';
        if (problem.detail === 'samePadding') return 'the lab trains L2 pooling with valid windows only';
        return `the lab analyses ${cnn.table.layerTypes[problem.type as LayerType] ?? problem.type} layers but does not train them yet`;
      case 'tooWideToTrain':
        return `${grouped(problem.value)} ${problem.setting} is more than this page trains (${grouped(problem.max)}); the network can still be analysed`;
      case 'badInputs':
        return '"inputs" must be a list of layer names';
      case 'inputCount':
        return problem.merge ? `a merge layer needs at least 2 inputs, but has ${problem.count}` : `this layer reads exactly one input, but names ${problem.count}`;
      case 'unknownInput':
        return `"${problem.name}" is not a layer above this one`;
      case 'shapesDiffer':
        return problem.merge === 'add'
          ? `adding needs inputs of one shape, but they are ${problem.shapes.join(', ')}`
          : `concatenating needs inputs of the same height and width, but they are ${problem.shapes.join(', ')}`;
      case 'badInput':
        return 'the input must have whole-number height, width and channels ≥ 1';
      case 'badClasses':
        return 'the number of classes must be a whole number ≥ 1';
      case 'tooManyParams':
        return `${grouped(problem.params)} parameters is more than this page trains (${grouped(problem.max)}); use fewer filters or units, or pool before flattening`;
      case 'noLayers':
        return `add layers: the network must end in a dense layer of ${problem.classes} softmax units`;
      case 'wrongOutput':
        return `the last layer must output ${problem.classes} class scores, but outputs ${problem.shape ?? 'nothing'}; end with Dense(${problem.classes}, softmax)`;
      case 'needsSoftmax':
        return 'the last layer must use softmax so that its outputs are class probabilities';
    }
  },
  inspect: {
    heading: 'Inside the network',
    hide: 'Hide views',
    show: 'Show views',
    toggleTip: 'Hiding the views stops the extra forward passes they need, for the fastest training.',
    pickDigit: 'Pick a test digit',
    atStep: (step: number) => `Everything here shows the network after training step ${grouped(step)}.`,
    orDraw: '…or draw your own',
    selectedUnit: 'Selected unit',
    unitText: (layer: string, channel: number, row: number, col: number, value: string | null) =>
      `${layer}, channel ${channel}, row ${row}, column ${col}${value === null ? '' : ` (activation ${value})`}`,
    noUnit: 'none: hover, click or use the keyboard on a feature map',
    inputName: 'input',
    filtersHeading: 'Shared filter weights',
    mapsHeading: 'Feature maps',
    waiting: 'Waiting for the network…',
    fixFirst: 'Fix the network to look inside it.',
    mapsLabel: (name: string, shape: string, selectable: boolean) =>
      `${name} feature maps, ${shape}${selectable ? '. Home selects the first unit; arrow keys move; Page Up and Page Down change channel.' : ''}`,
    mapsRole: 'feature maps',
    barsLabel: (name: string, units: number) => `${name} activations: ${units} units as bars`,
    explain: 'Feature maps show every layer\'s output for the chosen digit: one small image per channel, dark for large activations. Hover or click a unit (or focus a map and use the arrow keys) to see its receptive field outlined in the input and in every layer below.',
  },
  samples: {
    waiting: 'Test digits appear once the data has loaded.',
    group: 'Test digits',
    digit: (n: number, label: number) => `Test digit ${n} (a ${label})`,
  },
  drawing: {
    pad: 'Drawing pad',
    explain: 'Draw a digit with the mouse, a pen or a finger. It is centred and scaled like MNIST before the network reads it.',
    clear: 'Clear',
    seen: 'As the network sees it (28×28):',
    processed: 'Your drawing, preprocessed to 28×28',
  },
  prediction: {
    label: 'Prediction',
    prompt: 'Draw a digit on the pad, or pick a test digit, to see a prediction',
    value: (digit: number, sure: string) => `${digit} (${sure} sure)`,
    barsTrue: 'true',
    barsLabel: (values: string) => `Probability of each digit: ${values}`,
  },
  receptive: {
    region: 'Receptive field',
    heading: (layer: string, channel: number, row: number, col: number) => `Receptive field of ${layer}, channel ${channel}, row ${row}, column ${col}`,
    globalHeading: (layer: string, channel: number) => `Receptive field of ${layer}, channel ${channel}`,
    global: (h: number, w: number) => `Global average pooling averages all ${h}×${w} units below, so it sees input pixels`,
    pixels: 'Input pixels',
    range: (r0: number, r1: number, c0: number, c1: number) => `rows ${r0}–${r1}, columns ${c0}–${c1}`,
    size: 'field size',
    clipped: ' (clipped where it reaches into padding or past the border)',
    onlyPadding: (size: number) => `This unit sees only zero padding; field size ${size}×${size}.`,
    sizeRule: 'size: one plus each layer\'s kernel minus one, times the jump below it',
    jumpRule: 'jump: the product of the strides below',
    startRule: 'start: minus each layer\'s padding times the jump below it',
    rowRule: 'first and last input row of this unit',
    colRule: 'first and last input column',
  },
  effective: {
    toggle: 'Show the effective receptive field (gradient)',
    explain: 'How much each input pixel would change this unit\'s activation: the gradient of the unit with respect to the input, computed by the model.',
    label: 'Effective receptive field: how strongly each input pixel moves the chosen unit (its gradient)',
    legend: 'Purple: brighter ink would lower the unit; orange: raise it; white: no effect. The orange-yellow box is the arithmetic field.',
    computing: 'Computing…',
  },
  pooling: {
    region: 'Pooling window',
    heading: (kind: string, layer: string, below: string, channel: number, r0: number, r1: number, c0: number, c1: number) =>
      `${kind} pooling: window of ${layer} in ${below}, channel ${channel}, rows ${r0}–${r1}, columns ${c0}–${c1}`,
    theInput: 'the input',
    winner: (value: string) => `winner ${value}`,
    modelOutput: 'The model\'s own output for this unit:',
  },
  filters: {
    none: 'This network has no convolutional layer, so it has no shared filters to show.',
    layer: 'Layer',
    layerOption: (name: string, count: number, k: number) => `${name} (${count} filters ${k}×${k})`,
    channel: 'Input channel',
    channelTip: 'Deeper filters have one block of weights per input channel; step through them here.',
    of: (n: number) => `of ${n}`,
    colours: 'Colours',
    darker: 'Darker = larger (as in the notes)',
    signed: 'Diverging, keeps the sign',
    legendLabel: (lo: string, hi: string) => `Colour legend: ${lo} to ${hi}`,
    legendDarker: 'lighter = smaller (more negative), darker = larger weight',
    legendSigned: 'purple = negative, white = 0, orange = positive',
    label: (name: string, count: number, k: number, channel: number | null) =>
      `${name} filters: ${count} kernels of ${k}×${k}${channel === null ? '' : `, input channel ${channel}`}`,
    explain: 'Each convolutional layer learns a few small filters and slides each over the whole input (shared weights). Watch them form out of noise while training: first-layer filters often become stroke and edge detectors.',
  },
  confusion: {
    heading: 'Test-set confusion',
    evaluate: 'Evaluate all 10,000 now',
    evaluating: 'Evaluating…',
    evaluateTip: 'Classifies all 10,000 test images with the current weights (this is also done at the end of every epoch).',
    empty: 'The matrix appears after the first full evaluation: at the end of an epoch, or press the button.',
    summary: (step: string, accuracy: string) => `At step ${step}: ${accuracy} of the 10,000 test digits right. Rows are the true digit, columns the prediction; click a cell to see its images.`,
    table: 'Confusion matrix',
    corner: 'true ↓ / predicted →',
    classAccuracy: 'class accuracy',
    cell: (truth: number, predicted: number, count: number) => `true ${truth}, predicted ${predicted}: ${count}`,
    cellRegion: 'Digits in the chosen cell',
    cellHeading: (truth: number, predicted: number, total: number, shown: number) =>
      `True ${truth}, predicted ${predicted}: ${total} image${total === 1 ? '' : 's'}${total > shown ? ` (first ${shown} shown)` : ''}`,
    image: (index: number, truth: number, predicted: number) => `Test image ${index}: true ${truth}, predicted ${predicted}`,
  },
};
