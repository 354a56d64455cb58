/**
 * The adding problem (Hochreiter & Schmidhuber 1997): a sequence of random values, two of them
 * marked, one in each half; answer the sum of the marked two. The first mark can be as far as
 * `length` − 1 steps from the end, so the net must hold a value across a long gap.
 *
 * Features per step: [value ~ U(0, 1), marker ∈ {0, 1}].
 */
import type { Random } from '../random';
import type { TaskGeometry } from './taskTypes';

/** Features per step: the value and its marker. */
export const ADDING_FEATURES = 2;

/** An answer within this of the sum counts as right, as in the literature. */
export const ADDING_TOLERANCE = 0.04;

/**
 * Mean squared error of always answering 1, the mean of the sum S = U₁ + U₂ of two U(0, 1).
 * That error is Var(S) = Var(U₁) + Var(U₂) = 1/12 + 1/12 = 1/6 ≈ 0.1667 (independent values).
 * A net that does better than this has learnt to read the markers.
 */
export const ADDING_BASELINE_MSE = 1 / 6;

/**
 * Accuracy of always answering 1, as a fraction: S − 1 has the triangular density 1 − |x| on
 * [−1, 1], so P(|S − 1| ≤ t) = 1 − (1 − t)² = 1 − 0.96² = 0.0784 for t = 0.04.
 */
export const ADDING_BASELINE_ACCURACY = 1 - (1 - ADDING_TOLERANCE) ** 2;

/** The options of an adding task. */
export interface AddingOptions {
  /** Steps per sequence (at least 2, so both halves hold a step). */
  length: number;
}

/** One sequence is [length, 2]; one value answer (the sum, in [0, 2]) at the end. */
export function addingGeometry({ length }: AddingOptions): TaskGeometry {
  return {
    input: [length, ADDING_FEATURES],
    output: { kind: 'values', tolerance: ADDING_TOLERANCE },
    perStep: false,
    shape: 'manyToOne',
  };
}

/**
 * Writes example number `index` of a batch: its sequence into `inputs` (row-major
 * [count, length, 2], other examples untouched) and the sum of its two marked values into
 * `sums[index]`. Draws length + 2 numbers from `random`.
 */
export function writeAddingExample({ length }: AddingOptions, random: Random, inputs: Float32Array, sums: Float32Array, index: number): void {
  const start = index * length * ADDING_FEATURES;
  for (let step = 0; step < length; step++) {
    inputs[start + step * ADDING_FEATURES] = random();
    inputs[start + step * ADDING_FEATURES + 1] = 0;
  }
  const half = Math.floor(length / 2);
  const firstMark = Math.floor(random() * half);
  const secondMark = half + Math.floor(random() * (length - half));
  inputs[start + firstMark * ADDING_FEATURES + 1] = 1;
  inputs[start + secondMark * ADDING_FEATURES + 1] = 1;
  // Summed from the stored (float32) values, so the answer is exactly what the net was shown.
  sums[index] = inputs[start + firstMark * ADDING_FEATURES]! + inputs[start + secondMark * ADDING_FEATURES]!;
}
