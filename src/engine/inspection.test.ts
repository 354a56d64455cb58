import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from './buildModel';
import { Inspector } from './inspection';
import { MNIST_INPUT, type NetworkSpec } from './spec';
import { naiveConv, naivePool, type Volume } from '../test/naiveLayers';
import { createRandom } from '../data/random';

const spec: NetworkSpec = {
  input: { ...MNIST_INPUT }, classes: 10,
  layers: [
    { type: 'conv2d', name: 'conv1', filters: 3, kernel: 5, stride: 1, padding: 'valid', activation: 'relu' },
    { type: 'pool', name: 'pool1', kind: 'max', size: 2, stride: 2 },
    { type: 'conv2d', name: 'conv2', filters: 4, kernel: 3, stride: 2, padding: 'same', activation: 'tanh' },
    { type: 'pool', name: 'pool2', kind: 'l2', size: 2, stride: 1 },
    { type: 'pool', name: 'pool3', kind: 'average', size: 2, stride: 2 },
    { type: 'flatten', name: 'flatten' },
    { type: 'dense', name: 'output', units: 10, activation: 'softmax' },
  ],
};
const models: ReturnType<typeof buildModel>[] = [];
afterEach(() => models.splice(0).forEach((m) => m.dispose()));

function randomPixels(seed: number): Uint8Array {
  const random = createRandom(seed);
  return Uint8Array.from({ length: 784 }, () => Math.floor(random() * 256));
}

function expectClose(actual: Float32Array, expected: Float32Array) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThan(1e-4);
}

describe('Inspector', () => {
  it('shows conv and pooling outputs equal to a nested-loop implementation', async () => {
    for (const seed of [1, 2, 3]) {
      const model = buildModel(spec, seed);
      models.push(model);
      const inspector = new Inspector(model, spec.input, spec.layers);
      const layers = await inspector.activations(randomPixels(seed));
      const [conv1, conv2] = await inspector.filters();
      const volume = (i: number): Volume => {
        const a = layers[i]!;
        return { h: a.shape[0]!, w: a.shape[1]!, c: a.shape[2]!, values: a.values };
      };
      expect(layers.map((l) => l.name)).toEqual(['input', ...spec.layers.map((l) => l.name)]);
      expect(layers[1]!.shape).toEqual([24, 24, 3]);
      const relu = (v: number) => Math.max(0, v);
      expectClose(naiveConv(volume(0), conv1!.kernel, conv1!.bias, 5, 3, 1, 24, 24, 0, 0, relu).values, layers[1]!.values);
      expectClose(naivePool(volume(1), 2, 2, 'max').values, layers[2]!.values);
      // 'same' padding of a 3×3 window with stride 2 on 12×12: total pad max((6−1)·2 + 3 − 12, 0) = 1, top 0.
      expectClose(naiveConv(volume(2), conv2!.kernel, conv2!.bias, 3, 4, 2, 6, 6, 0, 0, Math.tanh).values, layers[3]!.values);
      expectClose(naivePool(volume(3), 2, 1, 'l2').values, layers[4]!.values);
      expectClose(naivePool(volume(4), 2, 2, 'average').values, layers[5]!.values);
      const probabilities = layers.at(-1)!.values;
      expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('leaks no tensors', async () => {
    const model = buildModel(spec, 9);
    models.push(model);
    const inspector = new Inspector(model, spec.input, spec.layers);
    await inspector.activations(randomPixels(1));
    await inspector.filters();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      await inspector.activations(randomPixels(i));
      await inspector.filters();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('Inspector on a branched network', () => {
  // tfjs lists this model's layers as stem, b1, a, b2, joined, ...: not the spec's order.
  const branched: NetworkSpec = {
    input: { ...MNIST_INPUT }, classes: 10, layers: [
      { type: 'conv2d', name: 'stem', filters: 2, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
      { type: 'conv2d', name: 'a', filters: 2, kernel: 1, stride: 1, padding: 'same', activation: 'relu' },
      { type: 'conv2d', name: 'b1', filters: 3, kernel: 1, stride: 1, padding: 'same', activation: 'relu', inputs: ['stem'] },
      { type: 'conv2d', name: 'b2', filters: 2, kernel: 3, stride: 1, padding: 'same', activation: 'linear' },
      { type: 'add', name: 'sum', inputs: ['a', 'b2', 'stem'] },
      { type: 'flatten', name: 'flatten' },
      { type: 'dense', name: 'output', units: 10, activation: 'softmax' },
    ],
  };

  it('reports every layer under its spec index and name; an add is the sum of what it reads', async () => {
    const model = buildModel(branched, 2);
    models.push(model);
    expect(model.layers.slice(1).map((l) => l.name)).not.toEqual(branched.layers.map((l) => l.name));
    const maps = await new Inspector(model, branched.input, branched.layers).activations(randomPixels(8));
    expect(maps.map((m) => [m.name, m.type])).toEqual([['input', 'input'], ...branched.layers.map((l) => [l.name, l.type])]);
    const byName = new Map(maps.map((m) => [m.name, m.values]));
    const expected = byName.get('a')!.map((v, k) => v + byName.get('b2')![k]! + byName.get('stem')![k]!);
    expectClose(byName.get('sum')!, expected);
    const filters = await new Inspector(model, branched.input, branched.layers).filters();
    expect(filters.map((f) => [f.name, f.shape])).toEqual([['stem', [3, 3, 1, 2]], ['a', [1, 1, 2, 2]], ['b1', [1, 1, 2, 3]], ['b2', [3, 3, 3, 2]]]);
  });
});

describe('effective receptive field', () => {
  it('is zero outside the arithmetic receptive field and not all zero inside, and leaks nothing', async () => {
    const { unitFieldRange } = await import('./receptiveField');
    const model = buildModel(spec, 5);
    models.push(model);
    const inspector = new Inspector(model, spec.input, spec.layers);
    const pixels = randomPixels(4);
    const units = [
      { layerIndex: 0, channel: 1, row: 7, col: 3 },
      { layerIndex: 1, channel: 2, row: 4, col: 10 },
      { layerIndex: 2, channel: 3, row: 2, col: 5 },
      { layerIndex: 4, channel: 0, row: 1, col: 1 },
    ];
    await inspector.effectiveField(pixels, units[0]!);
    const activations = await inspector.activations(pixels);
    const before = tf.memory().numTensors;
    let unitsWithSignal = 0;
    for (const unit of units) {
      const gradient = await inspector.effectiveField(pixels, unit);
      const rows = unitFieldRange(spec, unit.layerIndex, unit.row, 'rows')!;
      const cols = unitFieldRange(spec, unit.layerIndex, unit.col, 'cols')!;
      let inside = 0;
      for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) {
        const g = Math.abs(gradient[r * 28 + c]!);
        const within = r >= rows.first && r <= rows.last && c >= cols.first && c <= cols.last;
        if (!within) expect(g, `pixel ${r},${c} of unit ${JSON.stringify(unit)}`).toBe(0);
        else inside += g;
      }
      // A ReLU unit that is off (or a max-pool fed only by such units) has no gradient at all.
      const layer = activations[unit.layerIndex + 1]!;
      const value = layer.values[(unit.row * layer.shape[1]! + unit.col) * layer.shape[2]! + unit.channel]!;
      if (value !== 0) {
        expect(inside).toBeGreaterThan(0);
        unitsWithSignal++;
      }
    }
    expect(unitsWithSignal).toBeGreaterThanOrEqual(2);
    expect(tf.memory().numTensors).toBe(before);
  });
});
