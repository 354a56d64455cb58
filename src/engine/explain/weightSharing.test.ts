import { describe, expect, it } from 'vitest';
import {
  SHARING_VARIANTS, convolve, denseCount, kernelIdAt, locallyConnected, sharingCounts, tiledConvolve, windowGeometry,
  type PaddingMode, type SharingCount, type SharingVariant, type Volume, type WindowGeometry,
} from './index';
import { mulberry32, randInt, randValue, randomVolume } from './testGrids';

const byVariant = (counts: SharingCount[], variant: SharingVariant) => {
  const found = counts.find((c) => c.variant === variant);
  if (!found) throw new Error(`no ${variant} row`);
  return found;
};

/**
 * One filter slid by plain loops, taking for output (r, q) kernel `kernelAt(r, q)` and its bias:
 * zero border, stride and dilation, independent of the engine's window taps.
 */
function naiveSlide(input: Volume, kernels: Volume[], biases: number[], g: WindowGeometry, kernelAt: (r: number, q: number) => number): number[][] {
  const at = (c: number, r: number, q: number) => (r < 0 || q < 0 || r >= input.rows || q >= input.cols ? 0 : input.values[(c * input.rows + r) * input.cols + q]!);
  return Array.from({ length: g.outRows }, (_r, r) => Array.from({ length: g.outCols }, (_q, q) => {
    const id = kernelAt(r, q);
    const kernel = kernels[id]!;
    let sum = biases[id]!;
    for (let c = 0; c < input.channels; c++) {
      for (let i = 0; i < kernel.rows; i++) {
        for (let j = 0; j < kernel.cols; j++) {
          sum += at(c, r * g.stride - g.padding.top + i * g.dilation, q * g.stride - g.padding.left + j * g.dilation) * kernel.values[(c * kernel.rows + i) * kernel.cols + j]!;
        }
      }
    }
    return sum;
  }));
}

const rowsOf = (v: Volume) => Array.from({ length: v.rows }, (_r, r) => v.values.slice(r * v.cols, (r + 1) * v.cols));

function expectGridClose(got: number[][], expected: number[][]) {
  expect(got.length).toBe(expected.length);
  got.forEach((row, r) => {
    expect(row.length).toBe(expected[r]!.length);
    row.forEach((v, q) => expect(v).toBeCloseTo(expected[r]![q]!, 9));
  });
}

const MODES: readonly PaddingMode[] = ['valid', 'same', 'explicit', 'full'];

/** A random valid geometry and an input to match. */
function randomSetting(rng: () => number): { input: Volume; g: WindowGeometry; k: number } {
  for (;;) {
    const channels = randInt(rng, 1, 3);
    const n = randInt(rng, 2, 8);
    const k = randInt(rng, 1, 3);
    const stride = randInt(rng, 1, 3);
    const dilation = randInt(rng, 1, 2);
    const result = windowGeometry({ inRows: n, inCols: n, kernelRows: k, kernelCols: k, stride, dilation, paddingMode: MODES[randInt(rng, 0, 3)]!, paddingAmount: randInt(rng, 0, 2) });
    if (result.ok) return { input: randomVolume(rng, channels, n, n), g: result.geometry, k };
  }
}

