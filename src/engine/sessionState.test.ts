import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TrainingSession, type BatchSource, type TrainingOptions } from './trainingSession';
import { buildModel } from './buildModel';
import { rawMnist } from '../test/mnistFixture';
import { MNIST_INPUT, type NetworkSpec } from './spec';
import { mnistGeometry, pixelsToInputs } from '../data/tasks/mnistTask';
import { OPTIMIZER_NAMES } from './optimizerNames';
import { expectedSlotShapes } from './sessionState';
import { expectedWeightShapes } from './weightShapes';
import type { Batch } from '../data/tasks/taskTypes';

const train = rawMnist('train', 256);
const geometry = mnistGeometry('mnistImages');

/** Consecutive slices of the fixture, starting at `start` (so two sources can stand at the same place). */
function source(start = 0): BatchSource & { at: number } {
  return {
    at: start,
    nextBatch(size: number): Batch {
      const from = this.at;
      this.at = (this.at + size) % (train.count - size);
      return { inputs: pixelsToInputs(train.images.slice(from * 784, (from + size) * 784)), targets: { kind: 'classes', labels: Int32Array.from(train.labels.slice(from, from + size)) }, count: size };
    },
  };
}

/** No dropout: with the same weights, optimizer state and batches, two sessions must compute the same steps. */
const network: NetworkSpec = {
  input: { ...MNIST_INPUT }, classes: 10,
  layers: [
    { type: 'conv2d', name: 'conv1', filters: 3, kernel: 5, stride: 2, padding: 'valid', activation: 'relu' },
    { type: 'pool', name: 'pool1', kind: 'max', size: 2, stride: 2 },
    { type: 'flatten', name: 'flatten' },
    { type: 'dense', name: 'output', units: 10, activation: 'softmax' },
  ],
};

const sessions: TrainingSession[] = [];
function session(options: Partial<TrainingOptions>, seed: number, from = source()) {
  const s = new TrainingSession(buildModel(network, seed), geometry, { optimizer: 'adam', learningRate: 0.01, batchSize: 8, l2: 0, ...options }, from);
  sessions.push(s);
  return s;
}
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

const flat = async (s: TrainingSession) => (await s.exportWeights()).flatMap((w) => Array.from(w.values));

describe('saving and restoring a session\'s state', () => {
  for (const optimizer of OPTIMIZER_NAMES) {
    it(`resumes ${optimizer} exactly where it stopped`, async () => {
      const originalSource = source();
      const original = session({ optimizer }, 1, originalSource);
      for (let i = 0; i < 5; i++) original.trainStep();
      const state = await original.exportState();
      expect(state.optimizer.iterations).toBe(5);
      const weightShapes = expectedWeightShapes({ kind: 'convolutional', network }, geometry)!;
      expect(state.optimizer.slots.map((s) => s.shape)).toEqual(expectedSlotShapes(optimizer, weightShapes));

      // A different seed: every weight the restored session trains with must come from the state.
      const restored = session({ optimizer }, 99, source(originalSource.at));
      await restored.importState(state);
      for (let i = 0; i < 3; i++) {
        original.trainStep();
        restored.trainStep();
      }
      expect(await flat(restored)).toEqual(await flat(original));
    });
  }

  it('differs when only the weights come back (so the test above would notice a lost optimizer state)', async () => {
    const original = session({ optimizer: 'adam' }, 1);
    for (let i = 0; i < 5; i++) original.trainStep();
    const weightsOnly = session({ optimizer: 'adam' }, 99, source(40));
    weightsOnly.importWeights(await original.exportWeights());
    original.trainStep();
    weightsOnly.trainStep();
    expect(await flat(weightsOnly)).not.toEqual(await flat(original));
  });

  it('leaks no tensors when exporting and importing', async () => {
    const original = session({ optimizer: 'rmsprop' }, 1);
    original.trainStep();
    await original.readMetrics();
    const before = tf.memory().numTensors;
    const state = await original.exportState();
    expect(tf.memory().numTensors).toBe(before);
    const restored = new TrainingSession(buildModel(network, 2), geometry, original.getOptions(), source());
    await restored.importState(state);
    restored.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('starts the optimizer afresh when the saved state belongs to another optimizer', async () => {
    const original = session({ optimizer: 'adam' }, 1);
    original.trainStep();
    const restored = session({ optimizer: 'sgd' }, 1);
    await restored.importState(await original.exportState());
    expect((await restored.exportOptimizer()).iterations).toBe(0);
    expect(await flat(restored)).toEqual(await flat(original));
  });
});
