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
 * and recomputes its value. Global average pooling's window is the whole map. With `same` padding
 * (`pad` rows above and columns to the left), a window that hangs over the border covers only the
 * cells inside the map: TensorFlow's max ignores the padding and its average divides by the cells
 * actually covered.
 */
export function poolingWindow(
  below: Float32Array, shape: number[], kind: PoolKind, size: number, stride: number,
  row: number, col: number, channel: number, pad: { top: number; left: number } = { top: 0, left: 0 },
): PoolingWindow {
  const [h = 1, w = 1, c = 1] = shape;
  const global = kind === 'globalAverage';
  const rawTop = row * stride - pad.top;
  const rawLeft = col * stride - pad.left;
  const top = global ? 0 : Math.max(0, rawTop);
  const left = global ? 0 : Math.max(0, rawLeft);
  const rows = global ? h : Math.min(h, rawTop + size) - top;
  const cols = global ? w : Math.min(w, rawLeft + size) - left;
  const values: number[] = [];
  for (let r = top; r < top + rows; r++) for (let q = left; q < left + cols; q++) values.push(below[(r * w + q) * c + channel]!);
  const winner = values.indexOf(Math.max(...values));
  const sum = values.reduce((a, b) => a + b, 0);
  const result = kind === 'max' ? values[winner]! : kind === 'l2' ? Math.sqrt(values.reduce((a, v) => a + v * v, 0)) : sum / values.length;
  return { values, rows, cols, top, left, winner, result };
}
