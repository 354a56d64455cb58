import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  CONV_EXAMPLES, EXPLAIN_POOL_KINDS, POOL_EXAMPLES, SHIFT_KERNEL, SHIFT_PICTURE, changeBetween, channelRows, convolve, pool, poolGeometry, poolWindow, shiftVolume,
  volumeIndex, volumeOf, windowGeometry, type ExplainPoolKind, type PoolPadding, type PoolSettings, type Volume, type WindowGeometry,
} from './index';
import { mulberry32, randInt, randomVolume as randomGridVolume, type Rng } from './testGrids';
import { expectVolumesClose, readBack, toNHWC } from './testVolumes';

/** Small integers, so windows often hold ties (the winner rule is then exercised). */
const randomVolume = (rng: Rng, channels: number, rows: number, cols: number): Volume => randomGridVolume(rng, channels, rows, cols, (r) => randInt(r, -4, 4));

/** TensorFlow's "same" padding before the grid (odd cell after), written independently of the engine. */
const sameBefore = (n: number, k: number, s: number) => Math.floor(Math.max((Math.ceil(n / s) - 1) * s + k - n, 0) / 2);

/** The real cells of each window, by plain loops: [channel][outRow][outCol] → values. */
function naiveWindows(input: Volume, size: number, stride: number, padding: PoolPadding): number[][][][] {
  const outRows = padding === 'same' ? Math.ceil(input.rows / stride) : Math.floor((input.rows - size) / stride) + 1;
  const outCols = padding === 'same' ? Math.ceil(input.cols / stride) : Math.floor((input.cols - size) / stride) + 1;
  const top = padding === 'same' ? sameBefore(input.rows, size, stride) : 0;
  const left = padding === 'same' ? sameBefore(input.cols, size, stride) : 0;
  return Array.from({ length: input.channels }, (_c, c) => Array.from({ length: outRows }, (_r, r) => Array.from({ length: outCols }, (_q, q) => {
    const cells: number[] = [];
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        const row = r * stride - top + i;
        const col = q * stride - left + j;
        if (row >= 0 && col >= 0 && row < input.rows && col < input.cols) cells.push(input.values[(c * input.rows + row) * input.cols + col]!);
      }
    }
    return cells;
  })));
}

const mapWindows = (windows: number[][][][], f: (cells: number[]) => number): Volume => volumeOf(windows.map((ch) => ch.map((row) => row.map(f))));

function geometryOf(input: Volume, s: PoolSettings): WindowGeometry {
  const result = poolGeometry(input, s);
  if (!result.ok) throw new Error(`no geometry for ${JSON.stringify(s)} on ${input.rows}×${input.cols}`);
  return result.geometry;
}

