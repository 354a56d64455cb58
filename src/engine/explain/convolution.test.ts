import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import {
  CONV_EXAMPLES, channelRows, convStep, convolve, stepCount, stepPosition, volumeIndex, windowGeometry,
  type ConvSetup, type PaddingMode, type Volume, type WindowGeometry, type WindowSettings,
} from './index';
import { mulberry32, randInt, randValue, randomVolume } from './testGrids';
import { expectVolumesClose, fromNHWC, toNHWC } from './testVolumes';

/** One kernel volume per filter → HWIO nested array, the layout tf.conv2d wants. */
function toHWIO(kernels: Volume[]): number[][][][] {
  const k = kernels[0]!;
  return Array.from({ length: k.rows }, (_r, r) => Array.from({ length: k.cols }, (_q, q) =>
    Array.from({ length: k.channels }, (_c, c) => kernels.map((kernel) => kernel.values[volumeIndex(kernel, c, r, q)]!))));
}

type TfPad = 'valid' | 'same' | [[number, number], [number, number], [number, number], [number, number]];

/** tf.conv2d (+ bias) on the setup's input and kernels, read back as a channel-first volume; disposes everything it made. */
function tfConv(input: Volume, kernels: Volume[], biases: number[], stride: number, dilation: number, pad: TfPad): Volume {
  const out = tf.tidy(() => {
    const x = tf.tensor4d(toNHWC(input));
    const w = tf.tensor4d(toHWIO(kernels));
    return tf.add(tf.conv2d(x, w, stride, pad, 'NHWC', dilation), tf.tensor1d(biases));
  });
  const values = fromNHWC(out.arraySync() as number[][][][]);
  out.dispose();
  return values;
}

/**
 * TensorFlow's documented "same" padding, written here independently of the engine:
 * out = ⌈n/s⌉, total = max((out − 1)s + d(k − 1) + 1 − n, 0), the odd cell after.
 */
