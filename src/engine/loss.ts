/** Cost and accuracy of a batch, the same arithmetic for training and for evaluation. */
import * as tf from '@tensorflow/tfjs-core';

/** Probabilities are clipped away from 0 so that log() stays finite, as Keras does. */
const EPSILON = 1e-7;

/**
 * Mean categorical cross-entropy of predicted class probabilities [batch, classes]
 * against one-hot targets [batch, classes]. Returns a scalar.
 */
export function crossEntropy(probabilities: tf.Tensor2D, oneHotTargets: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const logP = tf.log(tf.clipByValue(probabilities, EPSILON, 1));
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHotTargets, logP), 1))) as tf.Scalar;
  });
}

/** Number of rows whose most probable class is the label, as an int32 scalar. */
export function countCorrect(probabilities: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, 1), labels), 'int32')));
}

/** Sum of squared kernel weights (biases are not penalised), for the L2 weight penalty. */
export function sumOfSquaredKernels(kernels: tf.Tensor[]): tf.Scalar {
  return tf.tidy(() => tf.addN(kernels.map((k) => tf.sum(tf.square(k)))) as tf.Scalar);
}
