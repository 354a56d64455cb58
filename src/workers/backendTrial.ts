/** A short, fixed training workload timed on each candidate backend, so Auto picks the fastest. */
import * as tf from '@tensorflow/tfjs-core';

/** One step of conv + pooling + dense forward and backward on an MNIST-sized batch. */
function workload(): void {
  tf.tidy(() => {
    const x = tf.randomUniform([32, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
    const filter = tf.randomNormal([5, 5, 1, 16], 0, 0.1, 'float32', 2) as tf.Tensor4D;
    const weights = tf.randomNormal([12 * 12 * 16, 64], 0, 0.05, 'float32', 3) as tf.Tensor2D;
    const grads = tf.grads((f: tf.Tensor, w: tf.Tensor) => {
      const pooled = tf.maxPool(tf.relu(tf.conv2d(x, f as tf.Tensor4D, 1, 'valid')), 2, 2, 'valid');
      return tf.sum(tf.sigmoid(tf.matMul(tf.reshape(pooled, [32, -1]), w as tf.Tensor2D)));
    })([filter, weights]);
    grads.forEach((g) => g.dataSync());
  });
}

/** Median milliseconds per workload run after one warm-up (which compiles WebGL shaders). */
export function timeWorkload(repeats = 3): number {
  workload();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    workload();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
