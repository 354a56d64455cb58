/**
 * Receptive-field arithmetic: which input pixels can influence one unit of a feature map.
 * Pure arithmetic over the spec, one axis at a time (rows and columns behave the same here).
 *
 * For a layer with kernel k, stride s and top padding p, reading a layer whose units are `jump`
 * input pixels apart, start at `start` and see `size` pixels:
 *   jump' = jump · s,   size' = size + (k − 1) · jump,   start' = start − p · jump.
 * Unit i of the layer then sees input rows start' + i · jump' … start' + i · jump' + size' − 1.
 *
 * Branches: a merge layer (add, concatenate) sees what any of its inputs sees, so through a
 * residual block the field is the union of the convolution path and the skip path. Both paths of
 * a block cover the same region around each unit, so the union is one interval: its extent.
 */
import type { LayerSpec, NetworkSpec } from './spec';
import { summarizeNetwork, type NetworkSummary } from './shapes';
import { inputIndices } from './graph';

/** The field of every unit of one layer along one axis. */
export interface FieldGeometry {
  /** Side length of the field in input pixels (before clipping at the image border). */
  size: number;
  /** Input pixels between the fields of neighbouring units: the product of the strides so far. */
  jump: number;
  /** Input row (or column) where unit 0's field starts; negative when padding reaches outside. */
  start: number;
}

type Axis = 'rows' | 'cols';
interface Window { kernel: number; stride: number; pad: number }
const IDENTITY: Window = { kernel: 1, stride: 1, pad: 0 };

/** TF-style `same` padding before the first row: half the total, rounded down. */
export const samePad = (inputSide: number, outputSide: number, stride: number, kernel: number) =>
  Math.floor(Math.max((outputSide - 1) * stride + kernel - inputSide, 0) / 2);

/** One sliding-window step along an axis, or null for layers whose units see the whole input. */
function windowOf(layer: LayerSpec, axis: Axis, inputSide: number, outputSide: number): Window | null {
  switch (layer.type) {
    case 'conv2d':
    case 'depthwiseConv2d': {
      const kernel = axis === 'cols' && layer.type === 'conv2d' ? layer.kernelWidth ?? layer.kernel : layer.kernel;
      const pad = layer.padding === 'same' ? samePad(inputSide, outputSide, layer.stride, kernel) : 0;
      return { kernel, stride: layer.stride, pad };
    }
    case 'pool':
      if (layer.kind === 'globalAverage') return null;
      return { kernel: layer.size, stride: layer.stride, pad: layer.padding === 'same' ? samePad(inputSide, outputSide, layer.stride, layer.size) : 0 };
    case 'zeroPad':
      return { kernel: 1, stride: 1, pad: layer.padding };
    case 'dropout':
    case 'activation':
    case 'batchNorm':
    case 'add':
    case 'concatenate':
      return IDENTITY;
    default:
      return null;
  }
}

/** The geometry every layer needs: who it reads, their side lengths and its own, along one axis. */
interface AxisGraph {
  summary: NetworkSummary;
  reads: number[][];
  /** Side length of layer i's output along the axis; index −1 is the input image. */
  side(i: number): number;
  /** The window layer i slides over input `from`, or null when layer i is not spatial. */
  window(i: number, from: number): Window | null;
}

function axisGraph(spec: NetworkSpec, axis: Axis): AxisGraph | null {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) return null;
  const dim = axis === 'rows' ? 0 : 1;
  const side = (i: number) => (i < 0 ? summary.inputShape[dim]! : summary.layers[i]!.outputShape![dim]!);
  const spatial = (i: number) => i < 0 || summary.layers[i]!.outputShape!.length === 3;
  return {
    summary, reads: inputIndices(summary), side,
    window: (i, from) => (spatial(i) && spatial(from) ? windowOf(spec.layers[i]!, axis, side(from), side(i)) : null),
  };
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

/**
 * Field geometry of every layer's units along one axis (index i = spec.layers[i]), or null from the
 * first layer whose units see the whole image (flatten, dense, global pooling). A merge layer takes
 * the extent of its inputs' fields. Null throughout for a spec the lab cannot build.
 */
export function fieldGeometries(spec: NetworkSpec, axis: Axis = 'rows'): (FieldGeometry | null)[] {
  const graph = axisGraph(spec, axis);
  if (!graph) return spec.layers.map(() => null);
  const fields: (FieldGeometry | null)[] = [];
  const fieldOf = (i: number): FieldGeometry | null => (i < 0 ? { size: 1, jump: 1, start: 0 } : fields[i]!);
  graph.summary.layers.forEach((_l, i) => {
    const through = graph.reads[i]!.map((from) => {
      const below = fieldOf(from);
      const window = below && graph.window(i, from);
      return below && window
        ? { size: below.size + (window.kernel - 1) * below.jump, jump: below.jump * window.stride, start: below.start - window.pad * below.jump }
        : null;
    });
    const jump = through[0]?.jump;
    if (through.some((f) => !f || f.jump !== jump)) {
      fields.push(null);
      return;
    }
    const start = Math.min(...through.map((f) => f!.start));
    const end = Math.max(...through.map((f) => f!.start + f!.size));
    fields.push({ size: end - start, jump: jump!, start });
  });
  return fields;
}

