import { describe, expect, it } from 'vitest';
import { channelRows, flipKernel, resizeVolume, shiftVolume, valueAt, volumeIndex, volumeOf, withValue, zeroVolume, type Volume } from './index';
import { mulberry32, randInt } from './testGrids';

/** Nested [channel][row][col] grids of distinct-looking integers. */
const randomGrids = (rng: () => number, channels: number, rows: number, cols: number): number[][][] =>
  Array.from({ length: channels }, () => Array.from({ length: rows }, () => Array.from({ length: cols }, () => randInt(rng, -99, 99))));

const TWO_CHANNELS = [
  [[1, 2, 3], [4, 5, 6]],
  [[7, 8, 9], [10, 11, 12]],
];

describe('volumeOf and channelRows', () => {
  it('stores channel-first, row-major: index (c·rows + r)·cols + q', () => {
    const v = volumeOf(TWO_CHANNELS);
    expect(v).toEqual({ channels: 2, rows: 2, cols: 3, values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    expect(volumeIndex(v, 1, 0, 2)).toBe(8);
    expect(valueAt(v, 1, 0, 2)).toBe(9);
    expect(valueAt(v, 0, 1, 0)).toBe(4);
  });

  it('round-trips: channelRows of volumeOf gives the grids back', () => {
    const rng = mulberry32(12);
    for (let i = 0; i < 20; i++) {
      const grids = randomGrids(rng, randInt(rng, 1, 3), randInt(rng, 1, 6), randInt(rng, 1, 6));
      const v = volumeOf(grids);
      expect(Array.from({ length: v.channels }, (_c, c) => channelRows(v, c))).toEqual(grids);
      grids.forEach((grid, c) => grid.forEach((row, r) => row.forEach((x, q) => expect(valueAt(v, c, r, q)).toBe(x))));
    }
  });

  it('zeroVolume is all zeros of the asked shape', () => {
    expect(zeroVolume(2, 3, 4)).toEqual({ channels: 2, rows: 3, cols: 4, values: new Array<number>(24).fill(0) });
  });
});

describe('resizeVolume', () => {
  it('keeps the overlapping values and fills the rest with 0', () => {
    const v = volumeOf(TWO_CHANNELS);
    // Grow to 3 channels of 3 × 4: old values top-left, zeros elsewhere.
    const grown = resizeVolume(v, 3, 3, 4);
    expect([channelRows(grown, 0), channelRows(grown, 1), channelRows(grown, 2)]).toEqual([
      [[1, 2, 3, 0], [4, 5, 6, 0], [0, 0, 0, 0]],
      [[7, 8, 9, 0], [10, 11, 12, 0], [0, 0, 0, 0]],
      [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    ]);
    // Shrink to 1 channel of 1 × 2: only the top-left cells survive.
    expect(resizeVolume(v, 1, 1, 2)).toEqual({ channels: 1, rows: 1, cols: 2, values: [1, 2] });
  });

  it('grow then shrink back gives the original; random shapes keep every overlapping cell', () => {
    const rng = mulberry32(34);
    for (let i = 0; i < 20; i++) {
      const v = volumeOf(randomGrids(rng, randInt(rng, 1, 3), randInt(rng, 1, 6), randInt(rng, 1, 6)));
      expect(resizeVolume(resizeVolume(v, v.channels + 1, v.rows + 2, v.cols + 1), v.channels, v.rows, v.cols)).toEqual(v);
      const [c2, r2, q2] = [randInt(rng, 1, 3), randInt(rng, 1, 6), randInt(rng, 1, 6)];
      const resized = resizeVolume(v, c2, r2, q2);
      expect(resized.values).toHaveLength(c2 * r2 * q2);
      for (let c = 0; c < c2; c++) {
        for (let r = 0; r < r2; r++) {
          for (let q = 0; q < q2; q++) {
            const inside = c < v.channels && r < v.rows && q < v.cols;
            expect(valueAt(resized, c, r, q)).toBe(inside ? valueAt(v, c, r, q) : 0);
          }
        }
      }
    }
  });
});

describe('withValue', () => {
  it('returns a copy with one cell changed and leaves the original alone', () => {
    const v = volumeOf(TWO_CHANNELS);
    const snapshot = structuredClone(v);
    const changed = withValue(v, 1, 1, 0, 42);
    expect(v).toEqual(snapshot);
    expect(changed).not.toBe(v);
    expect(changed.values).not.toBe(v.values);
    expect(channelRows(changed, 1)).toEqual([[7, 8, 9], [42, 11, 12]]);
    expect(channelRows(changed, 0)).toEqual(channelRows(v, 0));
  });
});

describe('shiftVolume', () => {
  it('moves the picture and fills what comes in with 0', () => {
    const v = volumeOf([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
    expect(channelRows(shiftVolume(v, 0, 1), 0)).toEqual([[0, 1, 2], [0, 4, 5], [0, 7, 8]]);
    expect(channelRows(shiftVolume(v, 1, 0), 0)).toEqual([[0, 0, 0], [1, 2, 3], [4, 5, 6]]);
    expect(channelRows(shiftVolume(v, -1, -1), 0)).toEqual([[5, 6, 0], [8, 9, 0], [0, 0, 0]]);
    expect(shiftVolume(v, 0, 0)).toEqual(v);
    // Shifting by the whole width loses everything.
    expect(shiftVolume(v, 0, 3).values).toEqual(new Array<number>(9).fill(0));
  });

  it('shifts every channel alike, cell by cell (random grids)', () => {
    const rng = mulberry32(56);
    for (let i = 0; i < 20; i++) {
      const v: Volume = volumeOf(randomGrids(rng, randInt(rng, 1, 3), randInt(rng, 1, 6), randInt(rng, 1, 6)));
      const down = randInt(rng, -2, 2);
      const right = randInt(rng, -2, 2);
      const moved = shiftVolume(v, down, right);
      for (let c = 0; c < v.channels; c++) {
        for (let r = 0; r < v.rows; r++) {
          for (let q = 0; q < v.cols; q++) {
            const [fr, fq] = [r - down, q - right];
            const expected = fr >= 0 && fq >= 0 && fr < v.rows && fq < v.cols ? valueAt(v, c, fr, fq) : 0;
            expect(valueAt(moved, c, r, q)).toBe(expected);
          }
        }
      }
    }
  });
});

describe('flipKernel', () => {
  it('turns each channel by 180°', () => {
    expect(flipKernel(volumeOf(TWO_CHANNELS))).toEqual(volumeOf([
      [[6, 5, 4], [3, 2, 1]],
      [[12, 11, 10], [9, 8, 7]],
    ]));
  });

  it('is its own inverse', () => {
    const rng = mulberry32(78);
    for (let i = 0; i < 20; i++) {
      const v = volumeOf(randomGrids(rng, randInt(rng, 1, 3), randInt(rng, 1, 5), randInt(rng, 1, 5)));
      expect(flipKernel(flipKernel(v))).toEqual(v);
    }
  });
});
