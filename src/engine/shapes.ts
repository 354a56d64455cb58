/**
 * Shape and parameter inference as pure arithmetic over a NetworkSpec: no tensors are allocated,
 * so it is instant for any network and never throws. Every failure is reported on the layer that
 * causes it, with the arithmetic that fails.
 */
import type { Conv2DLayer, LayerSpec, NetworkSpec, PoolLayer } from './spec';
import { ACTIVATIONS, POOL_KINDS, WEIGHT_INITS } from './spec';

/** A tensor shape without the batch axis: [height, width, channels] or [features]. */
export type Shape = number[];

export interface LayerProblem {
  /** Index of the offending layer in spec.layers, or -1 for the network as a whole. */
  layerIndex: number;
  layerName: string;
  message: string;
}

export interface LayerSummary {
  name: string;
  type: LayerSpec['type'];
  /** Output shape without the batch axis, or null when it cannot be computed. */
  outputShape: Shape | null;
  params: number;
  /** Human-readable arithmetic behind the output shape, e.g. `(28 − 5) / 1 + 1 = 24`. */
  arithmetic: string;
  problem?: string;
}

export interface NetworkSummary {
  inputShape: Shape;
  layers: LayerSummary[];
  totalParams: number;
  problems: LayerProblem[];
  /** True when the spec can be built and trained. */
  valid: boolean;
}

/** Keeps the browser responsive: bigger networks are analysed but not trained here. */
export const MAX_TRAINABLE_PARAMS = 5_000_000;
const MAX_UNITS = 4096;
const MAX_FILTERS = 512;

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;
const fmt = (s: Shape) => s.join('×');

/** One layer's result: its output shape, parameter count and arithmetic, or the reason it fails. */
type Step = { shape: Shape; params: number; arithmetic: string } | { problem: string };

/** Output side length of a sliding window, with the formula written out. */
export function windowOutput(
  input: number, window: number, stride: number, padding: 'valid' | 'same',
): { size: number; formula: string } {
  if (padding === 'same') {
    const size = Math.ceil(input / stride);
    return { size, formula: `⌈${input} / ${stride}⌉ = ${size}` };
  }
  const size = Math.floor((input - window) / stride) + 1;
  return { size, formula: `⌊(${input} − ${window}) / ${stride}⌋ + 1 = ${size}` };
}

function checkConv(layer: Conv2DLayer, shape: Shape): Step {
  if (shape.length !== 3) return { problem: `convolution needs an image-shaped input (height×width×channels), but gets a flat vector of ${shape[0]}` };
  if (!isPositiveInt(layer.filters) || layer.filters > MAX_FILTERS) return { problem: `filters must be a whole number from 1 to ${MAX_FILTERS} (got ${layer.filters})` };
  if (!isPositiveInt(layer.kernel)) return { problem: `kernel size must be a whole number ≥ 1 (got ${layer.kernel})` };
  if (!isPositiveInt(layer.stride)) return { problem: `stride must be a whole number ≥ 1 (got ${layer.stride})` };
  if (layer.padding !== 'valid' && layer.padding !== 'same') return { problem: `padding must be "valid" or "same" (got ${String(layer.padding)})` };
  if (!ACTIVATIONS.includes(layer.activation)) return { problem: `unknown activation "${String(layer.activation)}"` };
  const [h, w, c] = shape as [number, number, number];
  const rows = windowOutput(h, layer.kernel, layer.stride, layer.padding);
  const cols = windowOutput(w, layer.kernel, layer.stride, layer.padding);
  if (rows.size < 1 || cols.size < 1) {
    return { problem: `a ${layer.kernel}×${layer.kernel} kernel does not fit a ${h}×${w} input: output rows ${rows.formula}, columns ${cols.formula}; use a smaller kernel or "same" padding` };
  }
  const params = (layer.kernel * layer.kernel * c + 1) * layer.filters;
  return {
    shape: [rows.size, cols.size, layer.filters],
    params,
    arithmetic: `rows ${rows.formula}; params (${layer.kernel}×${layer.kernel}×${c} + 1) × ${layer.filters} = ${params}`,
  };
}

