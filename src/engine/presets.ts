/**
 * The networks of the course notes, each with the accuracy the notes report (where they report
 * one) and our default training settings. The reference accuracies come from long runs (Nielsen
 * trained for 40–60 epochs); the app draws them as a target line, not a promise.
 */
import type { LayerSpec, NetworkSpec, WeightInit } from './spec';
import { MNIST_INPUT } from './spec';
import type { OptimizerName } from './optimizerNames';

export interface PresetTraining {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  l2: number;
  expandedData: boolean;
  clipping: boolean;
  clipThreshold: number;
}

export interface Reference {
  /** Test accuracy in [0, 1]. */
  accuracy: number;
  source: string;
}

export interface Preset {
  id: string;
  label: string;
  spec: NetworkSpec;
  training: PresetTraining;
  reference: Reference | null;
}

const NIELSEN = 'Nielsen, Neural Networks and Deep Learning, ch. 6';
/**
 * Nielsen's networks start from He-normal weights (σ = √(2/inputs)), a √2-wider cousin of his
 * 1/√inputs Gaussian: measured here, it gets the sigmoid networks off their initial plateau in
 * roughly half the steps. The Keras networks use Keras's default (Glorot uniform).
 */
const network = (layers: LayerSpec[], init: WeightInit = 'heNormal'): NetworkSpec => ({ input: { ...MNIST_INPUT }, classes: 10, layers, init });

const conv = (name: string, filters: number, activation: 'sigmoid' | 'relu' | 'tanh', kernel = 5): LayerSpec =>
  ({ type: 'conv2d', name, filters, kernel, stride: 1, padding: 'valid', activation });
const maxPool = (name: string): LayerSpec => ({ type: 'pool', name, kind: 'max', size: 2, stride: 2 });
const dense = (name: string, units: number, activation: 'sigmoid' | 'relu' | 'tanh' | 'softmax'): LayerSpec =>
  ({ type: 'dense', name, units, activation });
const flatten: LayerSpec = { type: 'flatten', name: 'flatten' };
const softmaxOut = dense('output', 10, 'softmax');

const sameConv = (name: string, filters: number, activation: 'relu' | 'linear', kernel = 3): LayerSpec =>
  ({ type: 'conv2d', name, filters, kernel, stride: 1, padding: 'same', activation });
/** Two 3×3 convolutions whose result is added to the block's input (the skip), then ReLU: He et al.'s basic block without batch norm. */
const residualBlock = (name: string, from: string): LayerSpec[] => [
  sameConv(`${name}a`, 8, 'relu'), sameConv(`${name}b`, 8, 'linear'),
  { type: 'add', name: `${name}Add`, inputs: [`${name}b`, from] },
  { type: 'activation', name: `${name}Relu`, activation: 'relu' },
];

const adam = (learningRate: number, extra: Partial<PresetTraining> = {}): PresetTraining =>
  ({ optimizer: 'adam', learningRate, batchSize: 32, l2: 0, expandedData: false, clipping: false, clipThreshold: 1, ...extra });

const twoConvPool = (activation: 'sigmoid' | 'relu') => [
  conv('conv1', 20, activation), maxPool('pool1'), conv('conv2', 40, activation), maxPool('pool2'), flatten,
];

