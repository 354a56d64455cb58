/**
 * The convolution and pooling explainers' configurations in a link: an example by name, or the
 * edited grids in full, plus every setting. Each grid is checked against the explainer's limits
 * (sizes, depths and cell values) before it is used.
 */
import {
  DEFAULT_CONV_EXAMPLE, DEFAULT_POOL_EXAMPLE, EXPLAIN_ACTIVATIONS, EXPLAIN_LIMITS, EXPLAIN_POOL_KINDS, PADDING_MODES, POOL_PADDINGS,
  findConvExample, findPoolExample, type Volume,
} from '../../engine/explain';
import { isAllowed } from '../fieldRules';
import { exampleConfig, stepsOf, type ConvConfig } from '../explain/convExplainStore';
import { poolExampleConfig, type PoolConfig } from '../explain/poolExplainStore';
import { FieldReader, isObject, type SharedField, type SharedObject } from './shareFields';

const whole = (range: { min: number; max: number }) => ({ ...range, integer: true });

/** A grid from a link, or null unless its sizes and every value are ones the page itself allows. */
type Range = { min: number; max: number };

export function readVolume(value: unknown, channels: Range = EXPLAIN_LIMITS.channels, size: Range = EXPLAIN_LIMITS.gridSize): Volume | null {
  if (!isObject(value)) return null;
  const { channels: c, rows, cols, values } = value;
  if (!isAllowed(c, whole(channels)) || !isAllowed(rows, whole(size)) || !isAllowed(cols, whole(size))) return null;
  if (!Array.isArray(values) || values.length !== c * rows * cols) return null;
  if (!values.every((v) => isAllowed(v, EXPLAIN_LIMITS.cellValue))) return null;
  return { channels: c, rows, cols, values: values as number[] };
}

/** The edited grids of the convolution explainer, or null when any part is unusable or they do not fit together. */
function readConvGrids(value: unknown): Pick<ConvConfig, 'input' | 'kernels' | 'biases'> | null {
  if (!isObject(value)) return null;
  const input = readVolume(value.input);
  if (!input || !Array.isArray(value.kernels) || !Array.isArray(value.biases)) return null;
  if (!isAllowed(value.kernels.length, whole(EXPLAIN_LIMITS.filters)) || value.biases.length !== value.kernels.length) return null;
  const kernels = value.kernels.map((k) => readVolume(k, { min: input.channels, max: input.channels }, EXPLAIN_LIMITS.kernelSize));
  if (kernels.some((k) => k === null || k.rows !== k.cols || k.rows !== kernels[0]!.rows)) return null;
  if (!value.biases.every((b) => isAllowed(b, EXPLAIN_LIMITS.cellValue))) return null;
  return { input, kernels: kernels as Volume[], biases: value.biases as number[] };
}

export interface ConvShared {
  config: ConvConfig;
  position: number;
}

export function convSharedToJson({ config, position }: ConvShared): SharedObject {
  const { example, input, kernels, biases, ...settings } = config;
  return example ? { example, ...settings, position } : { example: null, grids: { input, kernels, biases }, ...settings, position };
}

export function readConvShared(source: SharedObject): { value: ConvShared; replaced: SharedField[] } {
  const reader = new FieldReader(source);
  const rawExample = reader.raw('example');
  const named = rawExample === null ? null : findConvExample(String(rawExample ?? DEFAULT_CONV_EXAMPLE))?.id ?? reader.replace('example', DEFAULT_CONV_EXAMPLE);
  const base = exampleConfig(named ?? DEFAULT_CONV_EXAMPLE);
  const grids = named ? null : reader.parse('grids', readConvGrids, null) ?? reader.replace('grids', null);
  const config: ConvConfig = {
    ...base,
    ...(grids ? { ...grids, example: null } : {}),
    stride: reader.number('stride', whole(EXPLAIN_LIMITS.stride), 1),
    paddingMode: reader.choice('padding', PADDING_MODES, 'valid', 'paddingMode'),
    paddingAmount: reader.number('padding', whole(EXPLAIN_LIMITS.padding), 1, 'paddingAmount'),
    dilation: reader.number('dilation', whole(EXPLAIN_LIMITS.dilation), 1),
    activation: reader.choice('activation', EXPLAIN_ACTIVATIONS, 'none'),
    flip: reader.boolean('flip', false),
  };
  const position = reader.number('position', { min: 0, max: stepsOf(config), integer: true }, 0);
  return { value: { config, position }, replaced: reader.replaced };
}

export function poolSharedToJson(config: PoolConfig): SharedObject {
  const { example, input, ...settings } = config;
  return example ? { example, ...settings } : { example: null, input, ...settings };
}

export function readPoolShared(source: SharedObject): { value: PoolConfig; replaced: SharedField[] } {
  const reader = new FieldReader(source);
  const rawExample = reader.raw('example');
  const named = rawExample === null ? null : findPoolExample(String(rawExample ?? DEFAULT_POOL_EXAMPLE))?.id ?? reader.replace('example', DEFAULT_POOL_EXAMPLE);
  const base = poolExampleConfig(named ?? DEFAULT_POOL_EXAMPLE);
  const input = named ? null : reader.parse('grids', (v) => readVolume(v), null, 'input') ?? reader.replace('grids', null, 'input');
  return {
    value: {
      ...base,
      ...(input ? { input, example: null } : {}),
      kind: reader.choice('poolType', EXPLAIN_POOL_KINDS, 'max', 'kind'),
      size: reader.number('windowSize', whole(EXPLAIN_LIMITS.kernelSize), 2, 'size'),
      stride: reader.number('stride', whole(EXPLAIN_LIMITS.stride), 2),
      padding: reader.choice('padding', POOL_PADDINGS, 'valid'),
    },
    replaced: reader.replaced,
  };
}
