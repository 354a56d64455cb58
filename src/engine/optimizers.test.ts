import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createOptimizer, setLearningRate } from './optimizers';
import { OPTIMIZER_NAMES } from './optimizerNames';

describe('createOptimizer', () => {
  it.each(OPTIMIZER_NAMES)('%s frees every tensor it made when disposed, after taking steps', (name) => {
    const weight = tf.variable(tf.tensor1d([1, -2, 3]));
    const before = tf.memory().numTensors;
    const optimizer = createOptimizer(name, 0.1);
    for (let i = 0; i < 3; i++) {
      tf.tidy(() => optimizer.applyGradients({ [weight.name]: tf.tensor1d([0.5, 0.5, -0.5]) }));
    }
    expect(Array.from(weight.dataSync())).not.toEqual([1, -2, 3]);
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    weight.dispose();
  });
});

describe('setLearningRate', () => {
  /**
   * Every optimizer here moves a weight by (learning rate) × (something computed from its state and
   * the gradient). So two optimizers that saw the same gradients must, after one of them changes
   * its rate from r to r', take steps that differ by exactly r'/r. A restarted optimizer (fresh
   * state) would not: its first step ignores every gradient before it.
   */
  it.each(OPTIMIZER_NAMES)('%s keeps its running state: the next step is the old-rate step scaled by the new rate', (name) => {
    const before = tf.memory().numTensors;
    // tf.variable copies its initial tensor, which the tidy then frees.
    const variable = (values: number[]) => tf.tidy(() => tf.variable(tf.tensor1d(values)));
    const changed = variable([1, -2, 3, 0.5]);
    const kept = variable([1, -2, 3, 0.5]);
    const changing = createOptimizer(name, 0.01);
    const keeping = createOptimizer(name, 0.01);
    const gradients = [[0.5, -1, 2, 0.1], [-0.3, 0.8, 1.5, -0.2], [0.9, -0.1, -2.5, 0.4], [0.2, 0.3, 0.4, -0.5]];
    const step = (optimizer: tf.Optimizer, weight: tf.Variable, g: number[]) =>
      tf.tidy(() => optimizer.applyGradients({ [weight.name]: tf.tensor1d(g) }));
    for (const g of gradients.slice(0, 3)) {
      step(changing, changed, g);
      step(keeping, kept, g);
    }
    const changedBefore = Array.from(changed.dataSync());
    const keptBefore = Array.from(kept.dataSync());
    setLearningRate(changing, 0.03);
    step(changing, changed, gradients[3]!);
    step(keeping, kept, gradients[3]!);
    const changedStep = Array.from(changed.dataSync(), (v, i) => v - changedBefore[i]!);
    const keptStep = Array.from(kept.dataSync(), (v, i) => v - keptBefore[i]!);
    changedStep.forEach((d, i) => expect(d).toBeCloseTo(3 * keptStep[i]!, 5));

    // The same check against a restarted optimizer fails for the stateful ones, which is the point.
    if (name !== 'sgd') {
      const fresh = createOptimizer(name, 0.03);
      const restarted = variable(keptBefore);
      step(fresh, restarted, gradients[3]!);
      const restartedStep = Array.from(restarted.dataSync(), (v, i) => v - keptBefore[i]!);
      expect(restartedStep.some((d, i) => Math.abs(d - 3 * keptStep[i]!) > 1e-4)).toBe(true);
      fresh.dispose();
      restarted.dispose();
    }
    changing.dispose();
    keeping.dispose();
    changed.dispose();
    kept.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