describe('pool against tfjs and nested loops', () => {
  it('max equals tf.maxPool, average tf.avgPool, l2 √Σx² over the real cells, on random grids', () => {
    const rng = mulberry32(777);
    const before = tf.memory().numTensors;
    let compared = 0;
    let refused = 0;
    for (let i = 0; i < 80; i++) {
      const input = randomVolume(rng, randInt(rng, 1, 3), randInt(rng, 1, 7), randInt(rng, 1, 7));
      const size = randInt(rng, 1, 4);
      const stride = randInt(rng, 1, 4);
      const padding: PoolPadding = rng() < 0.5 ? 'valid' : 'same';
      const result = poolGeometry(input, { kind: 'max', size, stride, padding });
      if (!result.ok) {
        // Only a valid window larger than the grid is impossible.
        expect(padding).toBe('valid');
        expect(size > input.rows || size > input.cols).toBe(true);
        refused++;
        continue;
      }
      const g = result.geometry;
      const x = () => tf.tensor4d(toNHWC(input));
      expectVolumesClose(pool(input, { kind: 'max', size, stride, padding }, g), readBack(() => tf.maxPool(x(), size, stride, padding)));
      expectVolumesClose(pool(input, { kind: 'average', size, stride, padding }, g), readBack(() => tf.avgPool(x(), size, stride, padding)));
      const l2 = mapWindows(naiveWindows(input, size, stride, padding), (cells) => Math.sqrt(cells.reduce((a, v) => a + v * v, 0)));
      expectVolumesClose(pool(input, { kind: 'l2', size, stride, padding }, g), l2, 1e-9);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(50);
    expect(refused).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('global average is each channel\'s mean (and tf.mean over rows and columns)', () => {
    const rng = mulberry32(4);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 15; i++) {
      const input = randomVolume(rng, randInt(rng, 1, 3), randInt(rng, 1, 7), randInt(rng, 1, 7));
      const settings: PoolSettings = { kind: 'globalAverage', size: 2, stride: 2, padding: 'valid' };
      const got = pool(input, settings, geometryOf(input, settings));
      expect([got.channels, got.rows, got.cols]).toEqual([input.channels, 1, 1]);
      const perChannel = input.rows * input.cols;
      for (let c = 0; c < input.channels; c++) {
        const mean = input.values.slice(c * perChannel, (c + 1) * perChannel).reduce((a, v) => a + v, 0) / perChannel;
        expect(got.values[c]).toBeCloseTo(mean, 9);
      }
      const means = tf.tidy(() => tf.mean(tf.tensor4d(toNHWC(input)), [1, 2]));
      (means.arraySync() as number[][])[0]!.forEach((m, c) => expect(Math.abs(got.values[c]! - m)).toBeLessThanOrEqual(1e-4));
      means.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('poolWindow', () => {
  it('names the first largest cell as the winner, and its cells are the real cells of the window', () => {
    const rng = mulberry32(55);
    let ties = 0;
    for (let i = 0; i < 40; i++) {
      const input = randomVolume(rng, randInt(rng, 1, 2), randInt(rng, 2, 6), randInt(rng, 2, 6));
      const size = randInt(rng, 1, 3);
      const stride = randInt(rng, 1, 3);
      const padding: PoolPadding = rng() < 0.5 ? 'valid' : 'same';
      const settings: PoolSettings = { kind: 'max', size, stride, padding };
      const result = poolGeometry(input, settings);
      if (!result.ok) continue;
      const g = result.geometry;
      const windows = naiveWindows(input, size, stride, padding);
      for (let c = 0; c < input.channels; c++) {
        for (let r = 0; r < g.outRows; r++) {
          for (let q = 0; q < g.outCols; q++) {
            const w = poolWindow(input, 'max', g, c, r, q);
            const values = windows[c]![r]![q]!;
            expect(w.cells.map((cell) => cell.value)).toEqual(values);
            for (const cell of w.cells) expect(cell.value).toBe(input.values[volumeIndex(input, c, cell.row, cell.col)]);
            const max = Math.max(...values);
            expect(w.winner).toBe(values.indexOf(max));
            expect(w.result).toBe(max);
            if (values.filter((v) => v === max).length > 1) ties++;
          }
        }
      }
    }
    // Ties must actually occur, or "first on ties" went untested.
    expect(ties).toBeGreaterThan(10);
  });

  it('averages over the real cells only when a same window hangs over the edge', () => {
    // 3 × 3 grid, 2 × 2 window, stride 2, same: total padding 1, after the grid; the last window holds 1 real cell.
    const input = volumeOf([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
    const settings: PoolSettings = { kind: 'average', size: 2, stride: 2, padding: 'same' };
    const g = geometryOf(input, settings);
    expect(channelRows(pool(input, settings, g), 0)).toEqual([[3, 4.5], [7.5, 9]]);
  });
});

describe('changeBetween', () => {
  it('counts changed cells, cells that carry a value, and the mean absolute change', () => {
    const before = volumeOf([[[0, 1, 2], [0, 0, 3]]]);
    const after = volumeOf([[[0, 1, 5], [4, 0, 3]]]);
    // Changed: (0,2) by 3 and (1,0) by 4. Non-zero before or after: 1, 2/5, 4, 3 → 4 cells.
    expect(changeBetween(before, after)).toEqual({ changed: 2, active: 4, total: 6, meanAbsolute: 7 / 6 });
    expect(changeBetween(before, before)).toMatchObject({ changed: 0, meanAbsolute: 0 });
    // Differences within the tolerance do not count as changes.
    expect(changeBetween(volumeOf([[[1]]]), volumeOf([[[1 + 1e-12]]])).changed).toBe(0);
  });
});

describe('the course pooling example', () => {
  const DIAGONAL_MAP = [[3, -1, -3, -1], [-3, 1, 0, -3], [-3, -3, 0, 1], [3, -2, -2, -1]];
  const VERTICAL_MAP = [[-1, -1, -1, -1], [-1, -1, -2, 1], [-1, -1, -2, 1], [-1, 0, -4, 3]];

  /** The feature maps of the courseBoth example, as the pool explainer's store builds them (valid, stride 1, no activation). */
  function courseMaps(): Volume {
    const example = POOL_EXAMPLES.find((e) => e.id === 'courseMaps');
    if (!example || !('featureMapsOf' in example.input)) throw new Error('courseMaps is not built from feature maps');
    const id = example.input.featureMapsOf;
    const conv = CONV_EXAMPLES.find((e) => e.id === id);
    if (!conv) throw new Error(`no conv example ${id}`);
    const g = windowGeometry({ inRows: conv.input.rows, inCols: conv.input.cols, kernelRows: 3, kernelCols: 3, stride: 1, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
    if (!g.ok) throw new Error('geometry');
    return convolve({ input: conv.input, kernels: conv.kernels, biases: conv.biases, geometry: g.geometry, activation: 'none', flip: false }).output;
  }

  it('pools the two 4 × 4 maps of the course image (diagonal, then vertical line)', () => {
    const maps = courseMaps();
    expect(maps.channels).toBe(2);
    expect(channelRows(maps, 0)).toEqual(DIAGONAL_MAP);
    expect(channelRows(maps, 1)).toEqual(VERTICAL_MAP);
  });

  it('2 × 2 max pooling, stride 2, gives [[3, 0], [3, 1]] and [[−1, 1], [0, 3]]', () => {
    const maps = courseMaps();
    const settings: PoolSettings = { kind: 'max', size: 2, stride: 2, padding: 'valid' };
    const pooled = pool(maps, settings, geometryOf(maps, settings));
    // Independently: the largest of each 2 × 2 block.
    const blocks = (m: number[][]) => [0, 2].map((r) => [0, 2].map((q) => Math.max(m[r]![q]!, m[r]![q + 1]!, m[r + 1]![q]!, m[r + 1]![q + 1]!)));
    expect(blocks(DIAGONAL_MAP)).toEqual([[3, 0], [3, 1]]);
    expect(blocks(VERTICAL_MAP)).toEqual([[-1, 1], [0, 3]]);
    expect(channelRows(pooled, 0)).toEqual([[3, 0], [3, 1]]);
    expect(channelRows(pooled, 1)).toEqual([[-1, 1], [0, 3]]);
  });
});

describe('the shift demo (a "7" moved by one pixel)', () => {
  const POOLING: PoolSettings = { kind: 'max', size: 2, stride: 2, padding: 'valid' };
  /** The demo's pipeline: 3 × 3 vertical-edge kernel, valid, ReLU, then 2 × 2 max pooling with stride 2. */
  function pipeline(picture: Volume): { conv: Volume; pooled: Volume } {
    const g = windowGeometry({ inRows: picture.rows, inCols: picture.cols, kernelRows: 3, kernelCols: 3, stride: 1, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
    if (!g.ok) throw new Error('geometry');
    const conv = convolve({ input: picture, kernels: [SHIFT_KERNEL], biases: [0], geometry: g.geometry, activation: 'relu', flip: false }).output;
    return { conv, pooled: pool(conv, POOLING, geometryOf(conv, POOLING)) };
  }
  /** Changed and non-zero (before or after) cells, counted here rather than by changeBetween. */
  const count = (a: Volume, b: Volume) => ({
    changed: a.values.filter((v, i) => v !== b.values[i]).length,
    active: a.values.filter((v, i) => v !== 0 || b.values[i] !== 0).length,
    total: a.values.length,
  });

  const original = pipeline(SHIFT_PICTURE);

  it('draws the picture, its edge map and the pooled map the demo starts from', () => {
    expect(channelRows(SHIFT_PICTURE, 0).map((row) => row.join(''))).toEqual([
      '0000000000', '0000000000', '0011111110', '0000000100', '0000000100',
      '0000001000', '0000001000', '0000010000', '0000010000', '0000000000',
    ]);
    expect(channelRows(original.pooled, 0)).toEqual([[0, 0, 0, 2], [0, 0, 0, 3], [0, 0, 1, 2], [0, 0, 2, 1]]);
  });

  // Measured numbers for each one-pixel shift: [conv changed, conv active, pooled changed, pooled active]
  // out of 64 convolution cells and 16 pooled cells.
  const MEASURED = {
    right: { down: 0, right: 1, conv: [15, 15], pooled: [5, 6] },
    left: { down: 0, right: -1, conv: [19, 20], pooled: [4, 7] },
    down: { down: 1, right: 0, conv: [12, 14], pooled: [3, 6] },
    up: { down: -1, right: 0, conv: [12, 14], pooled: [4, 6] },
  } as const;

  it.each(Object.entries(MEASURED))('shifting %s changes these many cells', (_name, m) => {
    const moved = pipeline(shiftVolume(SHIFT_PICTURE, m.down, m.right));
    expect(count(original.conv, moved.conv)).toEqual({ changed: m.conv[0], active: m.conv[1], total: 64 });
    expect(count(original.pooled, moved.pooled)).toEqual({ changed: m.pooled[0], active: m.pooled[1], total: 16 });
    expect(changeBetween(original.conv, moved.conv)).toMatchObject({ changed: m.conv[0], active: m.conv[1], total: 64 });
    expect(changeBetween(original.pooled, moved.pooled)).toMatchObject({ changed: m.pooled[0], active: m.pooled[1], total: 16 });
  });

  it('changes a larger share of the active convolution cells than of the active pooled cells, for every shift', () => {
    for (const m of Object.values(MEASURED)) {
      const moved = pipeline(shiftVolume(SHIFT_PICTURE, m.down, m.right));
      const conv = count(original.conv, moved.conv);
      const pooled = count(original.pooled, moved.pooled);
      expect(conv.changed / conv.active).toBeGreaterThan(pooled.changed / pooled.active);
    }
  });

  it('does not change a smaller share of all pooled cells for every shift (right and up move more of the pooled map)', () => {
    // Measured as a share of all cells, pooling does not look steadier here: right 15/64 ≈ 23 % vs
    // 5/16 ≈ 31 %, up 12/64 ≈ 19 % vs 4/16 = 25 %. The demo therefore has to compare active cells.
    const share = (name: keyof typeof MEASURED) => {
      const m = MEASURED[name];
      const moved = pipeline(shiftVolume(SHIFT_PICTURE, m.down, m.right));
      return { conv: count(original.conv, moved.conv).changed / 64, pooled: count(original.pooled, moved.pooled).changed / 16 };
    };
    expect(share('right').pooled).toBeGreaterThan(share('right').conv);
    expect(share('up').pooled).toBeGreaterThan(share('up').conv);
    expect(share('left').pooled).toBeLessThan(share('left').conv);
  });
});

// Keeps the kind list honest: a kind added to the explainer must be added to the tests above.
it('covers every pooling kind the explainer offers', () => {
  const tested: readonly ExplainPoolKind[] = ['max', 'average', 'l2', 'globalAverage'];
  expect([...EXPLAIN_POOL_KINDS]).toEqual(tested);
});
