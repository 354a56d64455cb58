/**
 * AlexNet as torchvision.models.alexnet() builds it (the single-GPU "one weird trick" variant:
 * 64-192-384-256-256 filters, no local response normalisation), with PyTorch's symmetric padding
 * written as zeroPad + valid convolutions (Keras's 'same' with stride 4 would give 56, not 55).
 *
 * torchvision ends the features with AdaptiveAvgPool2d((6, 6)), which is the identity at 224×224
 * (the features are already 6×6×256). This spec has no adaptive pooling: at other input sizes the
 * classifier reads whatever the features give, so its first dense layer changes size.
 */
import type { NetworkSpec } from '../spec';
import { IMAGENET_CLASSES, LayerList, conv, imagenetInput, softmaxClassifier } from './blocks';

/** torchvision's `features`: each convolution (PyTorch padding), and whether a 3×3/2 max pool follows. */
const FEATURES = [
  { filters: 64, kernel: 11, stride: 4, padding: 2, pool: true },
  { filters: 192, kernel: 5, stride: 1, padding: 2, pool: true },
  { filters: 384, kernel: 3, stride: 1, padding: 1, pool: false },
  { filters: 256, kernel: 3, stride: 1, padding: 1, pool: false },
  { filters: 256, kernel: 3, stride: 1, padding: 1, pool: true },
] as const;

export function buildAlexNet(options: { inputSize: number }): NetworkSpec {
  const list = new LayerList();
  FEATURES.forEach((f, i) => {
    conv(list, `conv${i + 1}`, list.last, f.filters, f.kernel, { stride: f.stride, padding: f.padding, activation: 'relu' });
    if (f.pool) list.add(`pool${i + 1}`, { type: 'pool', kind: 'max', size: 3, stride: 2 });
  });
  list.add('flatten', { type: 'flatten' });
  list.add('dropout1', { type: 'dropout', rate: 0.5 });
  list.add('fc6', { type: 'dense', units: 4096, activation: 'relu' });
  list.add('dropout2', { type: 'dropout', rate: 0.5 });
  list.add('fc7', { type: 'dense', units: 4096, activation: 'relu' });
  softmaxClassifier(list, 'fc8', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}
