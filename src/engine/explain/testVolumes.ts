/**
 * Moving the explainer's channel-first volumes in and out of tfjs's NHWC tensors, for the tests
 * that compare the explainer with tfjs (imported only by *.test.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';
import { volumeIndex, type Volume } from './volume';

/** Channel-first volume → NHWC nested array with a batch of one. */
export const toNHWC = (v: Volume): number[][][][] => [Array.from({ length: v.rows }, (_r, r) => Array.from({ length: v.cols }, (_q, q) =>
  Array.from({ length: v.channels }, (_c, c) => v.values[volumeIndex(v, c, r, q)]!)))];

/** NHWC nested array (batch of one) → channel-first volume. */
export function fromNHWC(a: number[][][][]): Volume {
  const img = a[0]!;
  const rows = img.length;
  const cols = img[0]?.length ?? 0;
  const channels = img[0]?.[0]?.length ?? 0;
  const values: number[] = [];
  for (let c = 0; c < channels; c++) for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) values.push(img[r]![q]![c]!);
  return { channels, rows, cols, values };
}

/** Runs `make`, reads its tensor back as a channel-first volume and disposes everything. */
export function readBack(make: () => tf.Tensor): Volume {
  const out = tf.tidy(make);
  const v = fromNHWC(out.arraySync() as number[][][][]);
  out.dispose();
  return v;
}

/** Same shape, and every value within float32 tolerance. */
export function expectVolumesClose(got: Volume, expected: Volume, tolerance = 1e-4) {
  expect([got.channels, got.rows, got.cols]).toEqual([expected.channels, expected.rows, expected.cols]);
  got.values.forEach((v, i) => expect(Math.abs(v - expected.values[i]!)).toBeLessThanOrEqual(tolerance));
}
