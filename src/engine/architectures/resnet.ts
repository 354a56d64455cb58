/**
 * Residual networks. ResNet-18 and ResNet-34 follow torchvision.models.resnet18() / resnet34()
 * (basic blocks of two 3×3 convolutions, convolutions without bias, each followed by batch
 * normalisation; Keras Applications has no ResNet-18/34). ResNet-50 follows Keras Applications
 * ResNet50 (bottleneck blocks 1×1 → 3×3 → 1×1 with the stride on the first 1×1, convolutions WITH
 * bias, batch normalisation after every convolution).
 */
import type { NetworkSpec } from '../spec';
import { IMAGENET_CLASSES, LayerList, conv, convBn, convBnRelu, imagenetInput, softmaxClassifier } from './blocks';

/** Blocks per stage; the stages have 64, 128, 256, 512 filters and all but the first start with stride 2. */
export const RESNET18_BLOCKS = [2, 2, 2, 2] as const;
export const RESNET34_BLOCKS = [3, 4, 6, 3] as const;
export const RESNET50_BLOCKS = [3, 4, 6, 3] as const;
const STAGE_FILTERS = [64, 128, 256, 512] as const;

/** What a block reads: the layer's name and its number of channels. */
interface Tensor { name: string; channels: number }

/**
 * torchvision's BasicBlock: 3×3 (stride s) → BN → ReLU → 3×3 → BN, plus the input, then ReLU. When
 * the shape changes (stride ≠ 1 or a different width) the shortcut is a projection: 1×1 convolution
 * with stride s, then BN (torchvision's `downsample`).
 */
export function basicBlock(list: LayerList, name: string, x: Tensor, filters: number, stride: number): Tensor {
  const a = convBnRelu(list, `${name}.conv1`, x.name, filters, 3, { stride, padding: 1, useBias: false });
  const b = convBn(list, `${name}.conv2`, a, filters, 3, { padding: 1, useBias: false });
  const shortcut = stride !== 1 || x.channels !== filters
    ? convBn(list, `${name}.downsample`, x.name, filters, 1, { stride, padding: 0, useBias: false })
    : x.name;
  list.add(`${name}.add`, { type: 'add' }, [b, shortcut]);
  return { name: list.add(`${name}.relu`, { type: 'activation', activation: 'relu' }), channels: filters };
}

/**
 * Keras's bottleneck block (resnet.py block1): 1×1 (stride s) → BN → ReLU → 3×3 → BN → ReLU →
 * 1×1 with 4·filters → BN, added to the shortcut, then ReLU. The shortcut is a projection (1×1
 * convolution with stride s, then BN) when the shape changes, as in each stage's first block.
 */
export function bottleneckBlock(list: LayerList, name: string, x: Tensor, filters: number, stride: number): Tensor {
  const out = 4 * filters;
  const shortcut = stride !== 1 || x.channels !== out
    ? convBn(list, `${name}_0`, x.name, out, 1, { stride, padding: 'valid', useBias: true })
    : x.name;
  const a = convBnRelu(list, `${name}_1`, x.name, filters, 1, { stride, padding: 'valid', useBias: true });
  const b = convBnRelu(list, `${name}_2`, a, filters, 3, { padding: 'same', useBias: true });
  const c = convBn(list, `${name}_3`, b, out, 1, { padding: 'valid', useBias: true });
  list.add(`${name}_add`, { type: 'add' }, [shortcut, c]);
  return { name: list.add(`${name}_out`, { type: 'activation', activation: 'relu' }), channels: out };
}

/** torchvision's ResNet with basic blocks: 7×7/2 stem (padding 3), 3×3/2 max pool (padding 1), four stages, global pool, fc. */
export function buildTorchvisionResNet(blocksPerStage: readonly number[], options: { inputSize: number }): NetworkSpec {
  const list = new LayerList();
  conv(list, 'conv1', list.last, 64, 7, { stride: 2, padding: 3, useBias: false });
  list.add('bn1', { type: 'batchNorm' });
  list.add('relu', { type: 'activation', activation: 'relu' });
  // PyTorch pads the max pool with −∞; after a ReLU, zero padding gives the same maxima.
  list.add('maxpool_pad', { type: 'zeroPad', padding: 1 });
  let x: Tensor = { name: list.add('maxpool', { type: 'pool', kind: 'max', size: 3, stride: 2 }), channels: 64 };
  blocksPerStage.forEach((blocks, s) => {
    for (let i = 0; i < blocks; i++) {
      x = basicBlock(list, `layer${s + 1}.${i}`, x, STAGE_FILTERS[s]!, i === 0 && s > 0 ? 2 : 1);
    }
  });
  list.add('avgpool', { type: 'pool', kind: 'globalAverage', size: 1, stride: 1 });
  softmaxClassifier(list, 'fc', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}

/** Keras Applications ResNet50: zeroPad 3 → 7×7/2 conv → BN → ReLU → zeroPad 1 → 3×3/2 max pool, stages conv2–conv5, global pool, softmax. */
export function buildKerasResNet50(options: { inputSize: number }): NetworkSpec {
  const list = new LayerList();
  conv(list, 'conv1_conv', list.last, 64, 7, { stride: 2, padding: 3, useBias: true });
  list.add('conv1_bn', { type: 'batchNorm' });
  list.add('conv1_relu', { type: 'activation', activation: 'relu' });
  list.add('pool1_pad', { type: 'zeroPad', padding: 1 });
  let x: Tensor = { name: list.add('pool1_pool', { type: 'pool', kind: 'max', size: 3, stride: 2 }), channels: 64 };
  RESNET50_BLOCKS.forEach((blocks, s) => {
    for (let i = 0; i < blocks; i++) {
      x = bottleneckBlock(list, `conv${s + 2}_block${i + 1}`, x, STAGE_FILTERS[s]!, i === 0 && s > 0 ? 2 : 1);
    }
  });
  list.add('avg_pool', { type: 'pool', kind: 'globalAverage', size: 1, stride: 1 });
  softmaxClassifier(list, 'predictions', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}

export const buildResNet18 = (options: { inputSize: number }) => buildTorchvisionResNet(RESNET18_BLOCKS, options);
export const buildResNet34 = (options: { inputSize: number }) => buildTorchvisionResNet(RESNET34_BLOCKS, options);
export const buildResNet50 = buildKerasResNet50;
