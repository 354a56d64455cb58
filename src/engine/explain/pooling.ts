/**
 * Pooling on hand-sized grids: max, average, L2 (√Σx²) and global average, with the window behind
 * every output cell so a screen can highlight the winner or the averaged cells. Padding follows
 * TensorFlow: "same" windows that hang over the edge use only the real cells (max ignores the
 * border, average divides by the real cells it covers), so the numbers equal `tf.maxPool` and
 * `tf.avgPool`.
 */
import { windowGeometry, windowTaps, type GeometryResult, type WindowGeometry } from './convGeometry';
import { valueAt, volumeIndex, zeroVolume, type Volume } from './volume';

export type ExplainPoolKind = 'max' | 'average' | 'l2' | 'globalAverage';
export const EXPLAIN_POOL_KINDS: readonly ExplainPoolKind[] = ['max', 'average', 'l2', 'globalAverage'];
export type PoolPadding = 'valid' | 'same';
export const POOL_PADDINGS: readonly PoolPadding[] = ['valid', 'same'];

export interface PoolSettings {
  kind: ExplainPoolKind;
  size: number;
  stride: number;
  padding: PoolPadding;
}

/** Where the windows fall; global pooling's one window is the whole map. */
export function poolGeometry(input: Pick<Volume, 'rows' | 'cols'>, s: PoolSettings): GeometryResult {
  if (s.kind === 'globalAverage') {
    return windowGeometry({ inRows: input.rows, inCols: input.cols, kernelRows: input.rows, kernelCols: input.cols, stride: 1, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
  }
  return windowGeometry({ inRows: input.rows, inCols: input.cols, kernelRows: s.size, kernelCols: s.size, stride: s.stride, dilation: 1, paddingMode: s.padding, paddingAmount: 0 });
}

/** One output cell of one channel and the real input cells its window covers. */
export interface PoolWindow {
  channel: number;
  outRow: number;
  outCol: number;
  cells: { row: number; col: number; value: number }[];
  /** Index into `cells` of the largest value (first one on a tie, as the highlight shows). */
  winner: number;
  result: number;
}

export function poolWindow(input: Volume, kind: ExplainPoolKind, geometry: WindowGeometry, channel: number, outRow: number, outCol: number): PoolWindow {
  const cells = windowTaps(geometry, outRow, outCol)
    .filter((tap) => !tap.inPadding)
    .map((tap) => ({ row: tap.row, col: tap.col, value: valueAt(input, channel, tap.row, tap.col) }));
  let winner = 0;
  cells.forEach((cell, i) => { if (cell.value > cells[winner]!.value) winner = i; });
  const sum = cells.reduce((a, cell) => a + cell.value, 0);
  const result = kind === 'max' ? cells[winner]!.value
    : kind === 'l2' ? Math.sqrt(cells.reduce((a, cell) => a + cell.value * cell.value, 0))
    : sum / cells.length;
  return { channel, outRow, outCol, cells, winner, result };
}

/** The pooled volume, shape [channels, outRows, outCols] (1 × 1 per channel for global average). */
export function pool(input: Volume, settings: PoolSettings, geometry: WindowGeometry): Volume {
  const out = zeroVolume(input.channels, geometry.outRows, geometry.outCols);
  for (let c = 0; c < input.channels; c++) {
    for (let r = 0; r < geometry.outRows; r++) {
      for (let q = 0; q < geometry.outCols; q++) out.values[volumeIndex(out, c, r, q)] = poolWindow(input, settings.kind, geometry, c, r, q).result;
    }
  }
  return out;
}

/** How much one volume differs from another of the same shape: cells that changed and the mean absolute change. */
export interface Change {
  changed: number;
  /** Cells that are non-zero before or after: the ones that carry a feature. */
  active: number;
  total: number;
  meanAbsolute: number;
}

export function changeBetween(before: Volume, after: Volume, tolerance = 1e-9): Change {
  let changed = 0;
  let active = 0;
  let sum = 0;
  before.values.forEach((v, i) => {
    const w = after.values[i]!;
    const d = Math.abs(v - w);
    if (d > tolerance) changed++;
    if (v !== 0 || w !== 0) active++;
    sum += d;
  });
  return { changed, active, total: before.values.length, meanAbsolute: before.values.length ? sum / before.values.length : 0 };
}
