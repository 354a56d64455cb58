import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecurrentModel } from './buildRecurrentModel';
import { CELL_KINDS, recurrentLayerName, type RecurrentSpec } from './recurrentSpec';
import { summarizeRecurrent } from './recurrentSummary';
import { orthogonalMatrix } from './orthogonal';
import { createRandom } from '../../data/random';
import type { TaskGeometry } from '../../data/tasks/taskTypes';
import { taskGeometry } from '../../data/tasks/syntheticTask';

const models: tfl.LayersModel[] = [];
afterEach(() => models.splice(0).forEach((m) => m.dispose()));
const build = (spec: RecurrentSpec, geometry: TaskGeometry, seed = 1) => {
  const model = buildRecurrentModel(spec, geometry, seed);
  models.push(model);
  return model;
};
const spec = (patch: Partial<RecurrentSpec> = {}): RecurrentSpec => ({ cell: 'lstm', units: 5, layers: 1, bidirectional: false, forgetBias: 1, ...patch });
const weightsOf = (model: tfl.LayersModel, layer: number) => model.getLayer(recurrentLayerName(layer)).getWeights().map((w) => Array.from(w.dataSync()));

describe('buildRecurrentModel', () => {
  it('counts the same parameters as the pure summary, for every cell, depth, direction and task', () => {
    const geometries = [taskGeometry({ id: 'rowMnist' }), taskGeometry({ id: 'adding', length: 9 }), taskGeometry({ id: 'signal', length: 12, noise: 0.1 }), taskGeometry({ id: 'delayedRecall', delay: 4, symbols: 3 })];
    for (const cell of CELL_KINDS) {
      for (const layers of [1, 3]) {
        for (const bidirectional of [false, true]) {
          for (const geometry of geometries) {
            const s = spec({ cell, layers, bidirectional, units: 4 });
            const model = build(s, geometry);
            const summary = summarizeRecurrent(s, geometry);
            expect(summary.totalParams).toBe(model.countParams());
            // The model reads any number of steps (null); the summary is for the task's own length.
            const modelShape = model.outputs[0]!.shape.slice(1).map((d) => d ?? geometry.input[0]);
            expect(summary.layers.at(-1)!.outputShape).toEqual(modelShape);
            model.dispose();
            models.pop();
          }
        }
      }
    }
  });

  it('writes the arithmetic of an LSTM layer on row-by-row MNIST', () => {
    const summary = summarizeRecurrent(spec({ units: 64 }), taskGeometry({ id: 'rowMnist' }));
    // 4 gates × (28 inputs × 64 + 64 × 64 recurrent + 64 biases) = 4 × 6,208 = 23,808; read-out (64 + 1) × 10 = 650.
    expect(summary.layers[0]).toMatchObject({ outputShape: [64], params: 23_808, arithmetic: '4 × (28·64 + 64·64 + 64) = 23,808' });
    expect(summary.layers[1]).toMatchObject({ name: 'output', params: 650 });
    expect(summary.totalParams).toBe(24_458);
  });

  it('draws the same weights for the same seed, different ones per direction and seed', () => {
    const geometry = taskGeometry({ id: 'adding', length: 6 });
    const a = weightsOf(build(spec({ bidirectional: true }), geometry, 3), 0);
    const b = weightsOf(build(spec({ bidirectional: true }), geometry, 3), 0);
    const c = weightsOf(build(spec({ bidirectional: true }), geometry, 4), 0);
    expect(a).toEqual(b);
    expect(a[0]).not.toEqual(c[0]);
    // Forward weights come first, then backward: they must not be copies of each other.
    expect(a[0]).not.toEqual(a[3]);
    expect(a[1]).not.toEqual(a[4]);
  });

  it('starts the LSTM forget gate at the chosen bias and every other bias at 0', () => {
    const [, , bias] = weightsOf(build(spec({ units: 3, forgetBias: 2.5 }), taskGeometry({ id: 'adding', length: 6 })), 0);
    // Gate order in the fused bias: input, forget, candidate, output.
    expect(bias).toEqual([0, 0, 0, 2.5, 2.5, 2.5, 0, 0, 0, 0, 0, 0]);
  });

  it('starts recurrent kernels with orthonormal rows', () => {
    const [, recurrent] = weightsOf(build(spec({ units: 6 }), taskGeometry({ id: 'adding', length: 6 })), 0);
    const width = 24;
    for (let r = 0; r < 6; r++) {
      for (let q = 0; q < 6; q++) {
        let dot = 0;
        for (let k = 0; k < width; k++) dot += recurrent![r * width + k]! * recurrent![q * width + k]!;
        expect(dot).toBeCloseTo(r === q ? 1 : 0, 5);
      }
    }
  });

  it('draws an orthogonal square matrix whose transpose is its inverse', () => {
    const m = orthogonalMatrix(7, 7, createRandom(9));
    for (let r = 0; r < 7; r++) {
      for (let q = 0; q < 7; q++) {
        let dot = 0;
        for (let k = 0; k < 7; k++) dot += m[k * 7 + r]! * m[k * 7 + q]!;
        expect(dot).toBeCloseTo(r === q ? 1 : 0, 5);
      }
    }
  });

  it('leaks no tensors when built and disposed', () => {
    const before = tf.memory().numTensors;
    buildRecurrentModel(spec({ bidirectional: true, layers: 2 }), taskGeometry({ id: 'signal', length: 10, noise: 0 }), 1).dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
