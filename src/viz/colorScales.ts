/**
 * Colour for activations and weights. Non-negative data uses a single-hue ramp (white → dark blue);
 * data with both signs uses a diverging purple–orange ramp centred on zero. Both are readable
 * with common colour-vision deficiencies.
 */
import { interpolateBlues, interpolatePuOr, rgb } from 'd3';
import { NON_FINITE_FILL, NON_FINITE_RGB } from './nonFinite';

export interface ColorScale {
  color(value: number): string;
  /** The same colour as [r, g, b] bytes, from a 256-step lookup table (fast for big heatmaps). */
  rgb(value: number): readonly [number, number, number];
  /** Lowest and highest value the scale spans, for the legend. */
  domain: [number, number];
  diverging: boolean;
}

/**
 * The scale's own colours for finite values, and the non-finite colour for NaN and ±∞ (which
 * would otherwise index past the lookup table, or pass for the ends of the ramp).
 */
function withNonFinite(color: (v: number) => string, bytes: (v: number) => readonly [number, number, number]): Pick<ColorScale, 'color' | 'rgb'> {
  return {
    color: (v) => (Number.isFinite(v) ? color(v) : NON_FINITE_FILL),
    rgb: (v) => (Number.isFinite(v) ? bytes(v) : NON_FINITE_RGB),
  };
}

/** Smallest and largest finite value (Infinity, −Infinity when there is none): NaN and ±∞ never stretch a scale. */
function finiteExtent(values: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** 256 precomputed colours of an interpolator over t in [0, 1]. */
function lookupTable(interpolate: (t: number) => string): (readonly [number, number, number])[] {
  return Array.from({ length: 256 }, (_v, i) => {
    const c = rgb(interpolate(i / 255));
    return [c.r, c.g, c.b] as const;
  });
}
const BLUES = lookupTable(interpolateBlues);
const PUOR = lookupTable(interpolatePuOr);
const WHITE = [255, 255, 255] as const;
const pick = (table: (readonly [number, number, number])[], t: number) => table[Math.round(Math.max(0, Math.min(1, t)) * 255)]!;

export function scaleFor(values: ArrayLike<number>): ColorScale {
  const [min, max] = finiteExtent(values);
  if (!Number.isFinite(min)) return { ...withNonFinite(() => '#ffffff', () => WHITE), domain: [0, 1], diverging: false };
  if (min >= 0) {
    const top = max > 0 ? max : 1;
    return {
      ...withNonFinite((v) => interpolateBlues(Math.max(0, Math.min(1, v / top))), (v) => pick(BLUES, v / top)),
      domain: [0, top], diverging: false,
    };
  }
  const bound = Math.max(Math.abs(min), Math.abs(max)) || 1;
  // d3's PuOr runs purple (t = 0) → orange-brown (t = 1): negative values purple, positive ones
  // orange-brown "ink", as every legend says.
  const t = (v: number) => 0.5 + Math.max(-1, Math.min(1, v / bound)) / 2;
  return { ...withNonFinite((v) => interpolatePuOr(t(v)), (v) => pick(PUOR, t(v))), domain: [-bound, bound], diverging: true };
}

const GREYS = Array.from({ length: 256 }, (_v, i) => [255 - i, 255 - i, 255 - i] as const);

/**
 * The notes' convention for filter weights: darker means larger (more positive), lighter means
 * smaller (more negative), stretched between the smallest and largest value.
 */
export function greyScaleFor(values: ArrayLike<number>): ColorScale {
  const [min, max] = finiteExtent(values);
  if (!Number.isFinite(min) || max === min) return { ...withNonFinite(() => '#808080', () => [128, 128, 128]), domain: [min, max], diverging: false };
  const t = (v: number) => (v - min) / (max - min);
  return {
    ...withNonFinite((v) => { const g = Math.round(255 * (1 - Math.max(0, Math.min(1, t(v))))); return `rgb(${g},${g},${g})`; }, (v) => pick(GREYS, t(v))),
    domain: [min, max], diverging: false,
  };
}

/** A diverging scale centred on zero even when every value has the same sign (for weights). */
export function signedScaleFor(values: ArrayLike<number>): ColorScale {
  const [min, max] = finiteExtent(values);
  const bound = Number.isFinite(min) ? Math.max(Math.abs(min), Math.abs(max)) : 0;
  return scaleFor([-(bound || 1), bound || 1]);
}