describe('sharingCounts', () => {
  // The notes' example (Nielsen, ch. 6): 20 feature maps with 5 × 5 kernels on a 28 × 28 image.
  const counts = sharingCounts({ inSize: 28, inChannels: 1, kernel: 5, filters: 20, stride: 2, tiles: 2 });

  it('gives the notes\' 20 · (25 + 1) = 520 parameters for the convolution', () => {
    expect(byVariant(counts, 'convolution')).toMatchObject({ outSize: 24, kernelsPerFilter: 1, weights: 500, biases: 20, parameters: 520 });
  });

  it('gives the notes\' 784 · 30 + 30 = 23,550 parameters for a 30-unit dense layer', () => {
    expect(denseCount(784, 30)).toEqual({ weights: 23_520, biases: 30, parameters: 23_550 });
  });

  it('keeps the convolution\'s parameters when strided or fully padded, with the sizes those give', () => {
    // Strided: ⌊(28 − 5)/2⌋ + 1 = 12; full: 28 + 5 − 1 = 32.
    expect(byVariant(counts, 'strided')).toMatchObject({ outSize: 12, outputs: 12 * 12 * 20, parameters: 520 });
    expect(byVariant(counts, 'full')).toMatchObject({ outSize: 32, outputs: 32 * 32 * 20, parameters: 520 });
  });

  it('counts a kernel and a bias per position per filter when unshared (as Keras LocallyConnected2D)', () => {
    // 24·24 positions × 20 filters × (5·5·1 + 1) = 576 · 20 · 26 = 299,520.
    expect(byVariant(counts, 'unshared')).toMatchObject({ kernelsPerFilter: 576, weights: 576 * 20 * 25, biases: 576 * 20, parameters: 299_520 });
  });

  it('counts a dense layer with as many outputs as the convolution (no sharing at all)', () => {
    // 784 inputs × 24·24·20 = 11,520 outputs, plus a bias per output.
    expect(byVariant(counts, 'fullyConnected')).toMatchObject({ weights: 784 * 11_520, biases: 11_520, parameters: 784 * 11_520 + 11_520 });
    expect(byVariant(counts, 'fullyConnected').parameters).toBe(denseCount(784, 11_520).parameters);
  });

  it('counts t² kernels per filter, each with its own bias, when tiled', () => {
    // 2 × 2 tiles: 4 kernels per filter × 20 filters × (25 + 1) = 2,080.
    expect(byVariant(counts, 'tiled')).toMatchObject({ kernelsPerFilter: 4, weights: 4 * 20 * 25, biases: 80, parameters: 2_080 });
  });

  it('matches independent formulas on random settings', () => {
    const rng = mulberry32(1234);
    for (let i = 0; i < 200; i++) {
      const s = { inSize: randInt(rng, 1, 12), inChannels: randInt(rng, 1, 3), kernel: randInt(rng, 1, 7), filters: randInt(rng, 1, 4), stride: randInt(rng, 1, 4), tiles: randInt(rng, 1, 4) };
      const counts = sharingCounts(s);
      expect(counts.map((c) => c.variant)).toEqual([...SHARING_VARIANTS]);
      const valid = s.kernel > s.inSize ? 0 : s.inSize - s.kernel + 1;
      const positions = valid * valid;
      const perKernel = s.kernel * s.kernel * s.inChannels;
      const shared = perKernel * s.filters + s.filters;
      expect(byVariant(counts, 'convolution').parameters).toBe(shared);
      expect(byVariant(counts, 'strided').parameters).toBe(shared);
      expect(byVariant(counts, 'full').parameters).toBe(shared);
      expect(byVariant(counts, 'strided').outSize).toBe(s.kernel > s.inSize ? 0 : Math.floor((s.inSize - s.kernel) / s.stride) + 1);
      expect(byVariant(counts, 'full').outSize).toBe(s.inSize + s.kernel - 1);
      expect(byVariant(counts, 'unshared').parameters).toBe(positions * s.filters * (perKernel + 1));
      expect(byVariant(counts, 'fullyConnected').parameters).toBe(denseCount(s.inSize * s.inSize * s.inChannels, positions * s.filters).parameters);
      // Distinct kernels a tiled filter really uses on this output: count kernelIdAt's ids.
      const ids = new Set<number>();
      for (let r = 0; r < valid; r++) for (let q = 0; q < valid; q++) ids.add(kernelIdAt('tiled', valid, s.tiles, r, q));
      expect(byVariant(counts, 'tiled').kernelsPerFilter).toBe(ids.size);
      expect(byVariant(counts, 'tiled').parameters).toBe(ids.size * s.filters * (perKernel + 1));
      for (const c of counts) expect(c.parameters).toBe(c.weights + c.biases);
    }
  });
});

