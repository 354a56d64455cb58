/**
 * The JSON network specification: the one description of a network that both the pure shape
 * arithmetic (shapes.ts) and the tfjs model builder (buildModel.ts) read.
 *
 * Layers form a list in an order where every layer comes after the layers it reads. Each layer has
 * a unique `name` and an optional `inputs` list naming the layers it reads from (absent = the
 * layer before it; `input` = the image). Branches are layers whose `inputs` name earlier layers:
 * a residual `add` or an Inception `concatenate`.
 */

export type Activation = 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'linear';
export type Padding = 'valid' | 'same';
/** max, average, L2 (square root of the sum of squares) and global average pooling. */
export type PoolKind = 'max' | 'average' | 'l2' | 'globalAverage';

interface LayerBase {
  /** Unique, shown in the summary table, e.g. `conv1`. */
  name: string;
  /** Names of the layers this one reads (`input` for the image); absent means "the layer before me". */
  inputs?: string[];
}

/** The name `inputs` uses for the network's input image. */
export const INPUT_NAME = 'input';

/** 2-D convolution with equal strides in both directions. */
export interface Conv2DLayer extends LayerBase {
  type: 'conv2d';
  filters: number;
  /** Kernel height (and width, unless `kernelWidth` says otherwise). */
  kernel: number;
  /** Kernel width for a non-square kernel (Inception's 1×7); absent = square. */
  kernelWidth?: number;
  stride: number;
  padding: Padding;
  activation: Activation;
  /** Absent or true: one bias per filter. Convolutions followed by batch normalisation often have none. */
  useBias?: boolean;
}

/** One k×k kernel per input channel (no mixing across channels): MobileNet's depthwise step. */
export interface DepthwiseConv2DLayer extends LayerBase {
  type: 'depthwiseConv2d';
  kernel: number;
  stride: number;
  padding: Padding;
  activation: Activation;
  useBias?: boolean;
}

/**
 * Batch normalisation over the channels: a learned scale and shift per channel (trainable) and a
 * running mean and variance per channel (not trained by gradient descent, but stored with the model).
 */
export interface BatchNormLayer extends LayerBase {
  type: 'batchNorm';
}

/** Element-wise sum of layers with the same shape: a residual connection. */
export interface AddLayer extends LayerBase {
  type: 'add';
  inputs: string[];
}

/** Layers with the same height and width, stacked along the channels: an Inception module's output. */
export interface ConcatenateLayer extends LayerBase {
  type: 'concatenate';
  inputs: string[];
}

export interface PoolLayer extends LayerBase {
  type: 'pool';
  kind: PoolKind;
  /** Window side length (ignored by global pooling). */
  size: number;
  /** Step between windows (ignored by global pooling). */
  stride: number;
  /** Absent = valid. `same` pads so that ⌈n / stride⌉ windows fit (ResNet's and GoogLeNet's 3×3/2 pools). */
  padding?: Padding;
}

/** Adds `padding` zero pixels on every side, e.g. LeNet-5's 28×28 → 32×32. */
export interface ZeroPadLayer extends LayerBase {
  type: 'zeroPad';
  padding: number;
}

export interface FlattenLayer extends LayerBase {
  type: 'flatten';
}

export interface DenseLayer extends LayerBase {
  type: 'dense';
  units: number;
  activation: Activation;
}

export interface DropoutLayer extends LayerBase {
  type: 'dropout';
  /** Fraction of units zeroed during training, in [0, 1). */
  rate: number;
}

export interface ActivationLayer extends LayerBase {
  type: 'activation';
  activation: Activation;
}

/** The layers the CNN lab builds, edits, exports and trains (branches included: residual adds, concatenations). */
export type LabLayerSpec =
  | Conv2DLayer
  | PoolLayer
  | ZeroPadLayer
  | FlattenLayer
  | DenseLayer
  | DropoutLayer
  | ActivationLayer
  | AddLayer
  | ConcatenateLayer;

/** Every layer the analysis understands: the lab's, and the building blocks of the classic architectures. */
export type LayerSpec = LabLayerSpec | DepthwiseConv2DLayer | BatchNormLayer;

export type LayerType = LayerSpec['type'];
export type LabLayerType = LabLayerSpec['type'];

/** Input image geometry, [height, width, channels]. MNIST is 28×28×1. */
export interface InputSpec {
  height: number;
  width: number;
  channels: number;
}

/**
 * How initial weights are drawn. glorotUniform is Keras's default; leCunNormal is the Gaussian with
 * standard deviation 1/√(inputs per unit) that Nielsen's book uses; heNormal suits ReLU.
 */
export type WeightInit = 'glorotUniform' | 'leCunNormal' | 'heNormal';
export const WEIGHT_INITS: readonly WeightInit[] = ['glorotUniform', 'leCunNormal', 'heNormal'];

export interface NetworkSpec {
  input: InputSpec;
  layers: LayerSpec[];
  /** Initial weight distribution for every kernel; absent means glorotUniform. */
  init?: WeightInit;
  /** Number of classes the last layer must produce (10 for MNIST). */
  classes: number;
}

export const ACTIVATIONS: readonly Activation[] = ['relu', 'sigmoid', 'tanh', 'softmax', 'linear'];
export const POOL_KINDS: readonly PoolKind[] = ['max', 'average', 'l2', 'globalAverage'];
/** The layer types the CNN lab builds, edits and trains (its layer editor offers these). */
export const LAYER_TYPES: readonly LabLayerType[] = [
  'conv2d', 'pool', 'zeroPad', 'flatten', 'dense', 'dropout', 'activation', 'add', 'concatenate',
];
/** Layers that read several others (`inputs` lists at least two). */
export const MERGE_TYPES: readonly LayerType[] = ['add', 'concatenate'];
export const isMergeLayer = (layer: LayerSpec): layer is AddLayer | ConcatenateLayer => MERGE_TYPES.includes(layer.type);
/** Types the analysis understands but the lab does not train yet (the architectures' building blocks). */
export const ANALYSIS_ONLY_TYPES: readonly LayerType[] = ['depthwiseConv2d', 'batchNorm'];
export const isLabLayer = (layer: LayerSpec): layer is LabLayerSpec => (LAYER_TYPES as readonly string[]).includes(layer.type);

/**
 * The lab's code paths (builder, exporters) only ever see lab layers: summaries mark any other
 * layer as not trainable here, so reaching this is a bug, not a user's mistake.
 */
export function labLayerOnly(layer: LayerSpec): LabLayerSpec {
  if (!isLabLayer(layer)) throw new Error(`layer type ${layer.type} is analysed but not built in the lab`);
  return layer;
}

export const MNIST_INPUT: InputSpec = { height: 28, width: 28, channels: 1 };
