/**
 * Clipping by global norm: when the gradient of all weights together is longer than a threshold,
 * shrink every part by the same factor so the whole has exactly that length. The direction of the
 * step is kept; only its size is capped. (tfjs optimizers have no clipnorm option, so the session
 * computes the gradients, clips them here and applies them itself.)
 */
import * as tf from '@tensorflow/tfjs-core';

/** ‖g‖ over every tensor together: √(Σ over tensors of Σ g²). */
export function globalNorm(gradients: tf.Tensor[]): tf.Scalar {
  return tf.tidy(() => tf.sqrt(tf.addN(gradients.map((g) => tf.sum(tf.square(g))))) as tf.Scalar);
}

/**
 * Every gradient times threshold / max(norm, threshold): unchanged while the norm is within the
 * threshold, scaled down to exactly the threshold beyond it. Decided on the device, so a training
 * step never waits to read the norm back.
 */
export function clipByGlobalNorm(gradients: tf.NamedTensorMap, norm: tf.Scalar, threshold: number): tf.NamedTensorMap {
  return tf.tidy(() => {
    const scale = tf.div(threshold, tf.maximum(norm, threshold));
    const clipped: tf.NamedTensorMap = {};
    for (const [name, gradient] of Object.entries(gradients)) clipped[name] = tf.mul(gradient, scale);
    return clipped;
  });
}

/** Allowed thresholds (a global norm, so any positive size; 1–5 is usual for recurrent networks). */
export const CLIP_THRESHOLD_RANGE = { min: 0.01, max: 100 } as const;
