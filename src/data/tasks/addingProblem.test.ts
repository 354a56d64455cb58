import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { ADDING_BASELINE_ACCURACY, ADDING_BASELINE_MSE, ADDING_TOLERANCE, addingGeometry, writeAddingExample } from './addingProblem';

function batch(length: number, seed: number, count: number) {
  const random = createRandom(seed);
  const inputs = new Float32Array(count * length * 2);
  const sums = new Float32Array(count);
  for (let i = 0; i < count; i++) writeAddingExample({ length }, random, inputs, sums, i);
  return { inputs, sums };
}

/** The marked steps of one example, found by scanning its marker channel. */
function markedSteps(inputs: Float32Array, example: number, length: number): number[] {
  const marks: number[] = [];
  for (let step = 0; step < length; step++) if (inputs[(example * length + step) * 2 + 1] === 1) marks.push(step);
  return marks;
}

describe('adding problem', () => {
  it('has [length, 2] inputs and one value answer with tolerance 0.04', () => {
    expect(addingGeometry({ length: 30 })).toEqual({ input: [30, 2], output: { kind: 'values', tolerance: 0.04 }, perStep: false, shape: 'manyToOne' });
  });

  it('is the same for a seed and different for another', () => {
    expect(batch(10, 4, 16)).toEqual(batch(10, 4, 16));
    expect(batch(10, 4, 16).inputs).not.toEqual(batch(10, 5, 16).inputs);
  });

  it('marks exactly one step in each half, and the answer is the sum of the marked values', () => {
    for (const length of [4, 5, 30]) {
      const count = 300;
      const { inputs, sums } = batch(length, length, count);
      expect(inputs.length).toBe(count * length * 2);
      expect(sums.length).toBe(count);
      const half = Math.floor(length / 2);
      const firstSeen = new Set<number>();
      const secondSeen = new Set<number>();
      for (let i = 0; i < count; i++) {
        const marks = markedSteps(inputs, i, length);
        expect(marks).toHaveLength(2);
        const [first, second] = marks as [number, number];
        expect(first).toBeLessThan(half);
        expect(second).toBeGreaterThanOrEqual(half);
        firstSeen.add(first);
        secondSeen.add(second);
        for (let step = 0; step < length; step++) {
          const marker = inputs[(i * length + step) * 2 + 1]!;
          expect(marker === 0 || marker === 1).toBe(true);
          const value = inputs[(i * length + step) * 2]!;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
        expect(sums[i]).toBe(Math.fround(inputs[(i * length + first) * 2]! + inputs[(i * length + second) * 2]!));
      }
      // Every step of each half can carry the mark.
      expect(firstSeen.size).toBe(half);
      expect(secondSeen.size).toBe(length - half);
    }
  });

  it('answering 1 always has MSE 1/6 and accuracy 0.0784, as measured', () => {
    const count = 20000;
    const { sums } = batch(6, 11, count);
    let squaredError = 0;
    let right = 0;
    for (const sum of sums) {
      squaredError += (sum - 1) ** 2;
      if (Math.abs(sum - 1) <= ADDING_TOLERANCE) right++;
    }
    expect(ADDING_BASELINE_MSE).toBeCloseTo(0.16667, 5);
    expect(ADDING_BASELINE_ACCURACY).toBeCloseTo(0.0784, 10);
    // Standard errors at n = 20000: ≈ 0.0014 for the MSE and ≈ 0.0019 for the accuracy.
    expect(Math.abs(squaredError / count - ADDING_BASELINE_MSE)).toBeLessThan(0.006);
    expect(Math.abs(right / count - ADDING_BASELINE_ACCURACY)).toBeLessThan(0.008);
  });
});
