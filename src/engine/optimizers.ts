/** The optimizers the course compares, by the names the notes use. */
import * as tf from '@tensorflow/tfjs-core';

import type { OptimizerName } from './optimizerNames';

export type { OptimizerName } from './optimizerNames';

/** Momentum coefficient for the "Momentum" optimizer (the usual 0.9). */
export const MOMENTUM = 0.9;

export function createOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  switch (name) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum': {
      const optimizer = tf.train.momentum(learningRate, MOMENTUM);
      // tfjs 4.22's MomentumOptimizer.dispose() forgets the learning-rate scalar its SGD parent keeps.
      const disposeOwn = optimizer.dispose.bind(optimizer);
      const parent = optimizer as unknown as { c?: tf.Tensor };
      optimizer.dispose = () => {
        disposeOwn();
        parent.c?.dispose();
      };
      return optimizer;
    }
    case 'adagrad':
      return tf.train.adagrad(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
    case 'adam':
      return tf.train.adam(learningRate);
  }
}

/**
 * Changes an optimizer's learning rate in place, keeping its running state (Adam's moments,
 * momentum's velocity, AdaGrad's sums): a lecturer lowering the rate mid-run should not restart
 * Adam. tfjs reads `learningRate` at every update; SGD and momentum also cache −rate as a scalar,
 * which their own setLearningRate replaces.
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  // Not `instanceof SGDOptimizer`: tfjs optimizers answer instanceof by duck typing, so Adam would pass.
  const withSetter = optimizer as tf.Optimizer & { setLearningRate?: (rate: number) => void };
  if (typeof withSetter.setLearningRate === 'function') {
    withSetter.setLearningRate(learningRate);
    return;
  }
  // The field is protected in tfjs's typings but is the one its update reads (checked by optimizers.test.ts).
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}
