/**
 * Where a kernel's windows fall: padding, the dilated window's span and the output size. The
 * output size is ⌊(n + p_before + p_after − d(k − 1) − 1)/s⌋ + 1 in each direction, with "same"
 * padding placed as TensorFlow places it (the odd cell goes after), so every number matches
 * `tf.conv2d`.
 */

export type PaddingMode = 'valid' | 'same' | 'full' | 'explicit';
export const PADDING_MODES: readonly PaddingMode[] = ['valid', 'same', 'full', 'explicit'];

/** Limits of the explainer's hand-sized grids. */
export const EXPLAIN_LIMITS = {
  gridSize: { min: 1, max: 12 },
  kernelSize: { min: 1, max: 7 },
  stride: { min: 1, max: 4 },
  dilation: { min: 1, max: 4 },
  padding: { min: 0, max: 6 },
  channels: { min: 1, max: 3 },
  filters: { min: 1, max: 4 },
  cellValue: { min: -99, max: 99 },
} as const;

/** A whole number inside one of the limits (a fraction is rounded; NaN gives the minimum). */
export const withinLimit = (value: number, range: { min: number; max: number }) =>
  (Number.isFinite(value) ? Math.max(range.min, Math.min(range.max, Math.round(value))) : range.min);

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface WindowGeometry {
  inRows: number;
  inCols: number;
  kernelRows: number;
  kernelCols: number;
  stride: number;
  dilation: number;
  padding: Padding;
  /** Rows and columns one dilated window covers: d(k − 1) + 1. */
  spanRows: number;
  spanCols: number;
  outRows: number;
  outCols: number;
}

export type GeometryProblem =
  /** The dilated window is larger than the padded input in one direction: no position fits. */
  | { code: 'windowTooBig'; axis: 'rows' | 'cols'; span: number; padded: number }
  /** Padding as wide as the window (or wider) only adds windows that see nothing but zeros. */
  | { code: 'paddingTooBig'; padding: number; span: number };

export type GeometryResult = { ok: true; geometry: WindowGeometry } | { ok: false; problem: GeometryProblem };

export interface WindowSettings {
  inRows: number;
  inCols: number;
  kernelRows: number;
  kernelCols: number;
  stride: number;
  dilation: number;
  paddingMode: PaddingMode;
  /** Cells of zeros on every side, used when paddingMode is 'explicit'. */
  paddingAmount: number;
}

/** TensorFlow's "same": ⌈n/s⌉ outputs, the padding that needs split with the odd cell after. */
function samePadding(n: number, span: number, stride: number): [number, number] {
  const out = Math.ceil(n / stride);
  const total = Math.max((out - 1) * stride + span - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

export function windowGeometry(s: WindowSettings): GeometryResult {
  const spanRows = s.dilation * (s.kernelRows - 1) + 1;
  const spanCols = s.dilation * (s.kernelCols - 1) + 1;
  let padding: Padding;
  switch (s.paddingMode) {
    case 'valid':
      padding = { top: 0, bottom: 0, left: 0, right: 0 };
      break;
    case 'same': {
      const [top, bottom] = samePadding(s.inRows, spanRows, s.stride);
      const [left, right] = samePadding(s.inCols, spanCols, s.stride);
      padding = { top, bottom, left, right };
      break;
    }
    case 'full':
      padding = { top: spanRows - 1, bottom: spanRows - 1, left: spanCols - 1, right: spanCols - 1 };
      break;
    case 'explicit': {
      const p = s.paddingAmount;
      if (p >= Math.max(spanRows, spanCols)) return { ok: false, problem: { code: 'paddingTooBig', padding: p, span: Math.max(spanRows, spanCols) } };
      padding = { top: p, bottom: p, left: p, right: p };
      break;
    }
  }
  const paddedRows = s.inRows + padding.top + padding.bottom;
  const paddedCols = s.inCols + padding.left + padding.right;
  if (spanRows > paddedRows) return { ok: false, problem: { code: 'windowTooBig', axis: 'rows', span: spanRows, padded: paddedRows } };
  if (spanCols > paddedCols) return { ok: false, problem: { code: 'windowTooBig', axis: 'cols', span: spanCols, padded: paddedCols } };
  return {
    ok: true,
    geometry: {
      inRows: s.inRows, inCols: s.inCols, kernelRows: s.kernelRows, kernelCols: s.kernelCols, stride: s.stride, dilation: s.dilation,
      padding, spanRows, spanCols,
      outRows: Math.floor((paddedRows - spanRows) / s.stride) + 1,
      outCols: Math.floor((paddedCols - spanCols) / s.stride) + 1,
    },
  };
}

/** One cell of a window: where it reads in the input (possibly in the zero border) and which kernel tap it meets. */
export interface WindowTap {
  /** Input row and column; outside 0…n−1 means the zero border. */
  row: number;
  col: number;
  kernelRow: number;
  kernelCol: number;
  inPadding: boolean;
}

/** The taps of the window behind output (outRow, outCol), kernel row-major. */
export function windowTaps(g: WindowGeometry, outRow: number, outCol: number): WindowTap[] {
  const taps: WindowTap[] = [];
  for (let i = 0; i < g.kernelRows; i++) {
    for (let j = 0; j < g.kernelCols; j++) {
      const row = outRow * g.stride + i * g.dilation - g.padding.top;
      const col = outCol * g.stride + j * g.dilation - g.padding.left;
      taps.push({ row, col, kernelRow: i, kernelCol: j, inPadding: row < 0 || col < 0 || row >= g.inRows || col >= g.inCols });
    }
  }
  return taps;
}
