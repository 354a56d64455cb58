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
