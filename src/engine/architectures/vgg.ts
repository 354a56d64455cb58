/**
 * VGG-16 and VGG-19 as Keras Applications builds them (VGG16/VGG19, include_top=True): five blocks
 * of 3×3 'same' convolutions with biases and ReLU, each followed by 2×2 max pooling, then
 * flatten → 4096 → 4096 → 1000 softmax (no dropout in Keras's version).
 */
import type { NetworkSpec } from '../spec';
import { IMAGENET_CLASSES, LayerList, conv, imagenetInput, softmaxClassifier } from './blocks';

/** Filters per block; VGG-16 and VGG-19 differ only in how many convolutions each block has. */
const VGG_WIDTHS = [64, 128, 256, 512, 512] as const;
export const VGG16_CONVS_PER_BLOCK = [2, 2, 3, 3, 3] as const;
export const VGG19_CONVS_PER_BLOCK = [2, 2, 4, 4, 4] as const;

export function buildVgg(convsPerBlock: readonly number[], options: { inputSize: number }): NetworkSpec {
  const list = new LayerList();
  convsPerBlock.forEach((convs, b) => {
    for (let i = 1; i <= convs; i++) {
      conv(list, `block${b + 1}_conv${i}`, list.last, VGG_WIDTHS[b]!, 3, { padding: 'same', activation: 'relu' });
    }
    list.add(`block${b + 1}_pool`, { type: 'pool', kind: 'max', size: 2, stride: 2 });
  });
  list.add('flatten', { type: 'flatten' });
  list.add('fc1', { type: 'dense', units: 4096, activation: 'relu' });
  list.add('fc2', { type: 'dense', units: 4096, activation: 'relu' });
  softmaxClassifier(list, 'predictions', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}

export const buildVgg16 = (options: { inputSize: number }) => buildVgg(VGG16_CONVS_PER_BLOCK, options);
export const buildVgg19 = (options: { inputSize: number }) => buildVgg(VGG19_CONVS_PER_BLOCK, options);
