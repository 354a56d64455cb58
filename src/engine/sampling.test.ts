import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random';
import { applyTemperature, sampleIndex, sampleWithTemperature } from './sampling';

const p = [0.1, 0.2, 0.6, 0.1];

describe('sampling with a temperature', () => {
  it('temperature 0 (and anything tiny) always takes the most likely symbol, the first on ties', () => {
    const random = createRandom(1);
    for (let i = 0; i < 50; i++) expect(sampleWithTemperature(p, 0, random)).toBe(2);
    expect(Array.from(applyTemperature([0.4, 0.4, 0.2], 0.001))).toEqual([1, 0, 0]);
  });

  it('temperature 1 keeps the distribution: 20,000 seeded draws land within 0.02 of it', () => {
    const random = createRandom(9);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[sampleWithTemperature(p, 1, random)]! += 1;
    counts.forEach((c, i) => expect(Math.abs(c / 20_000 - p[i]!)).toBeLessThan(0.02));
  });

  it('temperature 0.5 squares the probabilities and renormalises; 2 takes square roots', () => {
    const squares = p.map((v) => v * v);
    const sumSquares = squares.reduce((a, b) => a + b, 0);
    applyTemperature(p, 0.5).forEach((v, i) => expect(v).toBeCloseTo(squares[i]! / sumSquares, 10));
    const roots = p.map(Math.sqrt);
    const sumRoots = roots.reduce((a, b) => a + b, 0);
    applyTemperature(p, 2).forEach((v, i) => expect(v).toBeCloseTo(roots[i]! / sumRoots, 10));
  });

  it('the same seed draws the same sequence; zero-probability symbols are never drawn', () => {
    const q = [0, 0.5, 0, 0.5];
    const draw = (seed: number) => { const r = createRandom(seed); return Array.from({ length: 200 }, () => sampleWithTemperature(q, 1.5, r)); };
    expect(draw(4)).toEqual(draw(4));
    expect(draw(4)).not.toEqual(draw(5));
    expect(draw(4).every((i) => i === 1 || i === 3)).toBe(true);
  });

  it('weights that do not sum to 1, and a random number at the very top, still give a valid symbol', () => {
    expect(sampleIndex([2, 0, 6], () => 0.999999999)).toBe(2);
    expect(sampleIndex([2, 0, 6], () => 0)).toBe(0);
    expect(sampleIndex([0, 0], () => 0.5)).toBe(0);
  });
});
