/**
 * The JSON network specification: the one description of a network that both the pure shape
 * arithmetic (shapes.ts) and the tfjs model builder (buildModel.ts) read.
 *
 * Layers form a list today. Each layer has a unique `name`, and an optional `inputs` list naming
 * the layers it reads from (absent = the previous layer). That is the hook for branches later:
 * a residual `add` or a `concatenate` layer only needs new layer types, not a new format.
 */

export type Activation = 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'linear';
export type Padding = 'valid' | 'same';
/** max, average, L2 (square root of the sum of squares) and global average pooling. */
export type PoolKind = 'max' | 'average' | 'l2' | 'globalAverage';

interface LayerBase {
  /** Unique, shown in the summary table, e.g. `conv1`. */
  name: string;
  /** Names of the layers this one reads; absent means "the layer before me". Reserved for branches. */
  inputs?: string[];
}

/** 2-D convolution with square kernels and equal strides in both directions. */
export interface Conv2DLayer extends LayerBase {
  type: 'conv2d';
  filters: number;
  kernel: number;
  stride: number;
  padding: Padding;
  activation: Activation;
}

export interface PoolLayer extends LayerBase {
  type: 'pool';
  kind: PoolKind;
  /** Window side length (ignored by global pooling). */
  size: number;
  /** Step between windows (ignored by global pooling). */
  stride: number;
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

export type LayerSpec =
  | Conv2DLayer
  | PoolLayer
  | ZeroPadLayer
  | FlattenLayer
  | DenseLayer
  | DropoutLayer
  | ActivationLayer;

export type LayerType = LayerSpec['type'];

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
export const LAYER_TYPES: readonly LayerType[] = [
  'conv2d', 'pool', 'zeroPad', 'flatten', 'dense', 'dropout', 'activation',
];

export const MNIST_INPUT: InputSpec = { height: 28, width: 28, channels: 1 };
