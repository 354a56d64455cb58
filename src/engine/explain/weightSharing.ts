/**
 * How many parameters a layer needs depending on how its weights are shared: a fully connected
 * layer (nothing shared), a convolution (one kernel everywhere), its strided and full forms, an
 * unshared (locally connected) layer (a kernel per output position) and a tiled convolution
 * (t × t kernels taken in turn across the map). Counts include biases: one per filter when the
 * kernel is shared, one per filter per output position when it is not (as Keras's LocallyConnected2D).
 */
import { windowGeometry, windowTaps, type PaddingMode, type WindowGeometry } from './convGeometry';
import { valueAt, volumeIndex, zeroVolume, type Volume } from './volume';

export type SharingVariant = 'fullyConnected' | 'convolution' | 'strided' | 'full' | 'unshared' | 'tiled';
export const SHARING_VARIANTS: readonly SharingVariant[] = ['fullyConnected', 'convolution', 'strided', 'full', 'unshared', 'tiled'];

export interface SharingSettings {
  inSize: number;
  inChannels: number;
  kernel: number;
  filters: number;
  /** Stride of the strided variant. */
  stride: number;
  /** Side of the tiled variant's grid of kernels (t: t² kernels per filter). */
  tiles: number;
}

export interface SharingCount {
  variant: SharingVariant;
  outSize: number;
  outputs: number;
  /** Distinct kernels per filter (1 when shared everywhere). */
  kernelsPerFilter: number;
  weights: number;
  biases: number;
  parameters: number;
}

function outSize(s: SharingSettings, stride: number, paddingMode: PaddingMode): number {
  const result = windowGeometry({ inRows: s.inSize, inCols: s.inSize, kernelRows: s.kernel, kernelCols: s.kernel, stride, dilation: 1, paddingMode, paddingAmount: 0 });
  return result.ok ? result.geometry.outRows : 0;
}

/** Parameters of every variant on the same input, kernel size and number of filters. */
export function sharingCounts(s: SharingSettings): SharingCount[] {
  const kernelWeights = s.kernel * s.kernel * s.inChannels;
  const inputs = s.inSize * s.inSize * s.inChannels;
  const valid = outSize(s, 1, 'valid');
  const row = (variant: SharingVariant, size: number, kernelsPerFilter: number, weights: number, biases: number): SharingCount =>
    ({ variant, outSize: size, outputs: size * size * s.filters, kernelsPerFilter, weights, biases, parameters: weights + biases });
  const positions = valid * valid;
  const tiles = Math.min(s.tiles * s.tiles, positions);
  return [
    row('fullyConnected', valid, positions, inputs * positions * s.filters, positions * s.filters),
    row('convolution', valid, 1, kernelWeights * s.filters, s.filters),
    row('strided', outSize(s, s.stride, 'valid'), 1, kernelWeights * s.filters, s.filters),
    row('full', outSize(s, 1, 'full'), 1, kernelWeights * s.filters, s.filters),
    row('unshared', valid, positions, kernelWeights * s.filters * positions, s.filters * positions),
    row('tiled', valid, tiles, kernelWeights * s.filters * tiles, s.filters * tiles),
  ];
}

/** Which of a filter's kernels output (row, col) uses in each variant: all the same, one each, or taken in turn. */
export function kernelIdAt(variant: SharingVariant, outCols: number, tiles: number, row: number, col: number): number {
  if (variant === 'unshared' || variant === 'fullyConnected') return row * outCols + col;
  if (variant === 'tiled') return (row % tiles) * tiles + (col % tiles);
  return 0;
}

/**
 * A locally connected (unshared) layer with one filter: output (r, q) = Σ input window · kernels[r·outCols + q] + biases[r·outCols + q].
 * Shape [1, outRows, outCols].
 */
export function locallyConnected(input: Volume, kernels: Volume[], biases: number[], geometry: WindowGeometry): Volume {
  return slideKernels(input, geometry, (r, q) => r * geometry.outCols + q, kernels, biases);
}

/** A tiled convolution with one filter: output (r, q) uses kernel (r mod t)·t + (q mod t). Shape [1, outRows, outCols]. */
export function tiledConvolve(input: Volume, kernels: Volume[], biases: number[], tiles: number, geometry: WindowGeometry): Volume {
  return slideKernels(input, geometry, (r, q) => (r % tiles) * tiles + (q % tiles), kernels, biases);
}

function slideKernels(input: Volume, geometry: WindowGeometry, kernelAt: (r: number, q: number) => number, kernels: Volume[], biases: number[]): Volume {
  const out = zeroVolume(1, geometry.outRows, geometry.outCols);
  for (let r = 0; r < geometry.outRows; r++) {
    for (let q = 0; q < geometry.outCols; q++) {
      const id = kernelAt(r, q);
      const kernel = kernels[id]!;
      let sum = biases[id] ?? 0;
      for (let c = 0; c < input.channels; c++) {
        for (const tap of windowTaps(geometry, r, q)) {
          if (!tap.inPadding) sum += valueAt(input, c, tap.row, tap.col) * valueAt(kernel, c, tap.kernelRow, tap.kernelCol);
        }
      }
      out.values[volumeIndex(out, 0, r, q)] = sum;
    }
  }
  return out;
}

/** A fully connected layer from `inputs` values to `units` units: a weight per pair and a bias per unit. */
export function denseCount(inputs: number, units: number): { weights: number; biases: number; parameters: number } {
  return { weights: inputs * units, biases: units, parameters: inputs * units + units };
}
