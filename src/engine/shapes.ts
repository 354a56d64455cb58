/**
 * Shape and parameter inference as pure arithmetic over a NetworkSpec: no tensors are allocated,
 * so it is instant for any network and never throws. Every failure is reported on the layer that
 * causes it, with the arithmetic that fails.
 */
import type { Conv2DLayer, LayerSpec, NetworkSpec, PoolLayer } from './spec';
import { ACTIVATIONS, POOL_KINDS, WEIGHT_INITS } from './spec';
import type { LayerSetting, ShapeProblem } from './shapeProblems';

export type { ShapeProblem };

/** A tensor shape without the batch axis: [height, width, channels] or [features]. */
export type Shape = number[];

export interface LayerProblem {
  /** Index of the offending layer in spec.layers, or -1 for the network as a whole. */
  layerIndex: number;
  layerName: string;
  problem: ShapeProblem;
}

export interface LayerSummary {
  name: string;
  type: LayerSpec['type'];
  /** Output shape without the batch axis, or null when it cannot be computed. */
  outputShape: Shape | null;
  params: number;
  /** The arithmetic behind the output shape and parameters, e.g. `⌊(28 − 5) / 1⌋ + 1 = 24`. */
  arithmetic: string;
  problem?: ShapeProblem;
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
export const MAX_UNITS = 4096;
export const MAX_FILTERS = 512;

/** The layer names tfjs accepts (it rejects others when it builds the model). */
export const LAYER_NAME_PATTERN = /^[A-Za-z0-9][-A-Za-z0-9._/]*$/;

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;
const fmt = (s: Shape) => s.join('×');

/** One layer's result: its output shape, parameter count and arithmetic, or the reason it fails. */
type Step = { shape: Shape; params: number; arithmetic: string } | { problem: ShapeProblem };

const outOfRange = (setting: LayerSetting, value: unknown, min: number, max: number, belowMax?: boolean): Step =>
  ({ problem: { code: 'settingOutOfRange', setting, value: String(value), min, max, ...(belowMax ? { belowMax } : {}) } });
const unknownActivation = (value: unknown): Step => ({ problem: { code: 'unknownOption', setting: 'activation', value: String(value) } });
/** Layers can take any kernel or stride the input allows; this bounds what a setting can say. */
export const MAX_WINDOW = 1024;

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
  if (shape.length !== 3) return { problem: { code: 'needsImage', layer: 'conv2d', length: shape[0]! } };
  if (!isPositiveInt(layer.filters) || layer.filters > MAX_FILTERS) return outOfRange('filters', layer.filters, 1, MAX_FILTERS);
  if (!isPositiveInt(layer.kernel) || layer.kernel > MAX_WINDOW) return outOfRange('kernel', layer.kernel, 1, MAX_WINDOW);
  if (!isPositiveInt(layer.stride) || layer.stride > MAX_WINDOW) return outOfRange('stride', layer.stride, 1, MAX_WINDOW);
  if (layer.padding !== 'valid' && layer.padding !== 'same') return { problem: { code: 'unknownOption', setting: 'padding', value: String(layer.padding) } };
  if (!ACTIVATIONS.includes(layer.activation)) return unknownActivation(layer.activation);
  const [h, w, c] = shape as [number, number, number];
  const rows = windowOutput(h, layer.kernel, layer.stride, layer.padding);
  const cols = windowOutput(w, layer.kernel, layer.stride, layer.padding);
  if (rows.size < 1 || cols.size < 1) {
    return { problem: { code: 'windowTooBig', pool: false, window: layer.kernel, height: h, width: w, rows: rows.formula, columns: cols.formula } };
  }
  const params = (layer.kernel * layer.kernel * c + 1) * layer.filters;
  return {
    shape: [rows.size, cols.size, layer.filters],
    params,
    arithmetic: `${rows.formula}; (${layer.kernel}×${layer.kernel}×${c} + 1) × ${layer.filters} = ${params}`,
  };
}

function checkPool(layer: PoolLayer, shape: Shape): Step {
  if (shape.length !== 3) return { problem: { code: 'needsImage', layer: 'pool', length: shape[0]! } };
  if (!POOL_KINDS.includes(layer.kind)) return { problem: { code: 'unknownOption', setting: 'pooling', value: String(layer.kind) } };
  const [h, w, c] = shape as [number, number, number];
  if (layer.kind === 'globalAverage') return { shape: [c], params: 0, arithmetic: `${h}×${w}×${c} → ${c}` };
  if (!isPositiveInt(layer.size) || layer.size > MAX_WINDOW) return outOfRange('size', layer.size, 1, MAX_WINDOW);
  if (!isPositiveInt(layer.stride) || layer.stride > MAX_WINDOW) return outOfRange('stride', layer.stride, 1, MAX_WINDOW);
  const rows = windowOutput(h, layer.size, layer.stride, 'valid');
  const cols = windowOutput(w, layer.size, layer.stride, 'valid');
  if (rows.size < 1 || cols.size < 1) {
    return { problem: { code: 'windowTooBig', pool: true, window: layer.size, height: h, width: w, rows: rows.formula, columns: cols.formula } };
  }
  return { shape: [rows.size, cols.size, c], params: 0, arithmetic: rows.formula };
}

