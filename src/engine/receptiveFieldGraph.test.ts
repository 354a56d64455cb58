/**
 * Receptive fields through branches, against an independent reference: tfjs's own gradients. With
 * every weight positive, every bias zero, linear units and an all-ones input, the derivative of a
 * unit with respect to an input pixel is a sum of positive products over every path that connects
 * them, so it is non-zero exactly where the unit depends on the pixel (average pooling spreads its
 * gradient over the whole window; max pooling would pick one winner).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { buildModel } from './buildModel';
import { fieldGeometries, fieldSteps, unitFieldRange } from './receptiveField';
import { summarizeNetwork } from './shapes';
import type { LayerSpec, NetworkSpec } from './spec';

const conv = (name: string, kernel: number, extra: Partial<LayerSpec> = {}): LayerSpec =>
  ({ type: 'conv2d', name, filters: 2, kernel, stride: 1, padding: 'same', activation: 'linear', ...extra } as LayerSpec);

/**
 * A residual block (3×3 then 5×5 beside the identity skip, and a wide 11×11 projection straight
 * from the input, so the union is wider than the main path), a stride-2 block with a parallel
 * branch, a dense head.
 */
const RESIDUAL: NetworkSpec = {
  input: { height: 16, width: 16, channels: 1 }, classes: 10, layers: [
    conv('c1', 3),
    conv('c2', 3),
    conv('c3', 5),
    conv('wideSkip', 11, { inputs: ['input'] }),
    { type: 'add', name: 'sum', inputs: ['c3', 'c1', 'wideSkip'] },
    { type: 'pool', name: 'pool', kind: 'average', size: 2, stride: 2 },
    conv('wide', 3, { stride: 2 }),
    conv('narrow', 1, { stride: 2, padding: 'valid', inputs: ['pool'] }),
    { type: 'concatenate', name: 'joined', inputs: ['narrow', 'wide'] },
    { type: 'flatten', name: 'flat' },
    { type: 'dense', name: 'out', units: 10, activation: 'softmax' },
  ],
};

/** Rows (or columns) of the input where ∂unit/∂pixel ≠ 0, as a first–last range; null if none. */
function dependentRange(model: tfl.LayersModel, layerName: string, unit: [number, number, number], axis: 'rows' | 'cols'): { first: number; last: number } | null {
  const upTo = (model.getLayer(layerName).output as tfl.SymbolicTensor);
  const probe = tf.tidy(() => {
    const grad = tf.grad((x: tf.Tensor) => {
      // Re-run the graph up to the layer, as the layers are shared (tfjs's execute on the functional graph).
      const out = (model as unknown as { execute(x: tf.Tensor, names: string): tf.Tensor }).execute(x, upTo.name);
      return tf.sum(tf.slice(out, [0, unit[0], unit[1], unit[2]], [1, 1, 1, 1]));
    });
    return grad(tf.ones([1, 16, 16, 1]));
  });
  const values = probe.arraySync() as number[][][][];
  probe.dispose();
  const hits = new Set<number>();
  values[0]!.forEach((row, r) => row.forEach((v, c) => { if (v[0] !== 0) hits.add(axis === 'rows' ? r : c); }));
  return hits.size ? { first: Math.min(...hits), last: Math.max(...hits) } : null;
}

describe('receptive fields through branches', () => {
  it('the spec is one the lab trains', () => {
    expect(summarizeNetwork(RESIDUAL).problems).toEqual([]);
  });

  it('through a residual block the field is the union of the convolution path and the skip', () => {
    const fields = fieldGeometries(RESIDUAL);
    // c1: 3; c2: 5; c3: 9 (start −4); the identity skip brings c1's 3, the projection 11: the union is 11.
    expect(fields.slice(0, 5)).toEqual([
      { size: 3, jump: 1, start: -1 }, { size: 5, jump: 1, start: -2 }, { size: 9, jump: 1, start: -4 },
      { size: 11, jump: 1, start: -5 }, { size: 11, jump: 1, start: -5 },
    ]);
    // The formula follows the widest path.
    expect(fieldSteps(RESIDUAL, 2).map((s) => s.name)).toEqual(['c1', 'c2', 'c3']);
    expect(fieldSteps(RESIDUAL, 4).map((s) => s.name)).toEqual(['wideSkip']);
    expect(fieldSteps(RESIDUAL, 7).map((s) => s.name)).toEqual(['wideSkip', 'pool', 'narrow']);
  });

  it('equals the pixels each unit really depends on (tfjs gradients), for every unit of every spatial layer', () => {
    const model = buildModel(RESIDUAL, 1);
    const before = tf.memory().numTensors;
    try {
      const positive = model.getWeights().map((w) => tf.fill(w.shape, w.shape.length === 1 ? 0 : 0.1));
      model.setWeights(positive);
      tf.dispose(positive);
      const summary = summarizeNetwork(RESIDUAL);
      let checked = 0;
      summary.layers.forEach((layer, index) => {
        const shape = layer.outputShape!;
        if (shape.length !== 3) return;
        for (let r = 0; r < shape[0]!; r += 3) {
          const c = (r * 5) % shape[1]!;
          // Every channel: a concatenated unit depends only on the branch its channel comes from.
          for (let ch = 0; ch < shape[2]!; ch++) {
            const unit: [number, number, number] = [r, c, ch];
            expect([layer.name, unit, unitFieldRange(RESIDUAL, index, r, 'rows', -1, ch)]).toEqual([layer.name, unit, dependentRange(model, layer.name, unit, 'rows')]);
            expect([layer.name, unit, unitFieldRange(RESIDUAL, index, c, 'cols', -1, ch)]).toEqual([layer.name, unit, dependentRange(model, layer.name, unit, 'cols')]);
            checked++;
          }
        }
      });
      expect(checked).toBeGreaterThan(40);
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBeLessThan(before);
  });

  it('outlines stop at a layer in between only on the paths through it', () => {
    // A unit of `narrow` reads `pool` directly: nothing of it passes through `wide`.
    expect(unitFieldRange(RESIDUAL, 7, 1, 'rows', 6)).toBeNull();
    expect(unitFieldRange(RESIDUAL, 7, 1, 'rows', 5)).toEqual({ first: 2, last: 2 });
    // A unit of `sum` reaches c1 through c3 and c2 (rows 8 ± 3) and through the skip (row 8), not through the projection.
    expect(unitFieldRange(RESIDUAL, 4, 8, 'rows', 0)).toEqual({ first: 5, last: 11 });
  });
});
