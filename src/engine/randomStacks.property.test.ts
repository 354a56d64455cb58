import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalysedModel, buildModel } from './buildModel';
import { summarizeNetwork, type LayerProblem, type NetworkSummary } from './shapes';
import type { ShapeProblem } from './shapeProblems';
import { ACTIVATIONS, POOL_KINDS, WEIGHT_INITS, type LayerSpec, type NetworkSpec } from './spec';

/**
 * 1,000 random layer stacks, most of them broken on purpose (odd numbers, bad names, dangling
 * inputs, merges of different shapes), held against tfjs: whatever the validator passes, tfjs must
 * build with the same shapes and parameter count; whatever it refuses, it must say where.
 */

/**
 * Problems no single layer causes, reported at layer index −1: the spec's own fields (input size,
 * classes, weight initialisation), the parameter total, and a stack with no layer to point at.
 */
const isNetworkLevel = (problem: ShapeProblem) =>
  ['badInput', 'badClasses', 'tooManyParams', 'noLayers'].includes(problem.code) || (problem.code === 'unknownOption' && problem.setting === 'init');

/**
 * Building allocates every weight; a stack the validator passes only as "analysable" can hold
 * tens of millions (a 513-filter convolution flattened into a 4,097-unit dense layer). Those are
 * counted, not built, to keep this test within its time.
 */
const MAX_PARAMS_BUILT = 400_000;

/** Mostly ordinary values, sometimes one of the odd ones a hand-edited or shared spec can carry. */
const usually = <T, U>(ordinary: fc.Arbitrary<T>, odd: readonly U[]) =>
  fc.oneof({ arbitrary: ordinary, weight: 12 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });

/** Absent (undefined) `absentWeight` times as often as drawn from `arbitrary`. */
const mostlyAbsent = <T>(arbitrary: fc.Arbitrary<T>, absentWeight: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary, weight: 1 });

// Deliberately untyped strings among the options: the validator must name them, not trust the type.
const activation = usually(fc.constantFrom(...ACTIVATIONS), ['gelu', '']);
const padding = usually(fc.constantFrom('valid' as const, 'same' as const), ['full']);
const smallCount = (max: number) => usually(fc.integer({ min: 1, max }), [0, -2, 2.5, Number.NaN, 2000]);

/**
 * Layers are named by position (`l0`, `l1`, …) unless one of these is drawn instead: a repeat, an
 * empty or blank name, the input's own name, and names tfjs refuses.
 */
const name = mostlyAbsent(fc.constantFrom('l0', 'l1', '', ' ', 'input', 'two words', '展平', '_x'), 15);
/** `^k` reads the layer k places above (resolved once the stack is named); `l5` is usually not above yet. */
const inputName = usually(fc.constantFrom('input', '^1', '^2', '^3'), ['ghost', 'l5']);
const mergeInputs = usually(fc.array(inputName, { minLength: 2, maxLength: 3 }), [[], ['input']]);
/** A non-merge layer usually reads the layer before it; sometimes it names one (or two) explicitly. */
const singleInputs = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 8 },
  { arbitrary: usually(fc.tuple(inputName), [['input', 'l0']]), weight: 2 },
);

/** One layer of any type the analysis knows, fields drawn around (and sometimes beyond) their limits. */
const layer: fc.Arbitrary<LayerSpec> = fc.oneof(
  fc.record({
    type: fc.constant('conv2d' as const), filters: usually(fc.integer({ min: 1, max: 4 }), [0, -3, 2.5, 513]),
    kernel: smallCount(5), stride: smallCount(3), padding, activation,
    kernelWidth: mostlyAbsent(fc.integer({ min: 1, max: 3 }), 8),
    useBias: mostlyAbsent(fc.boolean(), 3),
  }, { requiredKeys: ['type', 'filters', 'kernel', 'stride', 'padding', 'activation'] }),
  fc.record({
    type: fc.constant('depthwiseConv2d' as const), kernel: smallCount(3), stride: smallCount(2), padding, activation,
    useBias: mostlyAbsent(fc.boolean(), 1),
  }, { requiredKeys: ['type', 'kernel', 'stride', 'padding', 'activation'] }),
  fc.record({ type: fc.constant('batchNorm' as const) }),
  // Pooling is drawn three times as often: its four kinds and two paddings make many cases.
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('pool' as const), kind: usually(fc.constantFrom(...POOL_KINDS), ['median']),
      size: smallCount(3), stride: smallCount(3), padding: mostlyAbsent(padding, 1),
    }, { requiredKeys: ['type', 'kind', 'size', 'stride'] }),
  },
  fc.record({ type: fc.constant('zeroPad' as const), padding: usually(fc.integer({ min: 0, max: 3 }), [-1, 65, 1.5]) }),
  fc.record({ type: fc.constant('flatten' as const) }),
  fc.record({ type: fc.constant('dense' as const), units: usually(fc.integer({ min: 1, max: 12 }), [0, -3, 2.5, 4097, 70_000]), activation }),
  fc.record({ type: fc.constant('dropout' as const), rate: usually(fc.double({ min: 0, max: 0.9, noNaN: true }), [1, -0.1, 2, Number.NaN]) }),
  fc.record({ type: fc.constant('activation' as const), activation }),
  fc.record({ type: fc.constantFrom('add' as const, 'concatenate' as const), inputs: mergeInputs }),
).chain((body) => fc.record({ name, inputs: 'inputs' in body ? fc.constant(body.inputs) : singleInputs }).map((wiring) => {
  const spec = { ...body, name: wiring.name } as LayerSpec;
  if (wiring.inputs !== undefined) spec.inputs = wiring.inputs;
  return spec;
}));
/** Gives every layer drawn without a name its positional one, then resolves `^k` to the name k places above. */
function named(drawn: LayerSpec[]): LayerSpec[] {
  const layers = drawn.map((l, i) => (l.name === undefined ? { ...l, name: `l${i}` } : l));
  const above = (i: number, reference: string) => (reference.startsWith('^') ? layers[i - Number(reference.slice(1))]?.name ?? 'input' : reference);
  return layers.map((l, i) => (l.inputs ? { ...l, inputs: l.inputs.map((reference) => above(i, reference)) } : l));
}

