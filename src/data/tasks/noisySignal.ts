/**
 * Next-value prediction of a noisy signal, many-to-many: the net reads
 * x(t) = s(t) + N(0, noise²) and at every step answers the noise-free s(t + 1), where
 * s(t) = a₁ sin(ω₁ t + φ₁) + a₂ sin(ω₂ t + φ₂) with amplitudes, frequencies and phases drawn
 * afresh for every sequence. To beat copying its input the net must both smooth out the noise
 * and extrapolate the oscillation.
 */
import { gaussian } from '../random';
import type { Random } from '../random';
import type { TaskGeometry } from './taskTypes';

/** The signal is read one value per step. */
export const SIGNAL_FEATURES = 1;

/** An answer within this of the next clean value counts as right. */
export const SIGNAL_TOLERANCE = 0.1;

/** Ranges of the two sines: the slow one carries the shape, the fast, weaker one the detail. */
export const SINE_RANGES = {
  slowAmplitude: { min: 0.5, max: 1 },
  fastAmplitude: { min: 0, max: 0.5 },
  /** Radians per step: a slow period of 18–42 steps, a fast one of 7–16. */
  slowFrequency: { min: 0.15, max: 0.35 },
  fastFrequency: { min: 0.4, max: 0.9 },
} as const;

/** The options of a signal task. */
export interface SignalOptions {
  /** Steps per sequence. */
  length: number;
  /** Standard deviation of the Gaussian noise added to every input value. */
  noise: number;
}

/** The random parameters of one sequence's clean signal (frequencies in radians per step). */
export interface SineMix {
  slow: { amplitude: number; frequency: number; phase: number };
  fast: { amplitude: number; frequency: number; phase: number };
}

/** One sequence is [length, 1]; a value answer at every step, target shape [length]. */
export function signalGeometry({ length }: SignalOptions): TaskGeometry {
  return {
    input: [length, SIGNAL_FEATURES],
    output: { kind: 'values', tolerance: SIGNAL_TOLERANCE },
    perStep: true,
    shape: 'manyToMany',
  };
}

const between = (random: Random, range: { min: number; max: number }) => range.min + (range.max - range.min) * random();

/** Draws one sequence's sine parameters (6 numbers from `random`). */
export function drawSineMix(random: Random): SineMix {
  return {
    slow: { amplitude: between(random, SINE_RANGES.slowAmplitude), frequency: between(random, SINE_RANGES.slowFrequency), phase: 2 * Math.PI * random() },
    fast: { amplitude: between(random, SINE_RANGES.fastAmplitude), frequency: between(random, SINE_RANGES.fastFrequency), phase: 2 * Math.PI * random() },
  };
}

/** The clean signal s(0), …, s(steps − 1), shape [steps]: what the views draw the predictions over. */
export function cleanSignal(mix: SineMix, steps: number): Float32Array {
  const signal = new Float32Array(steps);
  for (let t = 0; t < steps; t++) {
    signal[t] = mix.slow.amplitude * Math.sin(mix.slow.frequency * t + mix.slow.phase) + mix.fast.amplitude * Math.sin(mix.fast.frequency * t + mix.fast.phase);
  }
  return signal;
}

/**
 * Writes example number `index` of a batch: noisy inputs into `inputs` (row-major [count, length, 1])
 * and the next clean values s(1), …, s(length) into `targets` (row-major [count, length]), other
 * examples untouched. Returns the sine parameters, so `cleanSignal(mix, length + 1)` redraws the
 * clean signal the example came from. Within a Batch the targets already are that signal shifted
 * by one step.
 */
export function writeSignalExample({ length, noise }: SignalOptions, random: Random, inputs: Float32Array, targets: Float32Array, index: number): SineMix {
  const mix = drawSineMix(random);
  const signal = cleanSignal(mix, length + 1);
  const start = index * length;
  for (let t = 0; t < length; t++) {
    inputs[start + t] = signal[t]! + noise * gaussian(random);
    targets[start + t] = signal[t + 1]!;
  }
  return mix;
}

/** E[a²] for a ~ U(min, max): (max³ − min³) / (3 (max − min)). */
const meanSquare = ({ min, max }: { min: number; max: number }) => (max ** 3 - min ** 3) / (3 * (max - min));
/** E[cos ω] for ω ~ U(min, max): (sin max − sin min) / (max − min). */
const meanCosine = ({ min, max }: { min: number; max: number }) => (Math.sin(max) - Math.sin(min)) / (max - min);

/**
 * Mean squared error of the naive answer "the next value is the current noisy input", computed
 * analytically (the tests check it against a measurement). The error is s(t+1) − s(t) − n(t).
 * For one sine, s(t+1) − s(t) = 2a sin(ω/2) cos(ωt + ω/2 + φ), whose mean square over a uniform
 * phase is 2a² sin²(ω/2) = a² (1 − cos ω); the two sines' cross term and the noise's cross term
 * average to 0 (independent phases, zero-mean noise). So
 * MSE = E[a₁²](1 − E[cos ω₁]) + E[a₂²](1 − E[cos ω₂]) + noise² ≈ 0.0368 + noise²
 * (0.0468 for noise 0.1). A net must beat this to show it predicts rather than copies.
 */
export function naiveSignalMse(noise: number): number {
  const slowDrift = meanSquare(SINE_RANGES.slowAmplitude) * (1 - meanCosine(SINE_RANGES.slowFrequency));
  const fastDrift = meanSquare(SINE_RANGES.fastAmplitude) * (1 - meanCosine(SINE_RANGES.fastFrequency));
  return slowDrift + fastDrift + noise * noise;
}
