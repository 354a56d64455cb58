/**
 * The window behind one pooled unit, and the pooling arithmetic redone on the values the model
 * actually produced in the layer below, so the view can show "max(…) = …" next to the model's own
 * output.
 */
import type { PoolKind } from './spec';

export interface PoolingWindow {
  /** Window values in row-major order, from the layer below, for the unit's channel. */
  values: number[];
  rows: number;
  cols: number;
  /** Top-left unit of the window in the layer below. */
  top: number;
  left: number;
  /** Index into `values` of the largest value (the max-pooling winner). */
  winner: number;
  /** The pooling result recomputed from `values`. */
  result: number;
}

/**
 * Reads the window of pooled unit (row, col, channel) from the activations below, shape [h, w, c],
 * and recomputes its value. Global average pooling's window is the whole map.
 */
export function poolingWindow(
  below: Float32Array, shape: number[], kind: PoolKind, size: number, stride: number,
  row: number, col: number, channel: number,
): PoolingWindow {
  const [h = 1, w = 1, c = 1] = shape;
  const global = kind === 'globalAverage';
  const top = global ? 0 : row * stride;
  const left = global ? 0 : col * stride;
  const rows = global ? h : size;
  const cols = global ? w : size;
  const values: number[] = [];
  for (let r = top; r < top + rows; r++) for (let q = left; q < left + cols; q++) values.push(below[(r * w + q) * c + channel]!);
  const winner = values.indexOf(Math.max(...values));
  const sum = values.reduce((a, b) => a + b, 0);
  const result = kind === 'max' ? values[winner]! : kind === 'l2' ? Math.sqrt(values.reduce((a, v) => a + v * v, 0)) : sum / values.length;
  return { values, rows, cols, top, left, winner, result };
}