/** How the stack ends: often with a read-out that can make it trainable, sometimes with nothing. */
const head = fc.constantFrom('none', 'dense', 'flattenDense', 'globalPoolDense');
const headLayers = (kind: string, classes: number): LayerSpec[] => {
  const out: LayerSpec = { type: 'dense', name: 'out', units: classes, activation: 'softmax' };
  if (kind === 'dense') return [out];
  if (kind === 'flattenDense') return [{ type: 'flatten', name: 'flat' }, out];
  if (kind === 'globalPoolDense') return [{ type: 'pool', name: 'gap', kind: 'globalAverage', size: 1, stride: 1 }, out];
  return [];
};

const network: fc.Arbitrary<NetworkSpec> = fc.record({
  input: fc.record({
    height: usually(fc.integer({ min: 1, max: 64 }), [0, 2.5]),
    width: fc.integer({ min: 1, max: 64 }),
    channels: fc.integer({ min: 1, max: 3 }),
  }),
  classes: usually(fc.integer({ min: 1, max: 10 }), [0, -1]),
  init: mostlyAbsent(usually(fc.constantFrom(...WEIGHT_INITS), ['zeros']), 3),
  layers: fc.array(layer, { minLength: 0, maxLength: 6 }),
  head,
}).map(({ head: kind, layers, init, ...rest }) => ({ ...rest, ...(init === undefined ? {} : { init: init as NetworkSpec['init'] }), layers: [...named(layers), ...headLayers(kind, rest.classes)] }));

/** tfjs's own shapes and count against the summary's, layer by layer by name. */
function expectSameAsTfjs(model: tfl.LayersModel, summary: NetworkSummary): void {
  expect(model.countParams()).toBe(summary.totalParams);
  for (const layer of summary.layers) {
    expect({ layer: layer.name, shape: (model.getLayer(layer.name).outputShape as (number | null)[]).slice(1) })
      .toEqual({ layer: layer.name, shape: layer.outputShape });
  }
}

/** A problem names a layer that is in the stack (by index and by name), or is about the whole network. */
function namesWhereItIs(problem: LayerProblem, spec: NetworkSpec): boolean {
  if (problem.layerIndex === -1) return isNetworkLevel(problem.problem) && ['input', 'network'].includes(problem.layerName);
  const layer = spec.layers[problem.layerIndex];
  if (!layer) return false;
  // A layer without a usable name is named by its position, 1-based as the table shows it.
  return typeof layer.name === 'string' && layer.name.trim() ? problem.layerName === layer.name : problem.layerName === `#${problem.layerIndex + 1}`;
}

describe('1,000 random layer stacks', () => {
  it('are either built by tfjs exactly as summarised, or refused with a problem that says where', () => {
    const tensorsBefore = tf.memory().numTensors;
    const seen = { trainable: 0, analysedOnly: 0, invalid: 0, tooBigToBuild: 0 };
    fc.assert(fc.property(network, (spec) => {
      const summary = summarizeNetwork(spec);
      if (!summary.valid) {
        seen.invalid++;
        const misplaced = summary.problems.filter((p) => !namesWhereItIs(p, spec));
        expect(misplaced).toEqual([]);
        return;
      }
      if (summary.totalParams > MAX_PARAMS_BUILT) {
        seen.tooBigToBuild++;
        return;
      }
      const model = summary.trainable ? buildModel(spec, 1) : buildAnalysedModel(spec, 1);
      seen[summary.trainable ? 'trainable' : 'analysedOnly']++;
      try {
        expectSameAsTfjs(model, summary);
      } finally {
        model.dispose();
      }
    }), { seed: 20_240_611, numRuns: 1000 });
    // Every branch of the property must have been taken often enough to mean something.
    expect(seen.trainable).toBeGreaterThan(50);
    expect(seen.analysedOnly).toBeGreaterThan(20);
    expect(seen.invalid).toBeGreaterThan(300);
    expect(seen.tooBigToBuild).toBeLessThan(20);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});

describe('buildAnalysedModel', () => {
  // This property found L2Pooling2D ignoring same padding (a 2×2 pool where the summary said 3×3).
  it('builds an L2 pool with same padding in the shape the summary infers', () => {
    const spec: NetworkSpec = {
      input: { height: 5, width: 5, channels: 1 }, classes: 2,
      layers: [{ type: 'pool', name: 'pool', kind: 'l2', size: 2, stride: 2, padding: 'same' }, { type: 'flatten', name: 'flat' }, { type: 'dense', name: 'out', units: 2, activation: 'softmax' }],
    };
    const model = buildAnalysedModel(spec, 1);
    try {
      // ⌈5 / 2⌉ = 3 windows a side, as tfjs's own same-padded pooling gives.
      expect((model.getLayer('pool').outputShape as (number | null)[]).slice(1)).toEqual([3, 3, 1]);
    } finally {
      model.dispose();
    }
  });
});
