/**
 * Clipping is checked on what the optimizer really did: with plain SGD at learning rate 1 the
 * change of the weights IS the applied gradient, so its length is measured from the weights
 * themselves, before and after each step.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createSyntheticTask } from '../data/tasks/syntheticTask';
import { buildRecurrentModel } from './recurrent/buildRecurrentModel';
import { globalNorm } from './gradientClipping';
import { TrainingSession, type TrainingOptions } from './trainingSession';

async function weightsOf(session: TrainingSession): Promise<Float64Array> {
  const parts = await Promise.all(session.model.trainableWeights.map((w) => w.read().data()));
  return Float64Array.from(parts.flatMap((p) => Array.from(p)));
}

const distance = (a: Float64Array, b: Float64Array) => Math.sqrt(a.reduce((sum, v, i) => sum + (v - b[i]!) ** 2, 0));

function sessionWith(options: Partial<TrainingOptions>): TrainingSession {
  const task = createSyntheticTask({ id: 'adding', length: 12 }, 4);
  // A recurrent kernel far from orthogonal after a few big steps: large, varied gradient norms.
  const model = buildRecurrentModel({ cell: 'simpleRNN', units: 8, layers: 1, bidirectional: false, forgetBias: 1 }, task.geometry, 4);
  return new TrainingSession(model, task.geometry, { optimizer: 'sgd', learningRate: 1, batchSize: 8, l2: 0, ...options }, task);
}

describe('global-norm clipping', () => {
  it('globalNorm is the length of all gradients laid end to end', () => {
    const a = [1, -2, 3];
    const b = [[0.5, 4], [-1, 0]];
    const norm = tf.tidy(() => globalNorm([tf.tensor1d(a), tf.tensor2d(b)]).dataSync()[0]!);
    expect(norm).toBeCloseTo(Math.sqrt(1 + 4 + 9 + 0.25 + 16 + 1), 5);
  });

  it('with clipping on, no applied update is ever longer than the threshold, and big ones are exactly that long', async () => {
    const threshold = 0.05;
    const session = sessionWith({ clipping: true, clipThreshold: threshold });
    const atRest = tf.memory().numTensors;
    let clippedSeen = 0;
    for (let step = 0; step < 12; step++) {
      const before = await weightsOf(session);
      session.trainStep();
      const metrics = (await session.readMetrics())!;
      const applied = distance(await weightsOf(session), before);
      const norm = metrics.gradientNorms[0]!;
      expect(applied).toBeLessThanOrEqual(threshold * (1 + 1e-4));
      expect(applied).toBeCloseTo(Math.min(norm, threshold), 4);
      expect(metrics.clipped[0]).toBe(norm > threshold ? 1 : 0);
      clippedSeen += metrics.clipped[0]!;
    }
    expect(clippedSeen).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(atRest);
    session.dispose();
  });

  it('with clipping off, the update is the whole gradient, whose reported norm is its real length', async () => {
    const session = sessionWith({ clipping: false, clipThreshold: 0.05 });
    for (let step = 0; step < 4; step++) {
      const before = await weightsOf(session);
      session.trainStep();
      const metrics = (await session.readMetrics())!;
      const applied = distance(await weightsOf(session), before);
      const norm = metrics.gradientNorms[0]!;
      expect(Math.abs(applied - norm) / norm).toBeLessThan(1e-5);
      expect(metrics.clipped[0]).toBe(0);
    }
    session.dispose();
  });

  it('reports one norm per step since the last read', async () => {
    const session = sessionWith({});
    for (let step = 0; step < 5; step++) session.trainStep();
    const metrics = (await session.readMetrics())!;
    expect(metrics.gradientNorms).toHaveLength(5);
    expect(metrics.clipped).toHaveLength(5);
    expect([...metrics.gradientNorms].every((n) => n > 0 && Number.isFinite(n))).toBe(true);
    session.dispose();
  });
});
