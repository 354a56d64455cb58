import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { SignalOptions, SineMix } from './noisySignal';
import { SINE_RANGES, cleanSignal, naiveSignalMse, signalGeometry, writeSignalExample } from './noisySignal';

function batch(options: SignalOptions, seed: number, count: number) {
  const random = createRandom(seed);
  const inputs = new Float32Array(count * options.length);
  const targets = new Float32Array(count * options.length);
  const mixes: SineMix[] = [];
  for (let i = 0; i < count; i++) mixes.push(writeSignalExample(options, random, inputs, targets, i));
  return { inputs, targets, mixes };
}

describe('noisy signal', () => {
  it('has [length, 1] inputs and a value answer at every step', () => {
    expect(signalGeometry({ length: 50, noise: 0.1 })).toEqual({ input: [50, 1], output: { kind: 'values', tolerance: 0.1 }, perStep: true, shape: 'manyToMany' });
  });

  it('is the same for a seed and different for another', () => {
    const a = batch({ length: 20, noise: 0.1 }, 1, 8);
    expect(a.inputs).toEqual(batch({ length: 20, noise: 0.1 }, 1, 8).inputs);
    expect(a.targets).toEqual(batch({ length: 20, noise: 0.1 }, 1, 8).targets);
    expect(a.inputs).not.toEqual(batch({ length: 20, noise: 0.1 }, 2, 8).inputs);
  });

  it('targets the next clean value: the two-sine formula, and the noise-free input one step later', () => {
    const length = 30;
    const count = 50;
    const { inputs, targets, mixes } = batch({ length, noise: 0 }, 3, count);
    expect(inputs.length).toBe(count * length);
    expect(targets.length).toBe(count * length);
    mixes.forEach((mix, i) => {
      expect(mix.slow.amplitude).toBeGreaterThanOrEqual(SINE_RANGES.slowAmplitude.min);
      expect(mix.slow.amplitude).toBeLessThanOrEqual(SINE_RANGES.slowAmplitude.max);
      expect(mix.fast.amplitude).toBeLessThanOrEqual(SINE_RANGES.fastAmplitude.max);
      expect(mix.slow.frequency).toBeGreaterThanOrEqual(0.15);
      expect(mix.slow.frequency).toBeLessThanOrEqual(0.35);
      expect(mix.fast.frequency).toBeGreaterThanOrEqual(0.4);
      expect(mix.fast.frequency).toBeLessThanOrEqual(0.9);
      const clean = cleanSignal(mix, length + 1);
      for (let t = 0; t < length; t++) {
        // Written out again rather than reusing cleanSignal, so the formula itself is checked.
        const s = (u: number) => mix.slow.amplitude * Math.sin(mix.slow.frequency * u + mix.slow.phase) + mix.fast.amplitude * Math.sin(mix.fast.frequency * u + mix.fast.phase);
        expect(targets[i * length + t]).toBeCloseTo(s(t + 1), 6);
        expect(targets[i * length + t]).toBe(clean[t + 1]);
        expect(inputs[i * length + t]).toBe(clean[t]);
        if (t + 1 < length) expect(inputs[i * length + t + 1]).toBe(targets[i * length + t]);
      }
    });
  });

  it('adds noise of the requested standard deviation', () => {
    for (const noise of [0.05, 0.3]) {
      const length = 50;
      const count = 200;
      const { inputs, targets } = batch({ length, noise }, 4, count);
      // The target at t is the clean value behind the input at t + 1, so their difference is pure noise.
      let sum = 0;
      let sumOfSquares = 0;
      let n = 0;
      for (let i = 0; i < count; i++) {
        for (let t = 0; t + 1 < length; t++) {
          const residual = inputs[i * length + t + 1]! - targets[i * length + t]!;
          sum += residual;
          sumOfSquares += residual * residual;
          n++;
        }
      }
      const mean = sum / n;
      const deviation = Math.sqrt(sumOfSquares / n - mean * mean);
      // n = 9800: the standard error of the deviation is noise / √(2n) ≈ 0.7% of it; of the mean, noise / √n.
      expect(Math.abs(deviation / noise - 1)).toBeLessThan(0.03);
      expect(Math.abs(mean)).toBeLessThan((4 * noise) / Math.sqrt(n));
    }
  });

  it('copying the noisy input as the next value has the analytic MSE', () => {
    expect(naiveSignalMse(0)).toBeCloseTo(0.03676, 4);
    expect(naiveSignalMse(0.1)).toBeCloseTo(0.04676, 4);
    for (const noise of [0, 0.1, 0.5]) {
      const length = 50;
      const count = 4000;
      const { inputs, targets } = batch({ length, noise }, 5, count);
      let squaredError = 0;
      for (let k = 0; k < inputs.length; k++) squaredError += (targets[k]! - inputs[k]!) ** 2;
      const measured = squaredError / inputs.length;
      // Sequences differ a lot in how fast they move; 4000 of them pin the mean to about 1.5%.
      expect(Math.abs(measured / naiveSignalMse(noise) - 1)).toBeLessThan(0.05);
    }
  });
});
