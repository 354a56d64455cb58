/**
 * Colour for activations and weights. Non-negative data uses a single-hue ramp (white → dark blue);
 * data with both signs uses a diverging purple–orange ramp centred on zero. Both are readable
 * with common colour-vision deficiencies.
 */
import { interpolateBlues, interpolatePuOr, rgb } from 'd3';

export interface ColorScale {
  color(value: number): string;
  /** The same colour as [r, g, b] bytes, from a 256-step lookup table (fast for big heatmaps). */
  rgb(value: number): readonly [number, number, number];
  /** Lowest and highest value the scale spans, for the legend. */
  domain: [number, number];
  diverging: boolean;
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
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return { color: () => '#ffffff', rgb: () => WHITE, domain: [0, 1], diverging: false };
  if (min >= 0) {
    const top = max > 0 ? max : 1;
    return {
      color: (v) => interpolateBlues(Math.max(0, Math.min(1, v / top))),
      rgb: (v) => pick(BLUES, v / top),
      domain: [0, top], diverging: false,
    };
  }
  const bound = Math.max(Math.abs(min), Math.abs(max)) || 1;
  // PuOr runs orange (low) → purple (high); flip so positive values are orange-brown "ink".
  const t = (v: number) => 0.5 - Math.max(-1, Math.min(1, v / bound)) / 2;
  return { color: (v) => interpolatePuOr(t(v)), rgb: (v) => pick(PUOR, t(v)), domain: [-bound, bound], diverging: true };
}

const GREYS = Array.from({ length: 256 }, (_v, i) => [255 - i, 255 - i, 255 - i] as const);

/**
 * The notes' convention for filter weights: darker means larger (more positive), lighter means
 * smaller (more negative), stretched between the smallest and largest value.
 */
export function greyScaleFor(values: ArrayLike<number>): ColorScale {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  if (!Number.isFinite(min) || max === min) return { color: () => '#808080', rgb: () => [128, 128, 128], domain: [min, max], diverging: false };
  const t = (v: number) => (v - min) / (max - min);
  return {
    color: (v) => { const g = Math.round(255 * (1 - Math.max(0, Math.min(1, t(v))))); return `rgb(${g},${g},${g})`; },
    rgb: (v) => pick(GREYS, t(v)),
    domain: [min, max], diverging: false,
  };
}

/** A diverging scale centred on zero even when every value has the same sign (for weights). */
export function signedScaleFor(values: ArrayLike<number>): ColorScale {
  let bound = 0;
  for (let i = 0; i < values.length; i++) bound = Math.max(bound, Math.abs(values[i]!));
  return scaleFor([-(bound || 1), bound || 1]);
}
