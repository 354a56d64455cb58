// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextOf, installFakeCanvas } from '../test/fakeCanvas';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { createUnitBars } from './unitBars';

function render(values: number[], width = 120) {
  const root = detachedRoot(width);
  const bars = createUnitBars(root);
  bars.update(new Float32Array(values));
  nextFrame();
  const canvas = root.querySelector('canvas')!;
  return { root, bars, canvas, ctx: contextOf(canvas)! };
}

/** Rectangles rounded to 3 decimals, as [colour, x, y, width, height]. */
const rects = (fills: { x: number; y: number; width: number; height: number; color: string }[]) =>
  fills.map((f) => [f.color, ...[f.x, f.y, f.width, f.height].map((v) => Math.round(v * 1000) / 1000)]);

beforeEach(() => {
  vi.useFakeTimers();
  installFakeCanvas();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the unit bars', () => {
  it('draws one bar per unit from a zero line: blue up for positive, orange down for negative', () => {
    // 3 units in 120 px: 12 px a bar (the most), 36 px drawn. Values span −1…2 over 64 px, so zero is at 64 · 2/3.
    const { ctx, canvas } = render([2, -1, 0.5]);
    expect([canvas.style.width, canvas.style.height]).toEqual(['36px', '64px']);
    expect(rects(ctx.fills)).toEqual([
      ['#e3e8ee', 0, 42.667, 36, 1],
      ['#0072b2', 0, 0, 11, 42.667],
      ['#e69f00', 12, 42.667, 11, 21.333],
      ['#0072b2', 24, 32, 11, 10.667],
    ]);
  });

  it('draws every k-th unit when there are more units than pixels', () => {
    // 300 units in 120 px: 1 px a bar, every ⌈300 / 120⌉ = 3rd unit.
    const { ctx } = render(Array.from({ length: 300 }, (_v, i) => i + 1));
    expect(ctx.fills).toHaveLength(1 + 100);
    expect(ctx.fills[2]!.x).toBe(1);
  });

  it('updating redraws the same canvas with the new bars only', () => {
    const { root, bars, ctx } = render([2, -1, 0.5]);
    bars.update(new Float32Array([1, 1]));
    nextFrame();
    expect(root.querySelectorAll('canvas')).toHaveLength(1);
    // No negative values: zero is the bottom, each bar the full 64 px.
    expect(rects(ctx.fills)).toEqual([['#e3e8ee', 0, 64, 24, 1], ['#0072b2', 0, 0, 11, 64], ['#0072b2', 12, 0, 11, 64]]);
    bars.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  it('draws NaN and ±∞ as crossed full-height bars and scales the rest to the finite values', () => {
    const { ctx } = render([2, NaN, -1, Infinity, -Infinity]);
    // Five 12 px bars; the finite −1…2 set the scale exactly as without the others.
    expect(ctx.colorAt(17, 5)).toBe('#009e73');
    expect(ctx.colorAt(41, 60)).toBe('#009e73');
    expect(ctx.colorAt(53, 30)).toBe('#009e73');
    for (const x of [12, 36, 48]) expect(ctx.hasCross(x, 0, 11, 64)).toBe(true);
    expect(rects(ctx.fills.filter((f) => f.color !== '#009e73'))).toEqual([
      ['#e3e8ee', 0, 42.667, 60, 1],
      ['#0072b2', 0, 0, 11, 42.667],
      ['#e69f00', 24, 42.667, 11, 21.333],
    ]);
  });
});