/**
 * The windows along the path that gives layer `layerIndex` its field (at a merge, the input with
 * the widest field: through a residual block, the convolution path rather than the skip), from the
 * input up, leaving out windows that change nothing. Empty for a spec the lab cannot build.
 */
export function fieldSteps(spec: NetworkSpec, layerIndex: number, axis: Axis = 'rows'): FieldStep[] {
  const graph = axisGraph(spec, axis);
  if (!graph || !graph.summary.layers[layerIndex]) return [];
  const fields = fieldGeometries(spec, axis);
  const path: { layer: number; from: number }[] = [];
  for (let i = layerIndex; i >= 0;) {
    const from = graph.reads[i]!.reduce((best, j) => ((j < 0 ? 1 : fields[j]?.size ?? 0) > (best < 0 ? 1 : fields[best]?.size ?? 0) ? j : best));
    path.unshift({ layer: i, from });
    i = from;
  }
  const steps: FieldStep[] = [];
  let jump = 1;
  for (const { layer, from } of path) {
    const window = graph.window(layer, from);
    if (!window) break;
    if (window.kernel !== 1 || window.stride !== 1 || window.pad !== 0) steps.push({ name: spec.layers[layer]!.name, ...window, jumpBefore: jump });
    jump *= window.stride;
  }
  return steps;
}

export interface PixelRange {
  first: number;
  last: number;
}

/**
 * Where a walk down the graph has got to in one layer: which rows (or columns) are read, as a
 * mask, not an interval — a stride longer than its kernel leaves gaps, and a row in a gap may be
 * the one a later padding would have clipped to — and the one channel if it is still known.
 */
interface Reach {
  rows: Uint8Array;
  /** null once a convolution has mixed the channels (or two paths arrive at different ones). */
  channel: number | null;
}

function join(a: Reach | undefined, b: Reach): Reach {
  if (!a) return b;
  const rows = a.rows.map((read, i) => read | b.rows[i]!);
  return { rows, channel: a.channel === b.channel ? a.channel : null };
}

/** The rows below that the given rows' windows read, each window clipped to the layer; null when none. */
function windowsBelow(rows: Uint8Array, window: { kernel: number; stride: number; pad: number }, side: number): Uint8Array | null {
  const below = new Uint8Array(side);
  let any = false;
  rows.forEach((read, unit) => {
    if (!read) return;
    const first = Math.max(0, unit * window.stride - window.pad);
    const last = Math.min(side - 1, unit * window.stride - window.pad + window.kernel - 1);
    for (let r = first; r <= last; r++) below[r] = 1;
    any ||= first <= last;
  });
  return any ? below : null;
}

/**
 * The channel of input `from` (its position `position` among the layer's inputs) that a unit of
 * `channel` reads: the same one through channel-wise layers, the matching slice of a
 * concatenation, none (−1) when a concatenated unit comes from another input, null (all) through
 * a convolution.
 */
function channelBelow(graph: AxisGraph, layer: LayerSpec, i: number, position: number, channel: number | null): number | null {
  if (channel === null || layer.type === 'conv2d' || layer.type === 'dense' || layer.type === 'flatten') return null;
  if (layer.type !== 'concatenate') return channel;
  const depth = (j: number) => (j < 0 ? graph.summary.inputShape[2]! : graph.summary.layers[j]!.outputShape![2]!);
  const offset = graph.reads[i]!.slice(0, position).reduce((sum, j) => sum + depth(j), 0);
  const local = channel - offset;
  return local >= 0 && local < depth(graph.reads[i]![position]!) ? local : -1;
}

/**
 * The input rows (or columns) unit `index` of layer `layerIndex` really depends on, inclusive.
 * Walks back through every path, clipping at every layer's border: a window that reaches into zero
 * padding reads nothing there, even if the padding sits between layers. Given the unit's channel,
 * a concatenation is followed only into the input that channel comes from. Stops at the output of
 * layer `downToLayer` (−1: the input image), for outlines in between. Null when the unit sees only
 * padding, when `downToLayer` is not on its way, or for layers whose units see the whole image.
 */
export function unitFieldRange(
  spec: NetworkSpec, layerIndex: number, index: number, axis: Axis = 'rows', downToLayer = -1, channel: number | null = null,
): PixelRange | null {
  const graph = axisGraph(spec, axis);
  if (!graph || !graph.summary.layers[layerIndex] || downToLayer >= layerIndex) return null;
  const start = new Uint8Array(graph.side(layerIndex));
  if (index < 0 || index >= start.length) return null;
  start[index] = 1;
  const reaches = new Map<number, Reach>([[layerIndex, { rows: start, channel }]]);
  // Spec order lists every reader after what it reads, so walking down visits each layer after all its readers.
  for (let i = layerIndex; i > downToLayer; i--) {
    const reach = reaches.get(i);
    if (!reach) continue;
    for (const [position, from] of graph.reads[i]!.entries()) {
      if (from < downToLayer) continue;
      const window = graph.window(i, from);
      if (!window) return null;
      const below = channelBelow(graph, spec.layers[i]!, i, position, reach.channel);
      if (below === -1) continue;
      const rows = windowsBelow(reach.rows, window, graph.side(from));
      if (rows) reaches.set(from, join(reaches.get(from), { rows, channel: below }));
    }
  }
  const found = reaches.get(downToLayer)?.rows;
  if (!found) return null;
  return { first: found.indexOf(1), last: found.lastIndexOf(1) };
}
