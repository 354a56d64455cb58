/**
 * The explicit unroll is checked against the layer itself (its loss equals the loss of
 * model.predict) and its per-step gradients against central finite differences of the loss with
 * the hidden state nudged at that step, unit by unit.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../data/random';
import type { TaskGeometry, Targets } from '../../data/tasks/taskTypes';
import { taskLoss } from '../loss';
import { buildRecurrentModel } from './buildRecurrentModel';
import { gradientsThroughTime, singleTarget, unrolledLoss } from './gradientsThroughTime';
import { CELL_KINDS, type CellKind, type RecurrentSpec } from './recurrentSpec';

const STEPS = 5;
const FEATURES = 2;

const geometries: Record<string, TaskGeometry> = {
  manyToOneClasses: { input: [STEPS, FEATURES], output: { kind: 'classes', classes: 3 }, perStep: false, shape: 'manyToOne' },
  manyToManyValues: { input: [STEPS, FEATURES], output: { kind: 'values', tolerance: 0.1 }, perStep: true, shape: 'manyToMany' },
  manyToManyClasses: { input: [STEPS, FEATURES], output: { kind: 'classes', classes: 3 }, perStep: true, shape: 'manyToMany' },
};

function exampleFor(geometry: TaskGeometry, seed: number): { inputs: Float32Array; targets: Targets } {
  const random = createRandom(seed);
  const inputs = Float32Array.from({ length: STEPS * FEATURES }, () => 2 * random() - 1);
  const answers = geometry.perStep ? STEPS : 1;
  const targets: Targets = geometry.output.kind === 'classes'
    ? { kind: 'classes', labels: Int32Array.from({ length: answers }, () => Math.floor(random() * 3)) }
    : { kind: 'values', values: Float32Array.from({ length: answers }, () => random()) };
  return { inputs, targets };
}

const spec = (cell: CellKind, layers: number, bidirectional: boolean): RecurrentSpec => ({ cell, units: 3, layers, bidirectional, forgetBias: 1 });

describe('the explicitly unrolled network', () => {
  for (const cell of CELL_KINDS) {
    for (const [name, geometry] of Object.entries(geometries)) {
      for (const bidirectional of [false, true]) {
        it(`${cell}, ${name}, ${bidirectional ? 'bidirectional, 2 layers' : '1 layer'}: its loss equals the model's loss`, () => {
          const s = spec(cell, bidirectional ? 2 : 1, bidirectional);
          const model = buildRecurrentModel(s, geometry, 7);
          const { inputs, targets } = exampleFor(geometry, 3);
          const [ours, theirs] = tf.tidy(() => {
            const x = tf.tensor2d(inputs, [STEPS, FEATURES]);
            const target = singleTarget(targets, geometry);
            const directions = bidirectional ? 2 : 1;
            const zeros = Array.from({ length: s.layers * directions }, () => Array.from({ length: STEPS }, () => tf.zeros([1, s.units]) as tf.Tensor2D));
            const predicted = model.predict(tf.expandDims(x, 0)) as tf.Tensor;
            return [unrolledLoss(model, s, geometry, x, target, zeros).dataSync()[0]!, taskLoss(geometry.output, predicted, target).dataSync()[0]!];
          });
          model.dispose();
          expect(Math.abs(ours - theirs)).toBeLessThan(1e-5);
        });
      }
    }
  }
});

/** ‖∂L/∂hₜ‖ by central differences: nudge each unit of hₜ of layer-direction k by ±ε. */
function finiteDifferenceNorms(model: Parameters<typeof unrolledLoss>[0], s: RecurrentSpec, geometry: TaskGeometry, inputs: Float32Array, targets: Targets, k: number): number[] {
  const directions = s.bidirectional ? 2 : 1;
  const epsilon = 1e-2;
  return tf.tidy(() => {
    const x = tf.tensor2d(inputs, [STEPS, FEATURES]);
    const target = singleTarget(targets, geometry);
    const lossWith = (t: number, unit: number, delta: number) => tf.tidy(() => {
      const offsets = Array.from({ length: s.layers * directions }, (_a, kk) => Array.from({ length: STEPS }, (_b, tt) => {
        const nudge = new Float32Array(s.units);
        if (kk === k && tt === t) nudge[unit] = delta;
        return tf.tensor2d(nudge, [1, s.units]);
      }));
      return unrolledLoss(model, s, geometry, x, target, offsets).dataSync()[0]!;
    });
    return Array.from({ length: STEPS }, (_v, t) => {
      let sum = 0;
      for (let unit = 0; unit < s.units; unit++) {
        const slope = (lossWith(t, unit, epsilon) - lossWith(t, unit, -epsilon)) / (2 * epsilon);
        sum += slope * slope;
      }
      return Math.sqrt(sum);
    });
  });
}

describe('gradients through time', () => {
  for (const cell of CELL_KINDS) {
    it(`${cell}: every step's ‖∂L/∂hₜ‖ equals finite differences, in every layer and direction, without leaking tensors`, async () => {
      const geometry = geometries.manyToOneClasses!;
      const s = spec(cell, 2, true);
      const model = buildRecurrentModel(s, geometry, 11);
      const { inputs, targets } = exampleFor(geometry, 5);
      const before = tf.memory().numTensors;
      const result = await gradientsThroughTime(model, s, geometry, inputs, targets);
      expect(tf.memory().numTensors).toBe(before);
      expect(result.layers.map((l) => `${l.layer}${l.direction}`)).toEqual(['0forward', '0backward', '1forward', '1backward']);
      result.layers.forEach((layer, k) => {
        const reference = finiteDifferenceNorms(model, s, geometry, inputs, targets, k);
        layer.norms.forEach((norm, t) => {
          expect(Math.abs(norm - reference[t]!)).toBeLessThan(2e-3 + 0.02 * reference[t]!);
        });
      });
      model.dispose();
    });
  }

  it('many-to-one: the last step of the top forward layer gets the largest share, and only later steps feed an earlier one', async () => {
    const geometry = geometries.manyToOneClasses!;
    const s = spec('simpleRNN', 1, false);
    const model = buildRecurrentModel(s, geometry, 2);
    const { inputs, targets } = exampleFor(geometry, 9);
    const result = await gradientsThroughTime(model, s, geometry, inputs, targets);
    const norms = result.layers[0]!.norms;
    // tanh' ≤ 1 and an orthogonal U: a step back can never grow the gradient.
    for (let t = 0; t < STEPS - 1; t++) expect(norms[t]!).toBeLessThanOrEqual(norms[t + 1]! * (1 + 1e-5));
    model.dispose();
  });
});
