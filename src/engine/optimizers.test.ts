import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createOptimizer } from './optimizers';
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
