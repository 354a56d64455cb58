/**
 * The figures written beside the gradients-through-time chart, all derived from what the worker
 * computed for one example: the first and last step's gradient, their ratio, the average factor
 * per step back, and the average gate values that explain it.
 */
import type { UnrolledDirection, GateName } from '../../../engine/recurrent/unroll';

export interface GradientFigures {
  first: number;
  last: number;
  /** first ÷ last. */
  ratio: number;
  /** ratio^(1/(T−1)): the geometric-mean factor of one step back. */
  perStep: number;
}

export function gradientFigures(norms: ArrayLike<number>): GradientFigures {
  const steps = norms.length;
  const first = norms[0] ?? 0;
  const last = norms[steps - 1] ?? 0;
  const ratio = last > 0 ? first / last : Number.NaN;
  const perStep = steps > 1 && ratio > 0 ? ratio ** (1 / (steps - 1)) : Number.NaN;
  return { first, last, ratio, perStep };
}

/** The mean of one gate over every unit and step of a direction (NaN when the cell has no such gate). */
export function meanGate(direction: UnrolledDirection, gate: GateName): number {
  const values = direction.values[gate];
  if (!values || values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The mean slope of tanh at the hidden states, 1 − h², over every unit and step (SimpleRNN: h = tanh(·)). */
export function meanTanhSlope(direction: UnrolledDirection): number {
  const hidden = direction.values.hidden;
  if (!hidden || hidden.length === 0) return Number.NaN;
  let sum = 0;
  for (const h of hidden) sum += 1 - h * h;
  return sum / hidden.length;
}

/** Vanishing below 1e-3, exploding above 1e3 (three powers of ten either way), healthy between. */
export type GradientVerdict = 'vanishing' | 'exploding' | 'healthy';
export function verdict(ratio: number): GradientVerdict {
  if (!(ratio > 0)) return 'vanishing';
  if (ratio < 1e-3) return 'vanishing';
  if (ratio > 1e3) return 'exploding';
  return 'healthy';
}
