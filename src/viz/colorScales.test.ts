import { describe, expect, it } from 'vitest';
import { hex } from '../test/fakeCanvas';
import { greyScaleFor, scaleFor, signedScaleFor, type ColorScale } from './colorScales';

// The documented ends of d3's ramps: Blues runs #f7fbff → #08306b; PuOr runs #7f3b08 (orange-brown) → #2d004b (purple).
const BLUES = ['#f7fbff', '#08306b'];
const ORANGE_END = '#7f3b08';
const PURPLE_END = '#2d004b';
const NON_FINITE = '#009e73';

const bytesHex = ([r, g, b]: readonly [number, number, number]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const lightness = (css: string) => { const h = hex(css); return [1, 3, 5].reduce((sum, i) => sum + parseInt(h.slice(i, i + 2), 16), 0); };
/** Colours at n evenly spaced values from a to b. */
const sweep = (scale: ColorScale, a: number, b: number, n = 21) => Array.from({ length: n }, (_v, i) => scale.color(a + ((b - a) * i) / (n - 1)));

describe('colour scales', () => {
  it('non-negative data: white to dark blue over 0…max, darker as values grow', () => {
    const scale = scaleFor([0, 0.5, 2]);
    expect(scale.domain).toEqual([0, 2]);
    expect(scale.diverging).toBe(false);
    expect([hex(scale.color(0)), hex(scale.color(2))]).toEqual(BLUES);
    expect([bytesHex(scale.rgb(0)), bytesHex(scale.rgb(2))]).toEqual(BLUES);
    const light = sweep(scale, 0, 2).map(lightness);
    for (let i = 1; i < light.length; i++) expect(light[i]).toBeLessThan(light[i - 1]!);
    // Beyond the domain it clamps to the ends.
    expect(hex(scale.color(5))).toBe(BLUES[1]);
  });

  it('data with both signs: diverging and centred on zero, orange-brown for positive and purple for negative', () => {
    const scale = scaleFor([-1, 3]);
    expect(scale.domain).toEqual([-3, 3]);
    expect(scale.diverging).toBe(true);
    expect(hex(scale.color(3))).toBe(ORANGE_END);
    expect(hex(scale.color(-3))).toBe(PURPLE_END);
    expect(bytesHex(scale.rgb(3))).toBe(ORANGE_END);
    // Zero is near white; each side darkens steadily away from it.
    expect(lightness(scale.color(0))).toBeGreaterThan(3 * 225);
    const up = sweep(scale, 0, 3).map(lightness);
    const down = sweep(scale, 0, -3).map(lightness);
    for (let i = 1; i < up.length; i++) {
      expect(up[i]).toBeLessThan(up[i - 1]!);
      expect(down[i]).toBeLessThan(down[i - 1]!);
    }
  });

  it('all zeros or nothing at all still give a usable scale', () => {
    expect(scaleFor([0, 0]).domain).toEqual([0, 1]);
    expect(scaleFor([]).color(0.3)).toBe('#ffffff');
  });

  it('the filters\' grey convention: lightest at the smallest value, black at the largest', () => {
    const scale = greyScaleFor([-2, 0, 2]);
    expect(scale.domain).toEqual([-2, 2]);
    expect([hex(scale.color(-2)), hex(scale.color(0)), hex(scale.color(2))]).toEqual(['#ffffff', '#808080', '#000000']);
    expect([bytesHex(scale.rgb(-2)), bytesHex(scale.rgb(2))]).toEqual(['#ffffff', '#000000']);
    expect(hex(greyScaleFor([3, 3]).color(3))).toBe('#808080');
  });

  it('the signed weight scale is centred on zero even when every weight has one sign', () => {
    const scale = signedScaleFor([0.5, 2]);
    expect(scale.domain).toEqual([-2, 2]);
    expect(scale.diverging).toBe(true);
    expect(signedScaleFor([]).domain).toEqual([-1, 1]);
  });
});

describe('non-finite values', () => {
  it('never stretch or poison a scale\'s domain', () => {
    expect(scaleFor([0, 1, NaN, Infinity, 2]).domain).toEqual([0, 2]);
    expect(scaleFor([-1, -Infinity, 0.5, NaN]).domain).toEqual([-1, 1]);
    expect(greyScaleFor([1, NaN, 3, -Infinity]).domain).toEqual([1, 3]);
    expect(signedScaleFor([Infinity, -0.5, NaN]).domain).toEqual([-0.5, 0.5]);
    // Only non-finite values: the same fallback as no values.
    expect(scaleFor([NaN, Infinity]).domain).toEqual([0, 1]);
  });

  it('finite values keep the colours they would have without them', () => {
    const scale = scaleFor([0, NaN, 2, Infinity]);
    expect([hex(scale.color(0)), hex(scale.color(2))]).toEqual(BLUES);
  });

  it('get the non-finite colour, from every scale, as a string and as bytes (no lookup past the table)', () => {
    for (const scale of [scaleFor([0, 1]), scaleFor([-1, 1]), greyScaleFor([0, 1]), greyScaleFor([1, 1]), signedScaleFor([1]), scaleFor([])]) {
      for (const v of [NaN, Infinity, -Infinity]) {
        expect(hex(scale.color(v))).toBe(NON_FINITE);
        expect(bytesHex(scale.rgb(v))).toBe(NON_FINITE);
      }
    }
  });

  it('the non-finite colour is far from every colour the value ramps use', () => {
    const distance = (a: string, b: string) => Math.hypot(...[1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)));
    const ramps = [sweep(scaleFor([0, 1]), 0, 1, 101), sweep(scaleFor([-1, 1]), -1, 1, 101), sweep(greyScaleFor([0, 1]), 0, 1, 101)].flat().map(hex);
    expect(Math.min(...ramps.map((c) => distance(c, NON_FINITE)))).toBeGreaterThan(60);
  });
});