function checkLayer(layer: LayerSpec, shape: Shape): Step {
  switch (layer.type) {
    case 'conv2d':
      return checkConv(layer, shape);
    case 'pool':
      return checkPool(layer, shape);
    case 'zeroPad': {
      if (shape.length !== 3) return { problem: { code: 'needsImage', layer: 'zeroPad', length: shape[0]! } };
      if (!Number.isInteger(layer.padding) || layer.padding < 0 || layer.padding > 64) return outOfRange('padding', layer.padding, 0, 64);
      const [h, w, c] = shape as [number, number, number];
      const p = layer.padding;
      return { shape: [h + 2 * p, w + 2 * p, c], params: 0, arithmetic: `${h} + 2×${p} = ${h + 2 * p}` };
    }
    case 'flatten': {
      if (shape.length === 1) return { problem: { code: 'alreadyFlat', length: shape[0]! } };
      const n = shape.reduce((a, b) => a * b, 1);
      return { shape: [n], params: 0, arithmetic: `${fmt(shape)} = ${n}` };
    }
    case 'dense': {
      if (shape.length !== 1) return { problem: { code: 'needsFlat', shape: fmt(shape) } };
      if (!isPositiveInt(layer.units) || layer.units > MAX_UNITS) return outOfRange('units', layer.units, 1, MAX_UNITS);
      if (!ACTIVATIONS.includes(layer.activation)) return unknownActivation(layer.activation);
      const n = shape[0]!;
      const params = (n + 1) * layer.units;
      return { shape: [layer.units], params, arithmetic: `(${n} + 1) × ${layer.units} = ${params}` };
    }
    case 'dropout':
      if (typeof layer.rate !== 'number' || !(layer.rate >= 0 && layer.rate < 1)) return outOfRange('rate', layer.rate, 0, 1, true);
      return { shape, params: 0, arithmetic: `${Math.round(layer.rate * 100)}%` };
    case 'activation':
      if (!ACTIVATIONS.includes(layer.activation)) return unknownActivation(layer.activation);
      return { shape, params: 0, arithmetic: layer.activation };
    default: {
      const unknown: { type?: unknown } = layer;
      return { problem: { code: 'unknownOption', setting: 'type', value: String(unknown.type) } };
    }
  }
}

function inputProblem(spec: NetworkSpec): ShapeProblem | null {
  const { height, width, channels } = spec?.input ?? {};
  if (![height, width, channels].every(isPositiveInt)) return { code: 'badInput' };
  if (!isPositiveInt(spec?.classes)) return { code: 'badClasses' };
  if (spec.init !== undefined && !WEIGHT_INITS.includes(spec.init)) return { code: 'unknownOption', setting: 'init', value: String(spec.init) };
  return null;
}

/** Infers every layer's output shape and parameter count, and collects every problem. Never throws. */
export function summarizeNetwork(spec: NetworkSpec): NetworkSummary {
  const problems: LayerProblem[] = [];
  const layers: LayerSummary[] = [];
  const specInput = spec?.input ?? { height: 0, width: 0, channels: 0 };
  const inputShape: Shape = [specInput.height, specInput.width, specInput.channels];
  const badInput = inputProblem(spec);
  if (badInput) problems.push({ layerIndex: -1, layerName: 'input', problem: badInput });
  const specLayers: LayerSpec[] = Array.isArray(spec?.layers) ? spec.layers : [];

  let shape: Shape | null = badInput ? null : inputShape;
  const seen = new Set<string>();
  specLayers.forEach((layer, index) => {
    const name = typeof layer?.name === 'string' ? layer.name : '';
    let problem: ShapeProblem | undefined;
    let outputShape: Shape | null = null;
    let params = 0;
    let arithmetic = '';
    if (!layer || typeof layer !== 'object') problem = { code: 'notALayer' };
    else if (!name.trim()) problem = { code: 'nameMissing' };
    else if (seen.has(name)) problem = { code: 'nameTwice', name };
    else if (!LAYER_NAME_PATTERN.test(name)) problem = { code: 'nameNotAllowed', name };
    else if (layer.inputs !== undefined) problem = { code: 'branchingInputs' };
    seen.add(name);
    if (!problem && shape) {
      const step = checkLayer(layer, shape);
      if ('problem' in step) problem = step.problem;
      else ({ shape: outputShape, params, arithmetic } = step);
    }
    if (problem) problems.push({ layerIndex: index, layerName: name.trim() ? name : `#${index + 1}`, problem });
    layers.push({ name, type: layer?.type, outputShape, params, arithmetic, ...(problem ? { problem } : {}) });
    shape = outputShape;
  });

  const totalParams = layers.reduce((sum, l) => sum + l.params, 0);
  checkOutput(spec, specLayers, layers, problems);
  if (problems.length === 0 && totalParams > MAX_TRAINABLE_PARAMS) {
    problems.push({
      layerIndex: -1, layerName: 'network',
      problem: { code: 'tooManyParams', params: totalParams, max: MAX_TRAINABLE_PARAMS },
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
    problems.push({ layerIndex: -1, layerName: 'network', problem: { code: 'noLayers', classes: spec.classes } });
    return;
  }
  const out = lastSummary.outputShape;
  if (!out || out.length !== 1 || out[0] !== spec.classes) {
    problems.push({ layerIndex: lastIndex, layerName: last.name, problem: { code: 'wrongOutput', classes: spec.classes, shape: out ? fmt(out) : null } });
    return;
  }
  const activation = last.type === 'dense' || last.type === 'activation' ? last.activation : null;
  if (activation !== 'softmax') {
    problems.push({ layerIndex: lastIndex, layerName: last.name, problem: { code: 'needsSoftmax' } });
  }
}

/** Formats a shape the way Keras prints it, with the batch axis: (None, 24, 24, 20). */
export function formatShape(shape: Shape | null): string {
  return shape ? `(None, ${shape.join(', ')})` : '—';
}
