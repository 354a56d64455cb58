/**
 * GoogLeNet (Inception v1) as torchvision.models.googlenet(aux_logits=False, init_weights=False)
 * builds it: every convolution is a BasicConv2d (convolution without bias → batch normalisation →
 * ReLU), the max pools use ceil_mode, and the "5×5" branch of every Inception module is a 3×3
 * convolution (a known torchvision deviation from the paper, pytorch/vision#906, kept because the
 * published weights and parameter count have it). The auxiliary classifiers are left out.
 *
 * PyTorch's ceil_mode pools are written as TF pools with the same windows: a 3×3/2 ceil_mode pool
 * is a 'same' pool on an even side (its last window hangs one pixel over the edge) and a 'valid'
 * pool on an odd side (every window fits); a 2×2/2 one is a 'same' pool on any side. At 224 the
 * sides are all even: 112 → 56 → 28 → 14 → 7.
 */
import type { NetworkSpec } from '../spec';
import { IMAGENET_CLASSES, LayerList, conv, convBnRelu, imagenetInput, softmaxClassifier } from './blocks';

/** [#1×1, #3×3 reduce, #3×3, #5×5 reduce, #5×5, pool projection], the paper's table 1 columns. */
export type InceptionWidths = readonly [number, number, number, number, number, number];

/** How a module's convolutions are built: conv → BN → ReLU (torchvision), or a plain conv + ReLU (the paper). */
export type ConvUnit = (list: LayerList, name: string, from: string, filters: number, kernel: number) => string;

/** torchvision's BasicConv2d. */
export const basicConv: ConvUnit = (list, name, from, filters, kernel) => convBnRelu(list, name, from, filters, kernel, { padding: 'same' });
/** The paper's convolution: biases, ReLU, no batch normalisation. */
export const plainConv: ConvUnit = (list, name, from, filters, kernel) => conv(list, name, from, filters, kernel, { padding: 'same', activation: 'relu' });

/**
 * An Inception module with 1×1 bottlenecks: four branches (1×1; 1×1 → 3×3; 1×1 → "5×5"; 3×3 max
 * pool → 1×1 projection) read `from` and are concatenated along the channels. `fiveKernel` is 5 in
 * the paper and 3 in torchvision. A branch whose output width is 0 is left out (for comparisons of
 * a single branch); a lone branch is returned without a concatenation. Returns the output's name.
 */
export function inceptionModule(
  list: LayerList, name: string, from: string, widths: InceptionWidths,
  { unit = basicConv, fiveKernel = 5 }: { unit?: ConvUnit; fiveKernel?: number } = {},
): string {
  const [n1x1, n3x3reduce, n3x3, n5x5reduce, n5x5, poolProj] = widths;
  const branches: string[] = [];
  if (n1x1 > 0) branches.push(unit(list, `${name}_1x1`, from, n1x1, 1));
  if (n3x3 > 0) branches.push(unit(list, `${name}_3x3`, unit(list, `${name}_3x3_reduce`, from, n3x3reduce, 1), n3x3, 3));
  if (n5x5 > 0) branches.push(unit(list, `${name}_5x5`, unit(list, `${name}_5x5_reduce`, from, n5x5reduce, 1), n5x5, fiveKernel));
  if (poolProj > 0) {
    const pool = list.add(`${name}_pool`, { type: 'pool', kind: 'max', size: 3, stride: 1, padding: 'same' }, from);
    branches.push(unit(list, `${name}_pool_proj`, pool, poolProj, 1));
  }
  return concatenateBranches(list, `${name}_output`, branches);
}

/** Stacks the branches along the channels (a single branch is its own output). */
export function concatenateBranches(list: LayerList, name: string, branches: string[]): string {
  if (branches.length === 1) return branches[0]!;
  return list.add(name, { type: 'concatenate' }, branches);
}

/** The modules of the paper's table 1 (and torchvision), grouped by the stride-2 max pool (3×3 or 2×2) that precedes each stage. */
const STAGES: readonly { poolSize: number; modules: readonly [string, InceptionWidths][] }[] = [
  { poolSize: 3, modules: [['inception3a', [64, 96, 128, 16, 32, 32]], ['inception3b', [128, 128, 192, 32, 96, 64]]] },
  {
    poolSize: 3,
    modules: [
      ['inception4a', [192, 96, 208, 16, 48, 64]], ['inception4b', [160, 112, 224, 24, 64, 64]], ['inception4c', [128, 128, 256, 24, 64, 64]],
      ['inception4d', [112, 144, 288, 32, 64, 64]], ['inception4e', [256, 160, 320, 32, 128, 128]],
    ],
  },
  { poolSize: 2, modules: [['inception5a', [256, 160, 320, 32, 128, 128]], ['inception5b', [384, 192, 384, 48, 128, 128]]] },
];

/** PyTorch's MaxPool2d(size, 2, ceil_mode=True) on a side of `side`: the TF padding with the same windows, and the output side. */
export function ceilModePool(side: number, size: number): { padding: 'same' | 'valid'; side: number } {
  const ceilSide = Math.ceil((side - size) / 2) + 1;
  return { padding: ceilSide === Math.ceil(side / 2) ? 'same' : 'valid', side: ceilSide };
}

export function buildGoogLeNet(options: { inputSize: number }): NetworkSpec {
  const list = new LayerList();
  // conv1: 7×7/2, PyTorch padding 3 (zeroPad 3 + valid: 224 → 112).
  convBnRelu(list, 'conv1', list.last, 64, 7, { stride: 2, padding: 3 });
  let side = Math.floor((options.inputSize + 6 - 7) / 2) + 1;
  const pool = (name: string, size: number) => {
    const p = ceilModePool(side, size);
    side = p.side;
    return list.add(name, { type: 'pool', kind: 'max', size, stride: 2, padding: p.padding });
  };
  pool('maxpool1', 3);
  convBnRelu(list, 'conv2', list.last, 64, 1, { padding: 0 });
  convBnRelu(list, 'conv3', list.last, 192, 3, { padding: 1 });
  STAGES.forEach((stage, s) => {
    let x = pool(`maxpool${s + 2}`, stage.poolSize);
    for (const [name, widths] of stage.modules) x = inceptionModule(list, name, x, widths, { unit: basicConv, fiveKernel: 3 });
  });
  list.add('avgpool', { type: 'pool', kind: 'globalAverage', size: 1, stride: 1 });
  list.add('dropout', { type: 'dropout', rate: 0.2 });
  softmaxClassifier(list, 'fc', IMAGENET_CLASSES);
  return { input: imagenetInput(options.inputSize), classes: IMAGENET_CLASSES, layers: list.layers };
}
