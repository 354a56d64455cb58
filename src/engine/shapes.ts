/**
 * Shape, parameter, multiply-add and memory inference as pure arithmetic over a NetworkSpec: no
 * tensors are allocated, so it is instant for any network (VGG-16 included) and never throws. Every failure is reported on the layer that
 * causes it, with the arithmetic that fails.
 */
import type { Activation, AddLayer, ConcatenateLayer, Conv2DLayer, DepthwiseConv2DLayer, LayerSpec, NetworkSpec, PoolLayer } from './spec';
import { ACTIVATIONS, INPUT_NAME, POOL_KINDS, WEIGHT_INITS, isLabLayer } from './spec';
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
  /** The layers this one reads (their names, `input` for the image), resolved from `inputs` or the order. */
  inputs: string[];
  /** Output shape without the batch axis, or null when it cannot be computed. */
  outputShape: Shape | null;
  /** Every stored number, as Keras's count_params() counts them (batch norm's running statistics included). */
  params: number;
  /** Of those, the ones gradient descent does not change (batch norm's running mean and variance). */
  nonTrainableParams: number;
  /** Multiply-adds for one image (convolutions and dense layers; pooling, sums and activations count 0). */
  multiplyAdds: number;
  /** Values in the output for one image (multiply by 4 for float32 bytes). */
  activations: number;
  /** The arithmetic behind the output shape and parameters, e.g. `⌊(28 − 5) / 1⌋ + 1 = 24`. */
  arithmetic: string;
  problem?: ShapeProblem;
}

export interface NetworkSummary {
  inputShape: Shape;
  layers: LayerSummary[];
  totalParams: number;
  totalNonTrainableParams: number;
  totalMultiplyAdds: number;
  /** Values in all layer outputs for one image (the input not included). */
  totalActivations: number;
  problems: LayerProblem[];
  /** True when every shape and count could be computed: the network can be analysed. */
  valid: boolean;
  /** True when this page can also build and train it (valid, and within what the lab trains). */
  trainable: boolean;
}

/** Keeps the browser responsive: bigger networks are analysed but not trained here. */
export const MAX_TRAINABLE_PARAMS = 5_000_000;
export const MAX_UNITS = 4096;
export const MAX_FILTERS = 512;
/** What the analysis accepts (ResNet-50 has 2,048 channels; nothing real comes near this). */
export const MAX_ANALYSED_WIDTH = 65_536;

/** Problems that leave the network analysable but not trainable in this page. */
const TRAINING_ONLY: ReadonlySet<ShapeProblem['code']> = new Set(['tooManyParams', 'analysisOnlyLayer', 'tooWideToTrain']);

/** The layer names tfjs accepts (it rejects others when it builds the model). */
export const LAYER_NAME_PATTERN = /^[A-Za-z0-9][-A-Za-z0-9._/]*$/;

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;
const fmt = (s: Shape) => s.join('×');
const product = (s: Shape) => s.reduce((a, b) => a * b, 1);

/** One layer's result: its output shape, counts and arithmetic, or the reason it fails. */
type Step = { shape: Shape; params: number; nonTrainable?: number; multiplyAdds?: number; arithmetic: string } | { problem: ShapeProblem };

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

interface WindowSettings { kernel: number; kernelWidth?: number; stride: number; padding: unknown; activation?: unknown }

/** The checks and output grid every sliding window shares (convolutions, depthwise convolutions). */
function slide(layer: WindowSettings, shape: Shape, kind: 'conv2d' | 'depthwiseConv2d'): { rows: number; cols: number; kw: number; formula: string } | { problem: ShapeProblem } {
  if (shape.length !== 3) return { problem: { code: 'needsImage', layer: kind, length: shape[0]! } };
  const kw = layer.kernelWidth ?? layer.kernel;
  if (!isPositiveInt(layer.kernel) || layer.kernel > MAX_WINDOW) return outOfRange('kernel', layer.kernel, 1, MAX_WINDOW) as { problem: ShapeProblem };
  if (!isPositiveInt(kw) || kw > MAX_WINDOW) return outOfRange('kernel', kw, 1, MAX_WINDOW) as { problem: ShapeProblem };
  if (!isPositiveInt(layer.stride) || layer.stride > MAX_WINDOW) return outOfRange('stride', layer.stride, 1, MAX_WINDOW) as { problem: ShapeProblem };
  if (layer.padding !== 'valid' && layer.padding !== 'same') return { problem: { code: 'unknownOption', setting: 'padding', value: String(layer.padding) } };
  if (layer.activation !== undefined && !ACTIVATIONS.includes(layer.activation as Activation)) return unknownActivation(layer.activation) as { problem: ShapeProblem };
  const [h, w] = shape as [number, number, number];
  const rows = windowOutput(h, layer.kernel, layer.stride, layer.padding);
  const cols = windowOutput(w, kw, layer.stride, layer.padding);
  if (rows.size < 1 || cols.size < 1) {
    return { problem: { code: 'windowTooBig', pool: false, window: Math.max(layer.kernel, kw), height: h, width: w, rows: rows.formula, columns: cols.formula } };
  }
  return { rows: rows.size, cols: cols.size, kw, formula: rows.formula };
}