function checkPool(layer: PoolLayer, shape: Shape): Step {
  if (shape.length !== 3) return { problem: `pooling needs an image-shaped input (height×width×channels), but gets a flat vector of ${shape[0]}` };
  if (!POOL_KINDS.includes(layer.kind)) return { problem: `unknown pooling kind "${String(layer.kind)}"` };
  const [h, w, c] = shape as [number, number, number];
  if (layer.kind === 'globalAverage') return { shape: [c], params: 0, arithmetic: `mean over ${h}×${w} per channel → ${c}` };
  if (!isPositiveInt(layer.size)) return { problem: `pool size must be a whole number ≥ 1 (got ${layer.size})` };
  if (!isPositiveInt(layer.stride)) return { problem: `pool stride must be a whole number ≥ 1 (got ${layer.stride})` };
  const rows = windowOutput(h, layer.size, layer.stride, 'valid');
  const cols = windowOutput(w, layer.size, layer.stride, 'valid');
  if (rows.size < 1 || cols.size < 1) {
    return { problem: `a ${layer.size}×${layer.size} pooling window does not fit a ${h}×${w} input: output rows ${rows.formula}, columns ${cols.formula}; use a smaller window` };
  }
  return { shape: [rows.size, cols.size, c], params: 0, arithmetic: `rows ${rows.formula}` };
}

function checkLayer(layer: LayerSpec, shape: Shape): Step {
  switch (layer.type) {
    case 'conv2d':
      return checkConv(layer, shape);
    case 'pool':
      return checkPool(layer, shape);
    case 'zeroPad': {
      if (shape.length !== 3) return { problem: `zero padding needs an image-shaped input, but gets a flat vector of ${shape[0]}` };
      if (!Number.isInteger(layer.padding) || layer.padding < 0 || layer.padding > 64) return { problem: `padding must be a whole number from 0 to 64 (got ${layer.padding})` };
      const [h, w, c] = shape as [number, number, number];
      const p = layer.padding;
      return { shape: [h + 2 * p, w + 2 * p, c], params: 0, arithmetic: `${h} + 2×${p} = ${h + 2 * p}` };
    }
    case 'flatten': {
      if (shape.length === 1) return { problem: `the input is already a flat vector of ${shape[0]}; remove this Flatten layer` };
      const n = shape.reduce((a, b) => a * b, 1);
      return { shape: [n], params: 0, arithmetic: `${fmt(shape)} = ${n}` };
    }
    case 'dense': {
      if (shape.length !== 1) return { problem: `a dense layer needs a flat vector, but gets a ${fmt(shape)} tensor; add a Flatten (or global pooling) layer before it` };
      if (!isPositiveInt(layer.units) || layer.units > MAX_UNITS) return { problem: `units must be a whole number from 1 to ${MAX_UNITS} (got ${layer.units})` };
      if (!ACTIVATIONS.includes(layer.activation)) return { problem: `unknown activation "${String(layer.activation)}"` };
      const n = shape[0]!;
      const params = (n + 1) * layer.units;
      return { shape: [layer.units], params, arithmetic: `params (${n} + 1) × ${layer.units} = ${params}` };
    }
    case 'dropout':
      if (typeof layer.rate !== 'number' || !(layer.rate >= 0 && layer.rate < 1)) return { problem: `dropout rate must be at least 0 and below 1 (got ${layer.rate})` };
      return { shape, params: 0, arithmetic: `drops ${Math.round(layer.rate * 100)}% while training` };
    case 'activation':
      if (!ACTIVATIONS.includes(layer.activation)) return { problem: `unknown activation "${String(layer.activation)}"` };
      return { shape, params: 0, arithmetic: layer.activation };
    default: {
      const unknown: { type?: unknown } = layer;
      return { problem: `unknown layer type "${String(unknown.type)}"` };
    }
  }
}

