/**
 * The hand-sized grids of the convolution and pooling explainers. A volume is channel-first
 * (one small grid per channel), which is how the screens draw it: a stack of grids.
 */

/** Values of `channels` grids of rows × cols, channel-first and row-major: index (c·rows + r)·cols + q. */
export interface Volume {
  channels: number;
  rows: number;
  cols: number;
  values: number[];
}

export const volumeIndex = (v: Pick<Volume, 'rows' | 'cols'>, channel: number, row: number, col: number) =>
  (channel * v.rows + row) * v.cols + col;

export function valueAt(v: Volume, channel: number, row: number, col: number): number {
  return v.values[volumeIndex(v, channel, row, col)]!;
}

export function zeroVolume(channels: number, rows: number, cols: number): Volume {
  return { channels, rows, cols, values: new Array<number>(channels * rows * cols).fill(0) };
}

/** Builds a volume from nested arrays [channel][row][col]. */
export function volumeOf(grids: number[][][]): Volume {
  const rows = grids[0]?.length ?? 0;
  const cols = grids[0]?.[0]?.length ?? 0;
  return { channels: grids.length, rows, cols, values: grids.flat(2) };
}

/** One channel as nested rows, for tables and tests. */
export function channelRows(v: Volume, channel: number): number[][] {
  return Array.from({ length: v.rows }, (_r, row) => v.values.slice(volumeIndex(v, channel, row, 0), volumeIndex(v, channel, row, 0) + v.cols));
}

/** The same volume with a new size: kept where both overlap, zero elsewhere (resizing a grid keeps what was typed). */
export function resizeVolume(v: Volume, channels: number, rows: number, cols: number): Volume {
  const out = zeroVolume(channels, rows, cols);
  for (let c = 0; c < Math.min(channels, v.channels); c++) {
    for (let r = 0; r < Math.min(rows, v.rows); r++) {
      for (let q = 0; q < Math.min(cols, v.cols); q++) out.values[volumeIndex(out, c, r, q)] = valueAt(v, c, r, q);
    }
  }
  return out;
}

/** A copy with one value replaced. */
export function withValue(v: Volume, channel: number, row: number, col: number, value: number): Volume {
  const values = v.values.slice();
  values[volumeIndex(v, channel, row, col)] = value;
  return { ...v, values };
}

/**
 * The volume moved by (down, right) cells; what moves in from outside is 0 and what moves out is
 * lost, as when an object moves one pixel in a camera's fixed frame.
 */
export function shiftVolume(v: Volume, down: number, right: number): Volume {
  const out = zeroVolume(v.channels, v.rows, v.cols);
  for (let c = 0; c < v.channels; c++) {
    for (let r = 0; r < v.rows; r++) {
      for (let q = 0; q < v.cols; q++) {
        const fromRow = r - down;
        const fromCol = q - right;
        if (fromRow >= 0 && fromRow < v.rows && fromCol >= 0 && fromCol < v.cols) out.values[volumeIndex(out, c, r, q)] = valueAt(v, c, fromRow, fromCol);
      }
    }
  }
  return out;
}

/** The kernel turned by 180°: what true (flipped) convolution slides, where libraries slide the kernel as it is. */
export function flipKernel(kernel: Volume): Volume {
  const out = zeroVolume(kernel.channels, kernel.rows, kernel.cols);
  for (let c = 0; c < kernel.channels; c++) {
    for (let r = 0; r < kernel.rows; r++) {
      for (let q = 0; q < kernel.cols; q++) out.values[volumeIndex(out, c, r, q)] = valueAt(kernel, c, kernel.rows - 1 - r, kernel.cols - 1 - q);
    }
  }
  return out;
}
