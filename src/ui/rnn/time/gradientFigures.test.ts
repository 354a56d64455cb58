import { describe, expect, it } from 'vitest';
import type { UnrolledDirection } from '../../../engine/recurrent/unroll';
import { gradientFigures, meanGate, meanTanhSlope, verdict } from './gradientFigures';

describe('gradient figures', () => {
  it('a gradient that halves at every step back has ratio 2^-(T-1) and factor 0.5', () => {
    const norms = Float32Array.from({ length: 11 }, (_v, t) => 2 ** (t - 10));
    const f = gradientFigures(norms);
    expect(f.first).toBeCloseTo(2 ** -10, 12);
    expect(f.last).toBe(1);
    expect(f.ratio).toBeCloseTo(1 / 1024, 12);
    expect(f.perStep).toBeCloseTo(0.5, 6);
    expect(verdict(f.ratio)).toBe('vanishing');
  });

  it('growing gradients read as exploding, similar ones as healthy, and a zero last step does not divide by zero', () => {
    expect(verdict(gradientFigures([5000, 1]).ratio)).toBe('exploding');
    expect(verdict(gradientFigures([0.5, 1]).ratio)).toBe('healthy');
    expect(Number.isNaN(gradientFigures([1, 0]).ratio)).toBe(true);
  });

  it('averages a gate and the tanh slope over every unit and step', () => {
    const direction = {
      cell: 'lstm', direction: 'forward', steps: 2, units: 2, preActivations: {},
      values: { forget: Float32Array.of(0.5, 1, 0.25, 0.25), hidden: Float32Array.of(0, 0.5, -0.5, 1) },
    } as unknown as UnrolledDirection;
    expect(meanGate(direction, 'forget')).toBeCloseTo(0.5, 6);
    expect(Number.isNaN(meanGate(direction, 'update'))).toBe(true);
    // 1 − h²: 1, 0.75, 0.75, 0
    expect(meanTanhSlope(direction)).toBeCloseTo(0.625, 6);
  });
});