function inputProblem(spec: NetworkSpec): string | null {
  const { height, width, channels } = spec?.input ?? {};
  if (![height, width, channels].every(isPositiveInt)) return 'the input must have whole-number height, width and channels ≥ 1';
  if (!isPositiveInt(spec?.classes)) return 'the number of classes must be a whole number ≥ 1';
  if (spec.init !== undefined && !WEIGHT_INITS.includes(spec.init)) return `unknown weight initialisation "${String(spec.init)}"`;
  return null;
}

/** Infers every layer's output shape and parameter count, and collects every problem. Never throws. */
export function summarizeNetwork(spec: NetworkSpec): NetworkSummary {
  const problems: LayerProblem[] = [];
  const layers: LayerSummary[] = [];
  const specInput = spec?.input ?? { height: 0, width: 0, channels: 0 };
  const inputShape: Shape = [specInput.height, specInput.width, specInput.channels];
  const badInput = inputProblem(spec);
  if (badInput) problems.push({ layerIndex: -1, layerName: 'input', message: badInput });
  const specLayers: LayerSpec[] = Array.isArray(spec?.layers) ? spec.layers : [];

  let shape: Shape | null = badInput ? null : inputShape;
  const seen = new Set<string>();
  specLayers.forEach((layer, index) => {
    const name = typeof layer?.name === 'string' ? layer.name : '';
    let problem: string | undefined;
    let outputShape: Shape | null = null;
    let params = 0;
    let arithmetic = '';
    if (!layer || typeof layer !== 'object') problem = 'this entry is not a layer';
    else if (!name.trim()) problem = 'every layer needs a name';
    else if (seen.has(name)) problem = `the name "${name}" is used twice; layer names must be unique`;
    else if (layer.inputs !== undefined) problem = 'branching inputs are not supported yet; remove "inputs"';
    seen.add(name);
    if (!problem && shape) {
      const step = checkLayer(layer, shape);
      if ('problem' in step) problem = step.problem;
      else ({ shape: outputShape, params, arithmetic } = step);
    }
    if (problem) problems.push({ layerIndex: index, layerName: name.trim() ? name : `layer ${index + 1}`, message: problem });
    layers.push({ name, type: layer?.type, outputShape, params, arithmetic, ...(problem ? { problem } : {}) });
    shape = outputShape;
  });

  const totalParams = layers.reduce((sum, l) => sum + l.params, 0);
  checkOutput(spec, specLayers, layers, problems);
  if (problems.length === 0 && totalParams > MAX_TRAINABLE_PARAMS) {
    problems.push({
      layerIndex: -1, layerName: 'network',
      message: `${totalParams.toLocaleString('en-US')} parameters is more than this page trains (${MAX_TRAINABLE_PARAMS.toLocaleString('en-US')}); use fewer filters or units, or pool before flattening`,
    });
  }
  return { inputShape, layers, totalParams, problems, valid: problems.length === 0 };
}

/** The last layer must turn the network's output into class probabilities. */
function checkOutput(spec: NetworkSpec, specLayers: LayerSpec[], layers: LayerSummary[], problems: LayerProblem[]): void {
  if (problems.length > 0) return;
  const lastIndex = specLayers.length - 1;
  const last = specLayers[lastIndex];
  const lastSummary = layers[lastIndex];
  if (!last || !lastSummary) {
    problems.push({ layerIndex: -1, layerName: 'network', message: `add layers: the network must end in a dense layer of ${spec.classes} softmax units` });
    return;
  }
  const out = lastSummary.outputShape;
  if (!out || out.length !== 1 || out[0] !== spec.classes) {
    problems.push({ layerIndex: lastIndex, layerName: last.name, message: `the last layer must output ${spec.classes} class scores, but outputs ${out ? fmt(out) : 'nothing'}; end with Dense(${spec.classes}, softmax)` });
    return;
  }
  const activation = last.type === 'dense' || last.type === 'activation' ? last.activation : null;
  if (activation !== 'softmax') {
    problems.push({ layerIndex: lastIndex, layerName: last.name, message: 'the last layer must use softmax so that its outputs are class probabilities' });
  }
}

/** Formats a shape the way Keras prints it, with the batch axis: (None, 24, 24, 20). */
export function formatShape(shape: Shape | null): string {
  return shape ? `(None, ${shape.join(', ')})` : '—';
}