export const PRESETS: readonly Preset[] = [
  {
    id: 'fc-100', label: 'Fully connected 784-100-10 (sigmoid)',
    spec: network([flatten, dense('dense1', 100, 'sigmoid'), softmaxOut]),
    training: adam(0.002), reference: { accuracy: 0.978, source: `${NIELSEN}: shallow network, 100 sigmoid hidden units` },
  },
  {
    id: 'conv-pool', label: '+ conv-pool (20 filters 5×5, max-pool 2×2)',
    spec: network([conv('conv1', 20, 'sigmoid'), maxPool('pool1'), flatten, dense('dense1', 100, 'sigmoid'), softmaxOut]),
    training: adam(0.001), reference: { accuracy: 0.9878, source: `${NIELSEN}: one convolutional-pooling layer` },
  },
  {
    id: 'two-conv-pool', label: '+ second conv-pool (40 filters)',
    spec: network([...twoConvPool('sigmoid'), dense('dense1', 100, 'sigmoid'), softmaxOut]),
    training: adam(0.001), reference: { accuracy: 0.9906, source: `${NIELSEN}: two convolutional-pooling layers` },
  },
  {
    id: 'relu', label: 'ReLU instead of sigmoid',
    spec: network([...twoConvPool('relu'), dense('dense1', 100, 'relu'), softmaxOut]),
    training: adam(0.001), reference: { accuracy: 0.9923, source: `${NIELSEN}: rectified linear units` },
  },
  {
    id: 'expanded', label: '+ expanded data (1-pixel shifts)',
    spec: network([...twoConvPool('relu'), dense('dense1', 100, 'relu'), softmaxOut]),
    training: adam(0.001, { expandedData: true }), reference: { accuracy: 0.9937, source: `${NIELSEN}: expanded training data` },
  },
  {
    id: 'dropout', label: '+ dropout on the dense layers',
    spec: network([
      ...twoConvPool('relu'),
      dense('dense1', 1000, 'relu'), { type: 'dropout', name: 'dropout1', rate: 0.5 },
      dense('dense2', 1000, 'relu'), { type: 'dropout', name: 'dropout2', rate: 0.5 },
      softmaxOut,
    ]),
    training: adam(0.001, { expandedData: true }), reference: { accuracy: 0.996, source: `${NIELSEN}: dropout on the fully connected layers` },
  },
  {
    id: 'keras-mlp', label: 'Course Keras MLP (Dense 128 → Dropout 0.2)',
    spec: network([flatten, dense('dense1', 128, 'relu'), { type: 'dropout', name: 'dropout1', rate: 0.2 }, softmaxOut], 'glorotUniform'),
    training: adam(0.001), reference: null,
  },
  {
    id: 'lenet5', label: 'LeNet-5 (tanh, average pooling, 32×32 input)',
    spec: network([
      { type: 'zeroPad', name: 'pad', padding: 2 },
      conv('conv1', 6, 'tanh'), { type: 'pool', name: 'pool1', kind: 'average', size: 2, stride: 2 },
      conv('conv2', 16, 'tanh'), { type: 'pool', name: 'pool2', kind: 'average', size: 2, stride: 2 },
      conv('conv3', 120, 'tanh'), flatten, dense('fc1', 84, 'tanh'), softmaxOut,
    ], 'glorotUniform'),
    training: adam(0.001), reference: null,
  },
  {
    id: 'mini-resnet', label: 'Mini ResNet (2 residual blocks with skip connections)',
    spec: network([
      sameConv('stem', 8, 'relu'),
      ...residualBlock('block1', 'stem'), maxPool('pool1'),
      ...residualBlock('block2', 'pool1'), maxPool('pool2'),
      flatten, softmaxOut,
    ]),
    training: adam(0.002), reference: null,
  },
  {
    id: 'mini-inception', label: 'Inception module (1×1, 3×3, 5×5 and pooling branches)',
    spec: network([
      conv('stem', 8, 'relu'), maxPool('pool1'),
      { ...sameConv('branch1x1', 4, 'relu', 1), inputs: ['pool1'] },
      { ...sameConv('reduce3x3', 4, 'relu', 1), inputs: ['pool1'] }, sameConv('branch3x3', 8, 'relu', 3),
      { ...sameConv('reduce5x5', 2, 'relu', 1), inputs: ['pool1'] }, sameConv('branch5x5', 4, 'relu', 5),
      { type: 'pool', name: 'branchPool', kind: 'max', size: 3, stride: 1, padding: 'same', inputs: ['pool1'] }, sameConv('poolProjection', 4, 'relu', 1),
      { type: 'concatenate', name: 'inception', inputs: ['branch1x1', 'branch3x3', 'branch5x5', 'poolProjection'] },
      maxPool('pool2'), flatten, softmaxOut,
    ]),
    training: adam(0.002), reference: null,
  },
];

export const DEFAULT_PRESET_ID = 'conv-pool';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
