import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { TrainingSession } from '../trainingSession';
import { buildRecurrentModel } from './buildRecurrentModel';
import { unrollNetwork } from './inspectRecurrent';
import { createSyntheticTask } from '../../data/tasks/syntheticTask';
import type { TaskSpec } from '../../data/tasks/taskTypes';
import type { RecurrentSpec } from './recurrentSpec';

const tasks: TaskSpec[] = [
  { id: 'delayedRecall', delay: 4, symbols: 3 },
  { id: 'adding', length: 8 },
  { id: 'signal', length: 10, noise: 0.1 },
];

describe('training recurrent networks on every generated task', () => {
  for (const task of tasks) {
    it(`${task.id}: lowers the loss on a fixed batch and leaks no tensors across train, step, evaluate and unroll`, async () => {
      const data = createSyntheticTask(task as Extract<TaskSpec, { id: 'delayedRecall' | 'adding' | 'signal' }>, 3);
      const spec: RecurrentSpec = { cell: 'gru', units: 6, layers: 2, bidirectional: true, forgetBias: 1 };
      const fixed = data.nextBatch(16);
      const session = new TrainingSession(buildRecurrentModel(spec, data.geometry, 3), data.geometry,
        { optimizer: 'adam', learningRate: 0.02, batchSize: 16, l2: 0 }, { nextBatch: () => fixed });
      try {
        session.trainStep();
        const first = (await session.readMetrics())!.loss;
        const atRest = tf.memory().numTensors;
        for (let i = 0; i < 25; i++) session.trainStep();
        await session.readMetrics();
        const evaluation = await session.evaluate(data.estimateSet);
        const [steps, features] = data.geometry.input as [number, number];
        await unrollNetwork(session.model, spec, data.example(0).batch.inputs, steps, features);
        session.trainStep();
        const later = (await session.readMetrics())!.loss;
        expect(tf.memory().numTensors).toBe(atRest);
        expect(later).toBeLessThan(first);
        expect(evaluation.count).toBe(512);
        expect(evaluation.answers).toBe(data.geometry.perStep ? 512 * steps : 512);
        expect(evaluation.accuracy).toBeGreaterThanOrEqual(0);
        expect(evaluation.accuracy).toBeLessThanOrEqual(1);
      } finally {
        session.dispose();
      }
    });
  }
});
