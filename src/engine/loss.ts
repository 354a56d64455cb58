/** Cost and right answers of a batch: the same arithmetic for training and for evaluation. */
import * as tf from '@tensorflow/tfjs-core';
import type { TaskOutput } from '../data/tasks/taskTypes';

/** Probabilities are clipped away from 0 so that log() stays finite, as Keras does. */
const EPSILON = 1e-7;

/**
 * Mean categorical cross-entropy of predicted class probabilities [..., classes] against class
 * indices [...] (int32), averaged over every answer. Returns a scalar.
 */
export function crossEntropy(probabilities: tf.Tensor, labels: tf.Tensor, classes: number): tf.Scalar {
  return tf.tidy(() => {
    const logP = tf.log(tf.clipByValue(probabilities, EPSILON, 1));
    return tf.neg(tf.mean(tf.sum(tf.mul(tf.oneHot(labels, classes), logP), -1))) as tf.Scalar;
  });
}

/** Mean squared error over every answer. */
export function meanSquaredError(predictions: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.square(tf.sub(predictions, targets))) as tf.Scalar);
}

/** The task's cost: cross-entropy for classes, mean squared error for values. */
export function taskLoss(output: TaskOutput, predictions: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  return output.kind === 'classes' ? crossEntropy(predictions, targets, output.classes) : meanSquaredError(predictions, targets);
}

/** The most probable class of every answer, int32 [...]. */
export function predictedClasses(probabilities: tf.Tensor): tf.Tensor {
  return tf.argMax(probabilities, -1);
}

/**
 * Number of right answers as an int32 scalar: the most probable class is the label, or the value
 * is within the task's tolerance of the target.
 */
export function countRight(output: TaskOutput, predictions: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const right = output.kind === 'classes'
      ? tf.equal(predictedClasses(predictions), targets)
      : tf.lessEqual(tf.abs(tf.sub(predictions, targets)), output.tolerance);
    return tf.sum(tf.cast(right, 'int32')) as tf.Scalar;
  });
}

/** Sum of squared kernel weights (biases are not penalised), for the L2 weight penalty. */
export function sumOfSquaredKernels(kernels: tf.Tensor[]): tf.Scalar {
  return tf.tidy(() => tf.addN(kernels.map((k) => tf.sum(tf.square(k)))) as tf.Scalar);
}
