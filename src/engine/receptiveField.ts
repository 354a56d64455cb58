/**
 * Receptive-field arithmetic: which input pixels can influence one unit of a feature map.
 * Pure arithmetic over the spec, one axis at a time (rows and columns behave the same here).
 *
 * For a layer with kernel k, stride s and top padding p, reading a layer whose units are `jump`
 * input pixels apart, start at `start` and see `size` pixels:
 *   jump' = jump · s,   size' = size + (k − 1) · jump,   start' = start − p · jump.
 * Unit i of the layer then sees input rows start' + i · jump' … start' + i · jump' + size' − 1.
 */
import type { LayerSpec, NetworkSpec } from './spec';
import { summarizeNetwork } from './shapes';

/** The field of every unit of one layer along one axis. */
export interface FieldGeometry {
  /** Side length of the field in input pixels (before clipping at the image border). */
  size: number;
  /** Input pixels between the fields of neighbouring units: the product of the strides so far. */
  jump: number;
  /** Input row (or column) where unit 0's field starts; negative when padding reaches outside. */
  start: number;
}

/** One sliding-window step along an axis, or null for layers that are not spatial. */
function windowOf(layer: LayerSpec, inputSide: number, outputSide: number): { kernel: number; stride: number; pad: number } | null {
  switch (layer.type) {
    case 'conv2d': {
      const pad = layer.padding === 'same'
        ? Math.floor(Math.max((outputSide - 1) * layer.stride + layer.kernel - inputSide, 0) / 2)
        : 0;
      return { kernel: layer.kernel, stride: layer.stride, pad };
    }
    case 'pool':
      return layer.kind === 'globalAverage' ? null : { kernel: layer.size, stride: layer.stride, pad: 0 };
    case 'zeroPad':
      return { kernel: 1, stride: 1, pad: layer.padding };
    case 'dropout':
    case 'activation':
      return { kernel: 1, stride: 1, pad: 0 };
    default:
      return null;
  }
}

/** One layer's contribution to the field arithmetic, for showing the formula with numbers. */
export interface FieldStep {
  name: string;
  kernel: number;
  stride: number;
  pad: number;
  /** Jump of the layer below (input pixels between its neighbouring units). */
  jumpBefore: number;
}

/** The window of every spatial layer up to `layerIndex` along one axis (empty for invalid specs). */
export function fieldSteps(spec: NetworkSpec, layerIndex: number, axis: 'rows' | 'cols' = 'rows'): FieldStep[] {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) return [];
  const dim = axis === 'rows' ? 0 : 1;
  const steps: FieldStep[] = [];
  let jump = 1;
  for (let i = 0; i <= layerIndex; i++) {
    const inputShape = i === 0 ? summary.inputShape : summary.layers[i - 1]!.outputShape!;
    const out = summary.layers[i]!.outputShape!;
    if (out.length !== 3) break;
    const window = windowOf(spec.layers[i]!, inputShape[dim]!, out[dim]!);
    if (!window) break;
    if (window.kernel !== 1 || window.stride !== 1 || window.pad !== 0) steps.push({ name: spec.layers[i]!.name, ...window, jumpBefore: jump });
    jump *= window.stride;
  }
  return steps;
}

/**
 * Field geometry of every layer's units along the row axis (index i = spec.layers[i]), or null
 * from the first layer whose units see the whole image (flatten, dense, global pooling).
 * Returns null throughout for an invalid spec.
 */
export function fieldGeometries(spec: NetworkSpec, axis: 'rows' | 'cols' = 'rows'): (FieldGeometry | null)[] {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) return spec.layers.map(() => null);
  const dim = axis === 'rows' ? 0 : 1;
  let field: FieldGeometry | null = { size: 1, jump: 1, start: 0 };
  let inputSide = summary.inputShape[dim]!;
  return spec.layers.map((layer, i) => {
    const out = summary.layers[i]!.outputShape!;
    const window = field && out.length === 3 ? windowOf(layer, inputSide, out[dim]!) : null;
    field = field && window
      ? { size: field.size + (window.kernel - 1) * field.jump, jump: field.jump * window.stride, start: field.start - window.pad * field.jump }
      : null;
    if (out.length === 3) inputSide = out[dim]!;
    return field;
  });
}

export interface PixelRange {
  first: number;
  last: number;
}

/**
 * The input rows (or columns) unit `index` of layer `layerIndex` really depends on, inclusive.
 * Walks back layer by layer, clipping at every layer's border: a window that reaches into zero
 * padding reads nothing there, even if the padding sits between layers. Null when the unit sees
 * only padding, or for layers whose units see the whole image.
 */
export function unitFieldRange(
  spec: NetworkSpec, layerIndex: number, index: number, axis: 'rows' | 'cols' = 'rows', downToLayer = -1,
): PixelRange | null {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) return null;
  const dim = axis === 'rows' ? 0 : 1;
  let range: PixelRange = { first: index, last: index };
  // Stops at the output of layer `downToLayer` (-1: the input image), for outlines in between.
  for (let i = layerIndex; i > downToLayer; i--) {
    const inputShape = i === 0 ? summary.inputShape : summary.layers[i - 1]!.outputShape!;
    const outputShape = summary.layers[i]!.outputShape!;
    if (outputShape.length !== 3) return null;
    const window = windowOf(spec.layers[i]!, inputShape[dim]!, outputShape[dim]!);
    if (!window) return null;
    range = {
      first: Math.max(0, range.first * window.stride - window.pad),
      last: Math.min(inputShape[dim]! - 1, range.last * window.stride - window.pad + window.kernel - 1),
    };
    if (range.first > range.last) return null;
  }
  return range;
}
