/**
 * Reproducible random grids for the explainer's tests (imported only by *.test.ts): seeded, so a
 * failing random case can be replayed from its seed.
 */
import { createRandom, type Random } from '../../data/random';
import type { Volume } from './volume';

export type Rng = Random;

/** The project's seeded generator (mulberry32), under the name these tests use. */
export const mulberry32 = (seed: number): Rng => createRandom(seed);

export const randInt = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** Values with two decimals in −3…3: varied enough to catch a wrong tap, exact enough for float32. */
export const randValue = (rng: Rng) => Math.round((rng() * 6 - 3) * 100) / 100;

export function randomVolume(rng: Rng, channels: number, rows: number, cols: number, value: (rng: Rng) => number = randValue): Volume {
  return { channels, rows, cols, values: Array.from({ length: channels * rows * cols }, () => value(rng)) };
}
