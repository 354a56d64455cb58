/**
 * Colour for activations and weights. Non-negative data uses a single-hue ramp (white → dark blue);
 * data with both signs uses a diverging purple–orange ramp centred on zero. Both are readable
 * with common colour-vision deficiencies.
 */
import { interpolateBlues, interpolatePuOr } from 'd3';

export interface ColorScale {
  color(value: number): string;
  /** Lowest and highest value the scale spans, for the legend. */
  domain: [number, number];
  diverging: boolean;
}

export function scaleFor(values: ArrayLike<number>): ColorScale {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return { color: () => '#ffffff', domain: [0, 1], diverging: false };
  if (min >= 0) {
    const top = max > 0 ? max : 1;
    return { color: (v) => interpolateBlues(Math.max(0, Math.min(1, v / top))), domain: [0, top], diverging: false };
  }
  const bound = Math.max(Math.abs(min), Math.abs(max)) || 1;
  // PuOr runs orange (low) → purple (high); flip so positive values are orange-brown "ink".
  return { color: (v) => interpolatePuOr(0.5 - Math.max(-1, Math.min(1, v / bound)) / 2), domain: [-bound, bound], diverging: true };
}
