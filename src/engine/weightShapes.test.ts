import { describe, expect, it } from 'vitest';
import { expectedWeightShapes } from './weightShapes';
import { buildModelFor, type ModelSpec } from './modelSpec';
import { PRESETS } from './presets';
import { RNN_PRESETS } from './recurrent/rnnPresets';
import { CELL_KINDS } from './recurrent/recurrentSpec';
import { taskGeometry } from '../data/tasks/syntheticTask';
import type { TaskSpec } from '../data/tasks/taskTypes';
import { MNIST_INPUT } from './spec';

/** The shapes tfjs itself gives the built model's weights: the independent reference. */
function builtShapes(model: ModelSpec, task: TaskSpec): number[][] {
  const built = buildModelFor(model, taskGeometry(task), 3);
  try {
    return built.getWeights().map((w) => w.shape);
  } finally {
    built.dispose();
  }
}

describe('expected weight shapes, from the spec alone', () => {
  it('equal the built model\'s weights for every CNN preset and odd layer stacks', () => {
    const stacks: ModelSpec[] = PRESETS.map((p) => ({ kind: 'convolutional', network: p.spec }));
    stacks.push({
      kind: 'convolutional',
      network: {
        input: { ...MNIST_INPUT }, classes: 10, layers: [
          { type: 'conv2d', name: 'c1', filters: 3, kernel: 3, stride: 2, padding: 'same', activation: 'relu' },
          { type: 'pool', name: 'p', kind: 'globalAverage', size: 2, stride: 2 },
          { type: 'dense', name: 'out', units: 10, activation: 'softmax' },
        ],
      },
    });
    for (const model of stacks) expect(expectedWeightShapes(model, taskGeometry({ id: 'mnistImages' }))).toEqual(builtShapes(model, { id: 'mnistImages' }));
  });

  it('equal the built model\'s weights for every RNN preset and every cell, depth and direction', () => {
    for (const preset of RNN_PRESETS) {
      const model: ModelSpec = { kind: 'recurrent', recurrent: preset.network };
      expect(expectedWeightShapes(model, taskGeometry(preset.task))).toEqual(builtShapes(model, preset.task));
    }
    const task: TaskSpec = { id: 'adding', length: 6 };
    for (const cell of CELL_KINDS) {
      for (const bidirectional of [false, true]) {
        const model: ModelSpec = { kind: 'recurrent', recurrent: { cell, units: 3, layers: 2, bidirectional, forgetBias: 1 } };
        expect(expectedWeightShapes(model, taskGeometry(task))).toEqual(builtShapes(model, task));
      }
    }
  });

  it('is null for a network that cannot be built', () => {
    const network = { input: { ...MNIST_INPUT }, classes: 10, layers: [{ type: 'dense' as const, name: 'd', units: 10, activation: 'softmax' as const }] };
    expect(expectedWeightShapes({ kind: 'convolutional', network }, taskGeometry({ id: 'mnistImages' }))).toBeNull();
  });
});
