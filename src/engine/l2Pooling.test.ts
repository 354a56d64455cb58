import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { l2Pool } from './l2Pooling';
import { onBackend } from '../test/wasmInNode';

/** sqrt(Σ x²) over each window, by plain loops: the independent reference. */
function naiveL2Pool(x: number[][][], size: number, stride: number): number[][][] {
  const h = x.length;
  const w = x[0]!.length;
  const c = x[0]![0]!.length;
  const out: number[][][] = [];
  for (let r = 0; r + size <= h; r += stride) {
    const row: number[][] = [];
    for (let q = 0; q + size <= w; q += stride) {
      const cell: number[] = [];
      for (let k = 0; k < c; k++) {
        let sum = 0;
        for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) sum += x[r + i]![q + j]![k]! ** 2;
        cell.push(Math.sqrt(sum));
      }
      row.push(cell);
    }
    out.push(row);
  }
  return out;
}

/** The same reference on the input surrounded by zeros where TF's same padding puts them (given here by hand). */
function zeroPadded(x: number[][][], before: number, after: number): number[][][] {
  const c = x[0]![0]!.length;
  const side = x.length + before + after;
  return Array.from({ length: side }, (_, r) => Array.from({ length: side }, (_, q) =>
    x[r - before]?.[q - before] ?? new Array<number>(c).fill(0)));
}

describe('L2 pooling', () => {
  // 7 cells, window 2, stride 2 → 4 windows need 8 cells: one zero after. Window 3, stride 2 → 4
  // windows need 9: one before, one after. Window 2, stride 3 → 3 windows need 8: one after.
  it.each([[2, 2, 0, 1], [3, 2, 1, 1], [2, 3, 0, 1]])('window %i, stride %i with same padding equals the reference on a zero-bordered input', (size, stride, before, after) => {
    const x = tf.randomNormal([1, 7, 7, 2], 0, 1, 'float32', 9);
    const expected = naiveL2Pool(zeroPadded((x.arraySync() as number[][][][])[0]!, before, after), size, stride);
    const actual = l2Pool(x as tf.Tensor4D, size, stride, 'same');
    const got = (actual.arraySync() as number[][][][])[0]!;
    expect([got.length, got[0]!.length]).toEqual([Math.ceil(7 / stride), Math.ceil(7 / stride)]);
    expect(got.length).toBe(expected.length);
    got.flat(2).forEach((v, i) => expect(v).toBeCloseTo(expected.flat(2)[i]!, 5));
    tf.dispose([x, actual]);
  });

  it.each([[2, 2], [3, 2], [2, 1]])('window %i, stride %i equals the nested-loop reference', (size, stride) => {
    const x = tf.randomNormal([1, 7, 7, 3], 0, 1, 'float32', 5);
    const expected = naiveL2Pool((x.arraySync() as number[][][][])[0]!, size, stride);
    const actual = l2Pool(x as tf.Tensor4D, size, stride);
    const got = (actual.arraySync() as number[][][][])[0]!;
    expect(got.length).toBe(expected.length);
    got.flat(2).forEach((v, i) => expect(v).toBeCloseTo(expected.flat(2)[i]!, 5));
    tf.dispose([x, actual]);
  });

  it('has a finite gradient on an all-zero window (common after ReLU)', () => {
    const x = tf.zeros([1, 4, 4, 1]) as tf.Tensor4D;
    const g = tf.grad((input: tf.Tensor) => tf.sum(l2Pool(input as tf.Tensor4D, 2, 2)))(x);
    expect(Array.from(g.dataSync()).every(Number.isFinite)).toBe(true);
    tf.dispose([x, g]);
  });

  it('gives the same gradient on wasm as on cpu', async () => {
    const run = () => tf.tidy(() => {
      const x = tf.randomNormal([2, 6, 6, 2], 0, 1, 'float32', 8) as tf.Tensor4D;
      return Array.from(tf.grad((input: tf.Tensor) => tf.sum(tf.mul(l2Pool(input as tf.Tensor4D, 2, 2), 3)))(x).dataSync());
    });
    const cpu = run();
    const wasm = await onBackend('wasm', run);
    wasm.forEach((v, i) => expect(v).toBeCloseTo(cpu[i]!, 5));
  });
});