describe('kernelIdAt', () => {
  const grid = (variant: SharingVariant, size: number, tiles: number) =>
    Array.from({ length: size }, (_r, r) => Array.from({ length: size }, (_q, q) => kernelIdAt(variant, size, tiles, r, q)));

  it('uses one kernel everywhere for the shared variants', () => {
    for (const variant of ['convolution', 'strided', 'full'] as const) expect(new Set(grid(variant, 5, 2).flat())).toEqual(new Set([0]));
  });

  it('uses a different kernel at every position when unshared', () => {
    const ids = grid('unshared', 5, 2).flat();
    expect(new Set(ids).size).toBe(25);
  });

  it('repeats the tiled kernels with period t in both directions, t² of them', () => {
    for (const t of [1, 2, 3]) {
      const ids = grid('tiled', 7, t);
      for (let r = 0; r < 7; r++) {
        for (let q = 0; q < 7; q++) {
          if (r + t < 7) expect(ids[r + t]![q]).toBe(ids[r]![q]);
          if (q + t < 7) expect(ids[r]![q + t]).toBe(ids[r]![q]);
        }
      }
      // Within one t × t tile every kernel is different.
      const tile = ids.slice(0, t).flatMap((row) => row.slice(0, t));
      expect(new Set(tile).size).toBe(t * t);
      expect(new Set(ids.flat()).size).toBe(t * t);
    }
  });
});

describe('locallyConnected and tiledConvolve', () => {
  it('locallyConnected equals a nested loop with a random kernel and bias per position', () => {
    const rng = mulberry32(8080);
    for (let i = 0; i < 20; i++) {
      const { input, g, k } = randomSetting(rng);
      const positions = g.outRows * g.outCols;
      const kernels = Array.from({ length: positions }, () => randomVolume(rng, input.channels, k, k));
      const biases = Array.from({ length: positions }, () => randValue(rng));
      const got = locallyConnected(input, kernels, biases, g);
      expect([got.channels, got.rows, got.cols]).toEqual([1, g.outRows, g.outCols]);
      expectGridClose(rowsOf(got), naiveSlide(input, kernels, biases, g, (r, q) => r * g.outCols + q));
    }
  });

  it('tiledConvolve equals a nested loop taking kernel (r mod t)·t + (q mod t)', () => {
    const rng = mulberry32(9090);
    for (let i = 0; i < 20; i++) {
      const { input, g, k } = randomSetting(rng);
      const t = randInt(rng, 1, 3);
      const kernels = Array.from({ length: t * t }, () => randomVolume(rng, input.channels, k, k));
      const biases = Array.from({ length: t * t }, () => randValue(rng));
      expectGridClose(rowsOf(tiledConvolve(input, kernels, biases, t, g)), naiveSlide(input, kernels, biases, g, (r, q) => (r % t) * t + (q % t)));
    }
  });

  it('tiledConvolve with one tile is the ordinary convolution', () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 10; i++) {
      const { input, g, k } = randomSetting(rng);
      const kernel = randomVolume(rng, input.channels, k, k);
      const bias = randValue(rng);
      const tiled = tiledConvolve(input, [kernel], [bias], 1, g);
      const conv = convolve({ input, kernels: [kernel], biases: [bias], geometry: g, activation: 'none', flip: false }).output;
      expectGridClose(rowsOf(tiled), rowsOf(conv));
    }
  });

  it('locallyConnected with the same kernel everywhere is the ordinary convolution', () => {
    // The unshared layer generalises the convolution: tying all its kernels must give it back.
    const rng = mulberry32(2);
    const { input, g, k } = randomSetting(rng);
    const kernel = randomVolume(rng, input.channels, k, k);
    const positions = g.outRows * g.outCols;
    const local = locallyConnected(input, Array.from({ length: positions }, () => kernel), new Array<number>(positions).fill(0.5), g);
    const conv = convolve({ input, kernels: [kernel], biases: [0.5], geometry: g, activation: 'none', flip: false }).output;
    expectGridClose(rowsOf(local), rowsOf(conv));
  });
});
