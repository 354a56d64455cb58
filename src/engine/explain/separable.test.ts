import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { depthwiseConvolve, pointwiseConvolve, separableCosts, volumeIndex, windowGeometry, type PaddingMode } from './index';
import { mulberry32, randInt, randValue, randomVolume } from './testGrids';
import { expectVolumesClose, readBack, toNHWC } from './testVolumes';

const MODES: readonly PaddingMode[] = ['valid', 'same', 'explicit', 'full'];

describe('depthwiseConvolve', () => {
  it('equals tf.depthwiseConv2d (channel multiplier 1) on random grids, strides and paddings', () => {
    const rng = mulberry32(31337);
    const before = tf.memory().numTensors;
    let compared = 0;
    let withStringPadding = 0;
    for (let i = 0; i < 60; i++) {
      const channels = randInt(rng, 1, 3);
      const k = randInt(rng, 1, 4);
      const stride = randInt(rng, 1, 4);
      // tfjs refuses strides and dilations both above 1.
      const dilation = stride > 1 ? 1 : randInt(rng, 1, 3);
      const mode = MODES[randInt(rng, 0, 3)]!;
      const n = randInt(rng, 1, 9);
      const result = windowGeometry({ inRows: n, inCols: n, kernelRows: k, kernelCols: k, stride, dilation, paddingMode: mode, paddingAmount: randInt(rng, 0, 3) });
      if (!result.ok) continue;
      const g = result.geometry;
      const input = randomVolume(rng, channels, n, n);
      const kernel = randomVolume(rng, channels, k, k);
      const got = depthwiseConvolve(input, kernel, g);
      // Filter [k, k, C, 1]: channel c of the kernel acts on channel c of the input alone.
      const filter = Array.from({ length: k }, (_r, r) => Array.from({ length: k }, (_q, q) => Array.from({ length: channels }, (_c, c) => [kernel.values[volumeIndex(kernel, c, r, q)]!])));
      const p = g.padding;
      expectVolumesClose(got, readBack(() => tf.depthwiseConv2d(tf.tensor4d(toNHWC(input)), tf.tensor4d(filter), stride,
        [[0, 0], [p.top, p.bottom], [p.left, p.right], [0, 0]], 'NHWC', dilation)));
      compared++;
      if (mode === 'valid' || mode === 'same') {
        expectVolumesClose(got, readBack(() => tf.depthwiseConv2d(tf.tensor4d(toNHWC(input)), tf.tensor4d(filter), stride, mode, 'NHWC', dilation)));
        withStringPadding++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(30);
    expect(withStringPadding).toBeGreaterThanOrEqual(10);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('pointwiseConvolve', () => {
  it('equals a 1 × 1 tf.conv2d and a dense layer applied at every pixel', () => {
    const rng = mulberry32(2718);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const channels = randInt(rng, 1, 4);
      const filters = randInt(rng, 1, 4);
      const input = randomVolume(rng, channels, randInt(rng, 1, 6), randInt(rng, 1, 6));
      const weights = Array.from({ length: filters }, () => Array.from({ length: channels }, () => randValue(rng)));
      const biases = Array.from({ length: filters }, () => randValue(rng));
      const got = pointwiseConvolve(input, weights, biases);

      // Kernel [1, 1, C, F]: weights transposed to in × out.
      const kernel = [[Array.from({ length: channels }, (_c, c) => weights.map((row) => row[c]!))]];
      expectVolumesClose(got, readBack(() => tf.add(tf.conv2d(tf.tensor4d(toNHWC(input)), tf.tensor4d(kernel), 1, 'valid'), tf.tensor1d(biases))));

      // The same numbers as a dense layer: y = W·x + b on each pixel's channel vector.
      for (let r = 0; r < input.rows; r++) {
        for (let q = 0; q < input.cols; q++) {
          const x = Array.from({ length: channels }, (_c, c) => input.values[volumeIndex(input, c, r, q)]!);
          weights.forEach((row, f) => {
            const y = row.reduce((a, w, c) => a + w * x[c]!, biases[f]!);
            expect(got.values[volumeIndex(got, f, r, q)]).toBeCloseTo(y, 9);
          });
        }
      }
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('separableCosts', () => {
  // Andrew Ng's MobileNet lecture (Coursera CNN course, week 2): a 6 × 6 × 3 input, 3 × 3 kernels,
  // 5 filters, valid padding → a 4 × 4 × 5 output. (The shared notes only hold the slides as
  // images; these are the slide's numbers.)
  const coursera = separableCosts({ kernel: 3, inChannels: 3, outChannels: 5, outRows: 4, outCols: 4 });

  it('counts the lecture\'s multiplications: 2160 standard, 432 + 240 = 672 separable', () => {
    // Standard: 4·4 positions × 5 filters × 3·3·3 taps = 16 · 5 · 27 = 2160.
    expect(coursera.standard.multiplyAdds).toBe(2160);
    // Depthwise: 4·4 positions × 3 channels × 3·3 taps = 432.
    expect(coursera.depthwise.multiplyAdds).toBe(432);
    // Pointwise: 4·4 positions × 5 filters × 3 channels = 240.
    expect(coursera.pointwise.multiplyAdds).toBe(240);
    expect(coursera.separable.multiplyAdds).toBe(672);
    // The lecture's ratio: 672 / 2160 = 1/5 + 1/9 ≈ 0.31.
    expect(coursera.separable.multiplyAdds / coursera.standard.multiplyAdds).toBeCloseTo(1 / 5 + 1 / 9, 12);
  });

  it('counts parameters as Keras does (one bias per output channel, none on the depthwise step)', () => {
    // Conv2D: 3·3·3·5 weights + 5 biases = 135 + 5 = 140.
    expect(coursera.standard).toMatchObject({ weights: 135, biases: 5, parameters: 140 });
    // SeparableConv2D: depthwise 3·3·3 = 27, pointwise 3·5 = 15, biases 5 → 47.
    expect(coursera.depthwise).toMatchObject({ weights: 27, biases: 0, parameters: 27 });
    expect(coursera.pointwise).toMatchObject({ weights: 15, biases: 5, parameters: 20 });
    expect(coursera.separable).toMatchObject({ weights: 42, biases: 5, parameters: 47 });
  });

  it('agrees with tfjs-layers\' countParams for Conv2D and SeparableConv2D', () => {
    const rng = mulberry32(5);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 6; i++) {
      const kernel = randInt(rng, 1, 5);
      const inChannels = randInt(rng, 1, 8);
      const outChannels = randInt(rng, 1, 8);
      const size = kernel + randInt(rng, 0, 4);
      const out = size - kernel + 1;
      const costs = separableCosts({ kernel, inChannels, outChannels, outRows: out, outCols: out });
      const conv = tfl.sequential({ layers: [tfl.layers.conv2d({ inputShape: [size, size, inChannels], filters: outChannels, kernelSize: kernel })] });
      const separable = tfl.sequential({ layers: [tfl.layers.separableConv2d({ inputShape: [size, size, inChannels], filters: outChannels, kernelSize: kernel })] });
      expect(costs.standard.parameters).toBe(conv.countParams());
      expect(costs.separable.parameters).toBe(separable.countParams());
      // Independently: k²·Cin + Cin·Cout + Cout.
      expect(costs.separable.parameters).toBe(kernel * kernel * inChannels + inChannels * outChannels + outChannels);
      conv.dispose();
      separable.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
