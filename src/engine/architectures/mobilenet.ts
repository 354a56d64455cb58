/**
 * MobileNet v1 and v2 as Keras Applications builds them (MobileNet and MobileNetV2 with
 * include_top=True): convolutions and depthwise convolutions without bias, each followed by batch
 * normalisation and ReLU6 (written as ReLU here: the clip at 6 has no weights and the activation
 * list has no ReLU6). The width multiplier α thins every layer the way Keras does.
 */
import type { NetworkSpec } from '../spec';
import { IMAGENET_CLASSES, LayerList, convBn, convBnRelu, imagenetInput, softmaxClassifier } from './blocks';

export interface MobileNetOptions { inputSize: number; widthMultiplier?: number }

/** Keras's `_make_divisible(v, divisor)`: the nearest multiple of `divisor`, never less than 90% of v. */
export function makeDivisible(v: number, divisor = 8, minValue = divisor): number {
  let rounded = Math.max(minValue, Math.floor(Math.trunc(v + divisor / 2) / divisor) * divisor);
  if (rounded < 0.9 * v) rounded += divisor;
  return rounded;
}

/** Python's `int(filters * alpha)` (truncation toward zero), MobileNet v1's width rule. */
const thin = (filters: number, alpha: number) => Math.trunc(filters * alpha);

/**
 * MobileNet v1's depthwise separable block (Keras `_depthwise_conv_block`): 3×3 depthwise (stride s)
 * → BN → ReLU6 → 1×1 pointwise with `pointwise` filters → BN → ReLU6. Keras pads a stride-2
 * depthwise input by one zero row and column at the bottom-right and uses a valid window: that is
 * TF 'same' padding on an even side and a plain valid window on an odd one (the pad is never read),
 * so `side` (the input's side) picks which. Returns the last layer's name.
 */
export function depthwiseSeparableBlock(list: LayerList, name: string, from: string, pointwise: number, stride: number, side: number): string {
  const padding = stride === 1 || side % 2 === 0 ? 'same' : 'valid';
  list.add(`${name}_dw`, { type: 'depthwiseConv2d', kernel: 3, stride, padding, activation: 'linear', useBias: false }, from);
  list.add(`${name}_dw_bn`, { type: 'batchNorm' });
  list.add(`${name}_dw_relu`, { type: 'activation', activation: 'relu' });
  return convBnRelu(list, `${name}_pw`, list.last, pointwise, 1, { padding: 'same', useBias: false });
}

/** MobileNet v1's 13 depthwise separable blocks: [pointwise filters, stride] (Howard et al. table 1). */
const V1_BLOCKS: readonly (readonly [number, number])[] = [
  [64, 1], [128, 2], [128, 1], [256, 2], [256, 1], [512, 2],
  [512, 1], [512, 1], [512, 1], [512, 1], [512, 1], [1024, 2], [1024, 1],
];

/**
 * Keras MobileNet(alpha, include_top=True): 3×3/2 conv → 13 blocks → global average pool → dropout
 * → 1×1 convolution to 1000 classes with bias → softmax. On a 1×1×C tensor that 1×1 convolution
 * is a dense layer with the same (C + 1)·1000 parameters, so it is written as one.
 */
export function buildMobileNetV1(options: MobileNetOptions): NetworkSpec {
  const alpha = options.widthMultiplier ?? 1;
  const list = new LayerList();
  // The side length entering each block, tracked to pick each stride-2 block's padding.
  let side = Math.ceil(options.inputSize / 2);
  convBnRelu(list, 'conv1', list.last, thin(32, alpha), 3, { stride: 2, padding: 'same', useBias: false });
  V1_BLOCKS.forEach(([filters, stride], i) => {
    depthwiseSeparableBlock(list, `block${i + 1}`, list.last, thin(filters, alpha), stride, side);
    if (stride === 2) side = side % 2 === 0 ? side / 2 : (side - 1) / 2;
  });
  list.add('global_pool', { type: 'pool', kind: 'globalAverage', size: 1, stride: 1 });
  list.add('dropout', { type: 'dropout', rate: 0.001 });
  softmaxClassifier(list, 'conv_preds', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}

/**
 * MobileNet v2's inverted residual (Keras `_inverted_res_block`): 1×1 expansion to t·C_in channels
 * → BN → ReLU6 (left out when `expand` is false: Keras's first block) → 3×3 depthwise (stride s)
 * → BN → ReLU6 → 1×1 linear projection to `out` channels → BN, plus the input when the stride is 1
 * and the channels match. Keras's stride-2 padding (`correct_pad`) gives TF 'same' windows on any side.
 */
export function invertedResidual(
  list: LayerList, name: string, from: { name: string; channels: number }, t: number, out: number, stride: number, expand = true,
): { name: string; channels: number } {
  let x = from.name;
  if (expand) x = convBnRelu(list, `${name}_expand`, x, t * from.channels, 1, { padding: 'same', useBias: false });
  list.add(`${name}_depthwise`, { type: 'depthwiseConv2d', kernel: 3, stride, padding: 'same', activation: 'linear', useBias: false }, x);
  list.add(`${name}_depthwise_bn`, { type: 'batchNorm' });
  list.add(`${name}_depthwise_relu`, { type: 'activation', activation: 'relu' });
  const projected = convBn(list, `${name}_project`, list.last, out, 1, { padding: 'same', useBias: false });
  if (stride === 1 && from.channels === out) return { name: list.add(`${name}_add`, { type: 'add' }, [from.name, projected]), channels: out };
  return { name: projected, channels: out };
}

/** MobileNet v2's bottleneck stages [t, c, n, s] (Sandler et al. table 2). */
const V2_STAGES: readonly (readonly [number, number, number, number])[] = [
  [1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2], [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1],
];

/**
 * Keras MobileNetV2(alpha, include_top=True): 3×3/2 conv with make_divisible(32α, 8) filters → 17
 * inverted residuals (the first without expansion, as Keras builds it) → 1×1 conv with 1280
 * filters (make_divisible(1280α, 8) only when α > 1) → global average pool → dense 1000 softmax.
 */
export function buildMobileNetV2(options: MobileNetOptions): NetworkSpec {
  const alpha = options.widthMultiplier ?? 1;
  const list = new LayerList();
  const first = makeDivisible(32 * alpha, 8);
  let x = { name: convBnRelu(list, 'Conv1', list.last, first, 3, { stride: 2, padding: 'same', useBias: false }), channels: first };
  let blockId = 0;
  for (const [t, c, n, s] of V2_STAGES) {
    const out = makeDivisible(Math.trunc(c * alpha), 8);
    for (let i = 0; i < n; i++) {
      x = invertedResidual(list, blockId === 0 ? 'expanded_conv' : `block_${blockId}`, x, t, out, i === 0 ? s : 1, blockId > 0);
      blockId++;
    }
  }
  const last = alpha > 1 ? makeDivisible(1280 * alpha, 8) : 1280;
  convBnRelu(list, 'Conv_1', list.last, last, 1, { padding: 'same', useBias: false });
  list.add('global_pool', { type: 'pool', kind: 'globalAverage', size: 1, stride: 1 });
  softmaxClassifier(list, 'predictions', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}