function checkConv(layer: Conv2DLayer, shape: Shape): Step {
  const grid = slide(layer, shape, 'conv2d');
  if ('problem' in grid) return grid;
  if (!isPositiveInt(layer.filters) || layer.filters > MAX_ANALYSED_WIDTH) return outOfRange('filters', layer.filters, 1, MAX_ANALYSED_WIDTH);
  const c = shape[2]!;
  const bias = layer.useBias === false ? 0 : 1;
  const perFilter = layer.kernel * grid.kw * c;
  const params = (perFilter + bias) * layer.filters;
  return {
    shape: [grid.rows, grid.cols, layer.filters],
    params,
    multiplyAdds: grid.rows * grid.cols * perFilter * layer.filters,
    arithmetic: `${grid.formula}; (${layer.kernel}×${grid.kw}×${c}${bias ? ' + 1' : ''}) × ${layer.filters} = ${params}`,
  };
}

function checkDepthwise(layer: DepthwiseConv2DLayer, shape: Shape): Step {
  const grid = slide(layer, shape, 'depthwiseConv2d');
  if ('problem' in grid) return grid;
  const c = shape[2]!;
  const bias = layer.useBias === false ? 0 : 1;
  const params = (layer.kernel * grid.kw + bias) * c;
  return {
    shape: [grid.rows, grid.cols, c],
    params,
    multiplyAdds: grid.rows * grid.cols * layer.kernel * grid.kw * c,
    arithmetic: `${grid.formula}; (${layer.kernel}×${grid.kw}${bias ? ' + 1' : ''}) × ${c} = ${params}`,
  };
}

function checkPool(layer: PoolLayer, shape: Shape): Step {
  if (shape.length !== 3) return { problem: { code: 'needsImage', layer: 'pool', length: shape[0]! } };
  if (!POOL_KINDS.includes(layer.kind)) return { problem: { code: 'unknownOption', setting: 'pooling', value: String(layer.kind) } };
  const [h, w, c] = shape as [number, number, number];
  if (layer.kind === 'globalAverage') return { shape: [c], params: 0, arithmetic: `${h}×${w}×${c} → ${c}` };
  if (!isPositiveInt(layer.size) || layer.size > MAX_WINDOW) return outOfRange('size', layer.size, 1, MAX_WINDOW);
  if (!isPositiveInt(layer.stride) || layer.stride > MAX_WINDOW) return outOfRange('stride', layer.stride, 1, MAX_WINDOW);
  const padding = layer.padding ?? 'valid';
  if (padding !== 'valid' && padding !== 'same') return { problem: { code: 'unknownOption', setting: 'padding', value: String(padding) } };
  const rows = windowOutput(h, layer.size, layer.stride, padding);
  const cols = windowOutput(w, layer.size, layer.stride, padding);
  if (rows.size < 1 || cols.size < 1) {
    return { problem: { code: 'windowTooBig', pool: true, window: layer.size, height: h, width: w, rows: rows.formula, columns: cols.formula } };
  }
  return { shape: [rows.size, cols.size, c], params: 0, arithmetic: rows.formula };
}

/** Sums need equal shapes; concatenation needs equal height and width and stacks the channels. */
function checkMerge(layer: AddLayer | ConcatenateLayer, shapes: Shape[]): Step {
  const first = shapes[0]!;
  if (layer.type === 'add') {
    const differs = shapes.find((s) => fmt(s) !== fmt(first));
    if (differs) return { problem: { code: 'shapesDiffer', merge: 'add', shapes: shapes.map(fmt) } };
    return { shape: first, params: 0, arithmetic: shapes.map(fmt).join(' + ') };
  }
  if (shapes.some((s) => s.length !== 3 || s[0] !== first[0] || s[1] !== first[1])) {
    return { problem: { code: 'shapesDiffer', merge: 'concatenate', shapes: shapes.map(fmt) } };
  }
  const channels = shapes.reduce((sum, s) => sum + s[2]!, 0);
  return { shape: [first[0]!, first[1]!, channels], params: 0, arithmetic: `${shapes.map((s) => s[2]).join(' + ')} = ${channels} channels` };
}

