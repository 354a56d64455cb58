/**
 * Drawing the next symbol from a model's probabilities, with a temperature: pᵢ^(1/T), renormalised.
 * Below 1 the likely symbols gain (T → 0 always takes the most likely one); above 1 the
 * distribution flattens and rarer symbols come up more often. The random source is seeded by the
 * caller, so the same seed writes the same text.
 */

/** At or below this temperature, sampling is greedy: the most likely symbol every time. */
export const MIN_TEMPERATURE = 0.01;
export const TEMPERATURE_RANGE = { min: 0, max: 2, step: 0.05 } as const;

/** p^(1/T) renormalised, computed in log space; one-hot on the (first) most likely symbol at T ≤ MIN_TEMPERATURE. */
export function applyTemperature(probabilities: ArrayLike<number>, temperature: number): Float64Array {
  const n = probabilities.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  let best = 0;
  for (let i = 1; i < n; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  if (!(temperature > MIN_TEMPERATURE)) {
    out[best] = 1;
    return out;
  }
  const largest = Math.log(probabilities[best]!);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i]!;
    // A zero stays zero at any temperature (its log is −∞).
    out[i] = p > 0 ? Math.exp((Math.log(p) - largest) / temperature) : 0;
    total += out[i]!;
  }
  for (let i = 0; i < n; i++) out[i]! /= total;
  return out;
}

/** Inverse-CDF sampling; tolerant of weights that do not sum to exactly 1. */
export function sampleIndex(weights: ArrayLike<number>, random: () => number): number {
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i]! > 0) {
      total += weights[i]!;
      lastPositive = i;
    }
  }
  if (lastPositive < 0) return 0;
  let remaining = random() * total;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w <= 0) continue;
    if (remaining < w) return i;
    remaining -= w;
  }
  // Rounding left a sliver past the end: it belongs to the last possible symbol.
  return lastPositive;
}

export function sampleWithTemperature(probabilities: ArrayLike<number>, temperature: number, random: () => number): number {
  return sampleIndex(applyTemperature(probabilities, temperature), random);
}
