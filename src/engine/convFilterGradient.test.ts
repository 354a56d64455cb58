import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { registerConvFilterGradient } from './convFilterGradient';
import { onBackend } from '../test/wasmInNode';

type Case = { batch: number; size: number; inC: number; outC: number; kernel: number; stride: number; pad: 'valid' | 'same' };

const cases: Case[] = [];
for (const stride of [1, 2]) for (const pad of ['valid', 'same'] as const) {
  cases.push({ batch: 3, size: 9, inC: 2, outC: 4, kernel: 3, stride, pad });
  cases.push({ batch: 2, size: 12, inC: 1, outC: 5, kernel: 5, stride, pad });
}
cases.push({ batch: 2, size: 10, inC: 3, outC: 2, kernel: 4, stride: 3, pad: 'same' });

/** Gradient of a weighted sum of the conv output w.r.t. the filter, read back as numbers. */
function filterGradient(c: Case, seed: number): Float32Array {
  return tf.tidy(() => {
    const x = tf.randomNormal([c.batch, c.size, c.size, c.inC], 0, 1, 'float32', seed);
    const w = tf.randomNormal([c.kernel, c.kernel, c.inC, c.outC], 0, 1, 'float32', seed + 1);
    const probe = tf.randomNormal(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.stride, c.pad).shape, 0, 1, 'float32', seed + 2);
    const g = tf.grad((filter: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, filter as tf.Tensor4D, c.stride, c.pad), probe)))(w);
    return g.dataSync() as Float32Array;
  });
}

describe('Conv2DBackpropFilter for wasm', () => {
  it.each(cases)('matches the cpu backend: %o', async (c) => {
    const expected = filterGradient(c, 11);
    const actual = await onBackend('wasm', () => {
      registerConvFilterGradient('wasm');
      return filterGradient(c, 11);
    });
    expect(actual.length).toBe(expected.length);
    // float32 sums of a few hundred products: compare with 1e-5 absolute error per unit of magnitude.
    let worst = 0;
    for (let i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!)));
    }
    expect(worst).toBeLessThanOrEqual(1e-5);
  });

  it('leaks no tensors or backend buffers on wasm', async () => {
    await onBackend('wasm', () => {
      registerConvFilterGradient('wasm');
      filterGradient(cases[0]!, 3);
      const before = tf.memory();
      filterGradient(cases[1]!, 4);
      filterGradient(cases[2]!, 5);
      const after = tf.memory();
      expect(after.numTensors).toBe(before.numTensors);
      expect(after.numDataBuffers).toBe(before.numDataBuffers);
    });
  });
});