function checkLayer(layer: LayerSpec, shapes: Shape[]): Step {
  if (layer.type === 'add' || layer.type === 'concatenate') return checkMerge(layer, shapes);
  const shape = shapes[0]!;
  switch (layer.type) {
    case 'conv2d':
      return checkConv(layer, shape);
    case 'depthwiseConv2d':
      return checkDepthwise(layer, shape);
    case 'pool':
      return checkPool(layer, shape);
    case 'batchNorm': {
      const c = shape[shape.length - 1]!;
      return { shape, params: 4 * c, nonTrainable: 2 * c, arithmetic: `4 × ${c} = ${4 * c} (2 × ${c} trained, 2 × ${c} running statistics)` };
    }
    case 'zeroPad': {
      if (shape.length !== 3) return { problem: { code: 'needsImage', layer: 'zeroPad', length: shape[0]! } };
      if (!Number.isInteger(layer.padding) || layer.padding < 0 || layer.padding > 64) return outOfRange('padding', layer.padding, 0, 64);
      const [h, w, c] = shape as [number, number, number];
      const p = layer.padding;
      return { shape: [h + 2 * p, w + 2 * p, c], params: 0, arithmetic: `${h} + 2×${p} = ${h + 2 * p}` };
    }
    case 'flatten': {
      if (shape.length === 1) return { problem: { code: 'alreadyFlat', length: shape[0]! } };
      const n = product(shape);
      return { shape: [n], params: 0, arithmetic: `${fmt(shape)} = ${n}` };
    }
    case 'dense': {
      if (shape.length !== 1) return { problem: { code: 'needsFlat', shape: fmt(shape) } };
      if (!isPositiveInt(layer.units) || layer.units > MAX_ANALYSED_WIDTH) return outOfRange('units', layer.units, 1, MAX_ANALYSED_WIDTH);
      if (!ACTIVATIONS.includes(layer.activation)) return unknownActivation(layer.activation);
      const n = shape[0]!;
      const params = (n + 1) * layer.units;
      return { shape: [layer.units], params, multiplyAdds: n * layer.units, arithmetic: `(${n} + 1) × ${layer.units} = ${params}` };
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

/** Why the lab cannot train a layer it can analyse (checked after its shape is known). */
function trainingProblem(layer: LayerSpec): ShapeProblem | null {
  if (!isLabLayer(layer)) return { code: 'analysisOnlyLayer', type: layer.type };
  if (layer.type === 'conv2d' && (layer.filters > MAX_FILTERS || layer.kernelWidth !== undefined || layer.useBias === false)) {
    if (layer.filters > MAX_FILTERS) return { code: 'tooWideToTrain', setting: 'filters', value: layer.filters, max: MAX_FILTERS };
    return { code: 'analysisOnlyLayer', type: layer.type, detail: layer.kernelWidth !== undefined ? 'nonSquareKernel' : 'noBias' };
  }
  // The lab's own L2 pooling layer slides valid windows only.
  if (layer.type === 'pool' && layer.padding === 'same' && layer.kind === 'l2') return { code: 'analysisOnlyLayer', type: layer.type, detail: 'samePadding' };
  if (layer.type === 'dense' && layer.units > MAX_UNITS) return { code: 'tooWideToTrain', setting: 'units', value: layer.units, max: MAX_UNITS };
  return null;
}

function inputProblem(spec: NetworkSpec): ShapeProblem | null {
  const { height, width, channels } = spec?.input ?? {};
  if (![height, width, channels].every(isPositiveInt)) return { code: 'badInput' };
  if (!isPositiveInt(spec?.classes)) return { code: 'badClasses' };
  if (spec.init !== undefined && !WEIGHT_INITS.includes(spec.init)) return { code: 'unknownOption', setting: 'init', value: String(spec.init) };
  return null;
}

/** The names a layer reads: its `inputs`, or the layer before it (the image for the first layer). */
function inputsOf(layer: LayerSpec, previous: string): unknown {
  return layer.inputs === undefined ? [previous] : layer.inputs;
}

/** Checks a layer's inputs against the layers before it; returns their shapes, or the problem. */
function readInputs(layer: LayerSpec, names: unknown, known: ReadonlyMap<string, Shape | null>): { names: string[]; shapes: (Shape | null)[] } | { problem: ShapeProblem } {
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) return { problem: { code: 'badInputs' } };
  const merge = layer.type === 'add' || layer.type === 'concatenate';
  if (merge ? names.length < 2 : names.length !== 1) return { problem: { code: 'inputCount', merge, count: names.length } };
  const missing = (names as string[]).find((n) => !known.has(n));
  if (missing !== undefined) return { problem: { code: 'unknownInput', name: missing } };
  return { names: names as string[], shapes: (names as string[]).map((n) => known.get(n) ?? null) };
}

/**
 * Infers every layer's output shape, parameters, multiply-adds and output size, and collects every
 * problem. Layers may branch (`inputs`) as long as each reads only layers above it. Never throws.
 */
export function summarizeNetwork(spec: NetworkSpec): NetworkSummary {
  const problems: LayerProblem[] = [];
  const layers: LayerSummary[] = [];
  const specInput = spec?.input ?? { height: 0, width: 0, channels: 0 };
  const inputShape: Shape = [specInput.height, specInput.width, specInput.channels];
  const badInput = inputProblem(spec);
  if (badInput) problems.push({ layerIndex: -1, layerName: 'input', problem: badInput });
  const specLayers: LayerSpec[] = Array.isArray(spec?.layers) ? spec.layers : [];

  const known = new Map<string, Shape | null>([[INPUT_NAME, badInput ? null : inputShape]]);
  let previous = INPUT_NAME;
  specLayers.forEach((layer, index) => {
    const name = typeof layer?.name === 'string' ? layer.name : '';
    let problem: ShapeProblem | undefined;
    const result = { outputShape: null as Shape | null, params: 0, nonTrainableParams: 0, multiplyAdds: 0, arithmetic: '', inputs: [] as string[] };
    if (!layer || typeof layer !== 'object') problem = { code: 'notALayer' };
    else if (!name.trim()) problem = { code: 'nameMissing' };
    else if (known.has(name)) problem = { code: 'nameTwice', name };
    else if (!LAYER_NAME_PATTERN.test(name)) problem = { code: 'nameNotAllowed', name };
    if (!problem) {
      const read = readInputs(layer, inputsOf(layer, previous), known);
      if ('problem' in read) problem = read.problem;
      else {
        result.inputs = read.names;
        const shapes = read.shapes.every((s): s is Shape => s !== null) ? read.shapes : null;
        const step = shapes ? checkLayer(layer, shapes) : null;
        if (step && 'problem' in step) problem = step.problem;
        else if (step) {
          Object.assign(result, { outputShape: step.shape, params: step.params, nonTrainableParams: step.nonTrainable ?? 0, multiplyAdds: step.multiplyAdds ?? 0, arithmetic: step.arithmetic });
          problem = trainingProblem(layer) ?? undefined;
        }
      }
    }
    if (name.trim() && !known.has(name)) known.set(name, result.outputShape);
    previous = name;
    if (problem) problems.push({ layerIndex: index, layerName: name.trim() ? name : `#${index + 1}`, problem });
    const activations = result.outputShape ? product(result.outputShape) : 0;
    layers.push({ name, type: layer?.type, ...result, activations, ...(problem ? { problem } : {}) });
  });

  const sum = (pick: (l: LayerSummary) => number) => layers.reduce((total, l) => total + pick(l), 0);
  const totalParams = sum((l) => l.params);
  checkEveryOutputRead(layers, problems);
  checkOutput(spec, specLayers, layers, problems);
  if (problems.every((p) => TRAINING_ONLY.has(p.problem.code)) && totalParams > MAX_TRAINABLE_PARAMS) {
    problems.push({
      layerIndex: -1, layerName: 'network',
      problem: { code: 'tooManyParams', params: totalParams, max: MAX_TRAINABLE_PARAMS },
    });
  }
  const valid = problems.every((p) => TRAINING_ONLY.has(p.problem.code));
  return {
    inputShape, layers, totalParams, totalNonTrainableParams: sum((l) => l.nonTrainableParams), totalMultiplyAdds: sum((l) => l.multiplyAdds),
    totalActivations: sum((l) => l.activations), problems, valid, trainable: problems.length === 0,
  };
}

/**
 * A model has one output, the last layer; a layer nothing reads would be a dead branch (tfjs leaves
 * it out of the model, so its parameters would be counted here but never trained).
 */
function checkEveryOutputRead(layers: LayerSummary[], problems: LayerProblem[]): void {
  if (!problems.every((p) => TRAINING_ONLY.has(p.problem.code))) return;
  const read = new Set(layers.flatMap((l) => l.inputs));
  layers.slice(0, -1).forEach((layer, index) => {
    if (read.has(layer.name)) return;
    const problem: ShapeProblem = { code: 'unusedOutput', name: layer.name };
    problems.push({ layerIndex: index, layerName: layer.name, problem });
    layer.problem ??= problem;
  });
}

/** The last layer must turn the network's output into class probabilities. */
function checkOutput(spec: NetworkSpec, specLayers: LayerSpec[], layers: LayerSummary[], problems: LayerProblem[]): void {
  if (!problems.every((p) => TRAINING_ONLY.has(p.problem.code))) return;
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