function tfSamePadding(n: number, k: number, s: number, d: number): [number, number] {
  const total = Math.max((Math.ceil(n / s) - 1) * s + d * (k - 1) + 1 - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/**
 * The reference convolution by plain loops (cross-correlation): a zero border of the given size,
 * dilated taps, no geometry from the engine beyond the padding amounts passed in.
 */
function naiveConv(input: Volume, kernels: Volume[], biases: number[], stride: number, dilation: number,
  pad: { top: number; bottom: number; left: number; right: number }): Volume {
  const k = kernels[0]!;
  const outRows = Math.floor((input.rows + pad.top + pad.bottom - dilation * (k.rows - 1) - 1) / stride) + 1;
  const outCols = Math.floor((input.cols + pad.left + pad.right - dilation * (k.cols - 1) - 1) / stride) + 1;
  const at = (c: number, r: number, q: number) => (r < 0 || q < 0 || r >= input.rows || q >= input.cols ? 0 : input.values[(c * input.rows + r) * input.cols + q]!);
  const values: number[] = [];
  kernels.forEach((kernel, f) => {
    for (let orow = 0; orow < outRows; orow++) {
      for (let ocol = 0; ocol < outCols; ocol++) {
        let sum = biases[f]!;
        for (let c = 0; c < input.channels; c++) {
          for (let i = 0; i < kernel.rows; i++) {
            for (let j = 0; j < kernel.cols; j++) {
              sum += at(c, orow * stride - pad.top + i * dilation, ocol * stride - pad.left + j * dilation) * kernel.values[(c * kernel.rows + i) * kernel.cols + j]!;
            }
          }
        }
        values.push(sum);
      }
    }
  });
  return { channels: kernels.length, rows: outRows, cols: outCols, values };
}

interface RandomCase {
  settings: WindowSettings;
  input: Volume;
  kernels: Volume[];
  biases: number[];
}

const MODES: readonly PaddingMode[] = ['valid', 'same', 'explicit', 'full'];

function randomCase(rng: () => number): RandomCase {
  const channels = randInt(rng, 1, 3);
  const filters = randInt(rng, 1, 3);
  const kernelRows = randInt(rng, 1, 4);
  // Half of the kernels are non-square: the geometry handles rows and columns separately.
  const kernelCols = rng() < 0.5 ? kernelRows : randInt(rng, 1, 4);
  const settings: WindowSettings = {
    inRows: randInt(rng, 1, 9), inCols: randInt(rng, 1, 9), kernelRows, kernelCols,
    stride: randInt(rng, 1, 4), dilation: randInt(rng, 1, 3), paddingMode: MODES[randInt(rng, 0, 3)]!, paddingAmount: randInt(rng, 0, 3),
  };
  return {
    settings,
    input: randomVolume(rng, channels, settings.inRows, settings.inCols),
    kernels: Array.from({ length: filters }, () => randomVolume(rng, channels, kernelRows, kernelCols)),
    biases: Array.from({ length: filters }, () => randValue(rng)),
  };
}

const setupOf = (c: RandomCase, geometry: WindowGeometry, overrides: Partial<ConvSetup> = {}): ConvSetup =>
  ({ input: c.input, kernels: c.kernels, biases: c.biases, geometry, activation: 'none', flip: false, ...overrides });

/** A random case whose geometry is valid (draws until one is). */
function validCase(rng: () => number): { c: RandomCase; geometry: WindowGeometry } {
  for (;;) {
    const c = randomCase(rng);
    const result = windowGeometry(c.settings);
    if (result.ok) return { c, geometry: result.geometry };
  }
}

describe('convolve against tf.conv2d', () => {
  it('matches tf.conv2d (and a nested loop where tfjs cannot go) on 60 random grids', () => {
    const rng = mulberry32(20240601);
    const tally = { explicitTf: 0, stringTf: 0, naive: 0, skipped: 0 };
    const before = tf.memory().numTensors;
    for (let i = 0; i < 60; i++) {
      const c = randomCase(rng);
      const s = c.settings;
      const result = windowGeometry(s);
      if (!result.ok) {
        // A refused geometry must be one the formula also refuses, for the reason given.
        tally.skipped++;
        const spanRows = s.dilation * (s.kernelRows - 1) + 1;
        const spanCols = s.dilation * (s.kernelCols - 1) + 1;
        if (result.problem.code === 'windowTooBig') {
          const pad = s.paddingMode === 'explicit' ? 2 * s.paddingAmount : s.paddingMode === 'full' ? 2 * (result.problem.axis === 'rows' ? spanRows - 1 : spanCols - 1) : 0;
          const n = result.problem.axis === 'rows' ? s.inRows : s.inCols;
          const span = result.problem.axis === 'rows' ? spanRows : spanCols;
          expect(span).toBeGreaterThan(n + pad);
          expect([result.problem.span, result.problem.padded]).toEqual([span, n + pad]);
        } else {
          expect(s.paddingMode).toBe('explicit');
          expect(s.paddingAmount).toBeGreaterThanOrEqual(Math.max(spanRows, spanCols));
        }
        continue;
      }
      const g = result.geometry;
      const got = convolve(setupOf(c, g)).preActivation;
      if (s.stride > 1 && s.dilation > 1) {
        // tfjs refuses strides and dilations both above 1, so the nested loop is the reference. Its
        // "same" padding comes from TensorFlow's formula written above, not from the engine.
        const pad = s.paddingMode === 'same'
          ? (() => {
            const [top, bottom] = tfSamePadding(s.inRows, s.kernelRows, s.stride, s.dilation);
            const [left, right] = tfSamePadding(s.inCols, s.kernelCols, s.stride, s.dilation);
            return { top, bottom, left, right };
          })()
          : g.padding;
        expectVolumesClose(got, naiveConv(c.input, c.kernels, c.biases, s.stride, s.dilation, pad));
        tally.naive++;
        continue;
      }
      const p = g.padding;
      expectVolumesClose(got, tfConv(c.input, c.kernels, c.biases, s.stride, s.dilation, [[0, 0], [p.top, p.bottom], [p.left, p.right], [0, 0]]));
      tally.explicitTf++;
      if (s.paddingMode === 'valid' || s.paddingMode === 'same') {
        // tfjs works out its own padding from the string: this checks the engine's geometry itself.
        expectVolumesClose(got, tfConv(c.input, c.kernels, c.biases, s.stride, s.dilation, s.paddingMode));
        tally.stringTf++;
      }
    }
    // Every path must really have been taken, or this test would pass by skipping.
    expect(tally.explicitTf).toBeGreaterThanOrEqual(25);
    expect(tally.stringTf).toBeGreaterThanOrEqual(10);
    expect(tally.naive).toBeGreaterThanOrEqual(5);
    expect(tally.skipped).toBeLessThan(20);
    // The comparisons dispose every tensor they create.
    expect(tf.memory().numTensors).toBe(before);
  });

  it('turns every kernel by 180° when flip is set, as tf.conv2d does with a reversed kernel', () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 15; i++) {
      const { c, geometry: g } = validCase(rng);
      if (g.stride > 1 && g.dilation > 1) continue;
      const got = convolve(setupOf(c, g, { flip: true })).preActivation;
      const p = g.padding;
      const out = tf.tidy(() => {
        const w = tf.reverse(tf.tensor4d(toHWIO(c.kernels)), [0, 1]);
        return tf.add(tf.conv2d(tf.tensor4d(toNHWC(c.input)), w, g.stride, [[0, 0], [p.top, p.bottom], [p.left, p.right], [0, 0]], 'NHWC', g.dilation), tf.tensor1d(c.biases));
      });
      expectVolumesClose(got, fromNHWC(out.arraySync() as number[][][][]));
      out.dispose();
    }
  });

  it('flips to a different result than sliding the kernel as it is (an asymmetric kernel)', () => {
    // Guards the test above: if flip were ignored, the course's vertical filter would still pass a
    // symmetric case, so use a kernel that is not symmetric under a 180° turn.
    const g = windowGeometry({ inRows: 3, inCols: 3, kernelRows: 2, kernelCols: 2, stride: 1, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
    if (!g.ok) throw new Error('geometry');
    const input: Volume = { channels: 1, rows: 3, cols: 3, values: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
    const kernels: Volume[] = [{ channels: 1, rows: 2, cols: 2, values: [1, 0, 0, 0] }];
    const base: Omit<ConvSetup, 'flip'> = { input, kernels, biases: [0], geometry: g.geometry, activation: 'none' };
    expect(channelRows(convolve({ ...base, flip: false }).output, 0)).toEqual([[1, 2], [4, 5]]);
    expect(channelRows(convolve({ ...base, flip: true }).output, 0)).toEqual([[5, 6], [8, 9]]);
  });

  it('creates no tensors', () => {
    const { c, geometry } = validCase(mulberry32(3));
    const before = tf.memory().numTensors;
    convolve(setupOf(c, geometry));
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('convStep', () => {
  it('shows, for every step, the products and sum behind that output cell', () => {
    const rng = mulberry32(99);
    for (let i = 0; i < 10; i++) {
      const { c, geometry } = validCase(rng);
      const setup = setupOf(c, geometry, { flip: i % 2 === 1 });
      const whole = convolve(setup).preActivation;
      const n = stepCount(setup);
      expect(n).toBe(c.kernels.length * geometry.outRows * geometry.outCols);
      for (let index = 0; index < n; index++) {
        // Filter by filter, then row by row: index = f·R·C + r·C + q.
        const f = Math.floor(index / (geometry.outRows * geometry.outCols));
        const r = Math.floor((index % (geometry.outRows * geometry.outCols)) / geometry.outCols);
        const q = index % geometry.outCols;
        expect(stepPosition(setup, index)).toEqual({ filter: f, outRow: r, outCol: q });
        const step = convStep(setup, index);
        expect([step.filter, step.outRow, step.outCol]).toEqual([f, r, q]);
        expect(step.preActivation).toBe(whole.values[volumeIndex(whole, f, r, q)]);
        expect(step.products).toHaveLength(c.input.channels * geometry.kernelRows * geometry.kernelCols);
        for (const p of step.products) {
          expect(p.product).toBe(p.value * p.weight);
          if (p.inPadding) expect(p.value).toBe(0);
        }
        const sum = step.products.reduce((a, p) => a + p.product, 0);
        expect(step.sum).toBeCloseTo(sum, 9);
        expect(step.bias).toBe(c.biases[f]);
        expect(step.preActivation).toBeCloseTo(sum + c.biases[f]!, 9);
      }
    }
  });
});

describe('activation', () => {
  it('ReLU output is max(0, preActivation), cell by cell', () => {
    const rng = mulberry32(11);
    let negatives = 0;
    for (let i = 0; i < 10; i++) {
      const { c, geometry } = validCase(rng);
      const { output, preActivation } = convolve(setupOf(c, geometry, { activation: 'relu' }));
      preActivation.values.forEach((pre, j) => {
        if (pre < 0) negatives++;
        expect(output.values[j]).toBe(Math.max(0, pre));
      });
    }
    // Random signs guarantee the clipping was actually exercised.
    expect(negatives).toBeGreaterThan(5);
  });
});

describe('the course example (6 × 6 image, two 3 × 3 filters)', () => {
  const COURSE_IMAGE = [
    [1, 0, 0, 0, 0, 1],
    [0, 1, 0, 0, 1, 0],
    [0, 0, 1, 1, 0, 0],
    [1, 0, 0, 0, 1, 0],
    [0, 1, 0, 0, 1, 0],
    [0, 0, 1, 0, 1, 0],
  ];
  const example = (id: string) => {
    const found = CONV_EXAMPLES.find((e) => e.id === id);
    if (!found) throw new Error(`no example ${id}`);
    return found;
  };
  const run = (id: string, stride: number) => {
    const e = example(id);
    const g = windowGeometry({ inRows: 6, inCols: 6, kernelRows: 3, kernelCols: 3, stride, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
    if (!g.ok) throw new Error('geometry');
    return convolve({ input: e.input, kernels: e.kernels, biases: e.biases, geometry: g.geometry, activation: 'none', flip: false }).output;
  };
  const naive = (kernel: number[][], stride: number) =>
    channelRows(naiveConv({ channels: 1, rows: 6, cols: 6, values: COURSE_IMAGE.flat() }, [{ channels: 1, rows: 3, cols: 3, values: kernel.flat() }], [0], stride, 1,
      { top: 0, bottom: 0, left: 0, right: 0 }), 0);

  it('uses the course image and the diagonal filter', () => {
    const e = example('courseDiagonal');
    expect(channelRows(e.input, 0)).toEqual(COURSE_IMAGE);
    expect(channelRows(e.kernels[0]!, 0)).toEqual([[1, -1, -1], [-1, 1, -1], [-1, -1, 1]]);
  });

  it('diagonal filter, stride 1: the slide\'s 4 × 4 map', () => {
    const slide = [[3, -1, -3, -1], [-3, 1, 0, -3], [-3, -3, 0, 1], [3, -2, -2, -1]];
    // The slide's arithmetic, checked by the nested loop before trusting it.
    expect(naive([[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], 1)).toEqual(slide);
    expect(channelRows(run('courseDiagonal', 1), 0)).toEqual(slide);
  });

  it('diagonal filter, stride 2: the slide\'s 2 × 2 map', () => {
    const slide = [[3, -3], [-3, 0]];
    expect(naive([[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], 2)).toEqual(slide);
    expect(channelRows(run('courseDiagonal', 2), 0)).toEqual(slide);
  });

  it('vertical-line filter, stride 1: the slide\'s 4 × 4 map', () => {
    const e = example('courseVertical');
    expect(channelRows(e.input, 0)).toEqual(COURSE_IMAGE);
    expect(channelRows(e.kernels[0]!, 0)).toEqual([[-1, 1, -1], [-1, 1, -1], [-1, 1, -1]]);
    const slide = [[-1, -1, -1, -1], [-1, -1, -2, 1], [-1, -1, -2, 1], [-1, 0, -4, 3]];
    expect(naive([[-1, 1, -1], [-1, 1, -1], [-1, 1, -1]], 1)).toEqual(slide);
    expect(channelRows(run('courseVertical', 1), 0)).toEqual(slide);
  });
});

describe('windowGeometry output size', () => {
  it('follows ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1, ⌈n/s⌉ for same, and p = d(k − 1) for full', () => {
    const rng = mulberry32(424242);
    let explicitChecked = 0;
    for (let i = 0; i < 600; i++) {
      const n = randInt(rng, 1, 12);
      const k = randInt(rng, 1, 7);
      const s = randInt(rng, 1, 4);
      const d = randInt(rng, 1, 4);
      const p = randInt(rng, 0, 6);
      const span = d * (k - 1) + 1;
      const base = { inRows: n, inCols: n, kernelRows: k, kernelCols: k, stride: s, dilation: d, paddingAmount: p };

      const explicit = windowGeometry({ ...base, paddingMode: 'explicit' });
      if (p >= span) {
        // Padding as wide as the window only adds all-zero windows: refused.
        expect(explicit.ok).toBe(false);
      } else if (span > n + 2 * p) {
        expect(explicit.ok).toBe(false);
      } else {
        if (!explicit.ok) throw new Error(`explicit n=${n} k=${k} s=${s} d=${d} p=${p} refused`);
        expect(explicit.geometry.outRows).toBe(Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1);
        expect(explicit.geometry.outCols).toBe(explicit.geometry.outRows);
        explicitChecked++;
      }

      const valid = windowGeometry({ ...base, paddingMode: 'valid' });
      if (span > n) expect(valid.ok).toBe(false);
      else expect(valid.ok && valid.geometry.outRows).toBe(Math.floor((n - d * (k - 1) - 1) / s) + 1);

      const same = windowGeometry({ ...base, paddingMode: 'same' });
      if (!same.ok) throw new Error(`same n=${n} k=${k} s=${s} d=${d} refused`);
      expect(same.geometry.outRows).toBe(Math.ceil(n / s));
      const [top, bottom] = tfSamePadding(n, k, s, d);
      expect(same.geometry.padding).toEqual({ top, bottom, left: top, right: bottom });

      const full = windowGeometry({ ...base, paddingMode: 'full' });
      if (!full.ok) throw new Error(`full n=${n} k=${k} s=${s} d=${d} refused`);
      expect(full.geometry.padding.top).toBe(d * (k - 1));
      expect(full.geometry.padding.bottom).toBe(d * (k - 1));
      // n + 2d(k − 1) − d(k − 1) − 1 = n + d(k − 1) − 1; at stride 1 that is n + d(k − 1) outputs.
      expect(full.geometry.outRows).toBe(Math.floor((n + d * (k - 1) - 1) / s) + 1);
      if (s === 1) expect(full.geometry.outRows).toBe(n + d * (k - 1));
    }
    expect(explicitChecked).toBeGreaterThan(100);
  });
});
