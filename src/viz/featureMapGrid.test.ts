// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextOf, installFakeCanvas, type FakeContext2D } from '../test/fakeCanvas';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { greyScaleFor } from './colorScales';
import { createFeatureMapGrid, type FeatureMapData } from './featureMapGrid';

// d3's Blues ramp ends (the scheme's first and last colours): white-ish for 0, dark blue for the largest value.
const BLUES_LOW = '#f7fbff';
const BLUES_HIGH = '#08306b';
const NON_FINITE = '#009e73';

/**
 * Two channels of a 2 × 3 map, stored [row][col][channel]. In a 300 px container with 30 px tiles
 * each unit is 10 px, a tile 30 × 20, and the two tiles sit side by side, the second at x = 36
 * (tile width 30 + gap 6).
 */
const data = (values: number[], extra: Partial<FeatureMapData> = {}): FeatureMapData => ({
  shape: [2, 3, 2], values: new Float32Array(values), selected: null, outline: null, ...extra,
});
// channel 0: 0 1 2 / 3 4 5 · channel 1: 5 4 3 / 2 1 0
const TWO_CHANNELS = [0, 5, 1, 4, 2, 3, 3, 2, 4, 1, 5, 0];

function render(values: number[], extra: Partial<FeatureMapData> = {}) {
  const root = detachedRoot(300);
  const grid = createFeatureMapGrid(root, { tileSize: 30 });
  grid.update(data(values, extra));
  nextFrame();
  const canvas = root.querySelector('canvas')!;
  return { root, grid, canvas, ctx: contextOf(canvas)! };
}

/** The colour at the middle of unit (row, col) of channel k. */
const unitColor = (ctx: FakeContext2D, k: number, row: number, col: number) => ctx.colorAt(k * 36 + col * 10 + 5, row * 10 + 5);

beforeEach(() => {
  vi.useFakeTimers();
  installFakeCanvas();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the feature map grid', () => {
  it('draws one tile per channel, sized from the shape and the tile size', () => {
    const { ctx, canvas } = render(TWO_CHANNELS);
    expect(canvas.style.width).toBe('66px');
    expect(canvas.style.height).toBe('20px');
    // 2 channels × 6 units, each a 10 × 10 rectangle.
    const units = ctx.fills.filter((f) => f.width === 10 && f.height === 10);
    expect(units).toHaveLength(12);
    expect(units.map((u) => `${u.x},${u.y}`)).toContain('56,10');
    // Each tile is framed.
    expect(ctx.strokes.map((s) => [s.x, s.y, s.width, s.height])).toEqual([[0.5, 0.5, 29, 19], [36.5, 0.5, 29, 19]]);
  });

  it('paints 0 with the light end of the ramp and the largest value with the dark end, per unit', () => {
    const { ctx } = render(TWO_CHANNELS);
    expect(unitColor(ctx, 0, 0, 0)).toBe(BLUES_LOW);
    expect(unitColor(ctx, 0, 1, 2)).toBe(BLUES_HIGH);
    expect(unitColor(ctx, 1, 0, 0)).toBe(BLUES_HIGH);
    expect(unitColor(ctx, 1, 1, 2)).toBe(BLUES_LOW);
    // Values 1…4 in between, darker as they grow (channel 0 counts up along its rows).
    const darkness = [1, 2, 3, 4].map((v) => {
      const c = unitColor(ctx, 0, Math.floor(v / 3), v % 3)!;
      return parseInt(c.slice(1, 3), 16) + parseInt(c.slice(3, 5), 16) + parseInt(c.slice(5, 7), 16);
    });
    expect(darkness).toEqual([...darkness].sort((a, b) => b - a));
    expect(new Set(darkness).size).toBe(4);
  });

  it('uses the scale it is given instead of its own (filters: darker is larger)', () => {
    const { ctx } = render(TWO_CHANNELS, { scale: greyScaleFor([0, 10]) });
    expect(unitColor(ctx, 0, 0, 0)).toBe('#ffffff');
    // 5 of 0…10 is half way: grey 127 or 128 (a 256-step table).
    expect(['#7f7f7f', '#808080']).toContain(unitColor(ctx, 0, 1, 2));
  });

  it('outlines the receptive field on every channel and frames the selected unit on its own channel', () => {
    const { ctx } = render(TWO_CHANNELS, { outline: { rows: [0, 1], cols: [1, 2] }, selected: { channel: 1, row: 1, col: 0 } });
    const orange = ctx.strokes.filter((s) => s.color === '#e69f00');
    // Columns 1–2, rows 0–1: x from 10 + 1, 20 − 2 wide, 20 − 2 high.
    expect(orange.map((s) => [s.x, s.y, s.width, s.height])).toEqual([[11, 1, 18, 18], [47, 1, 18, 18]]);
    const vermillion = ctx.strokes.filter((s) => s.color === '#d55e00');
    expect(vermillion.map((s) => [s.x, s.y, s.width, s.height])).toEqual([[35, 9, 12, 12]]);
  });

  it('wraps tiles onto new rows when they do not fit the width', () => {
    const root = detachedRoot(120);
    const grid = createFeatureMapGrid(root, { tileSize: 30 });
    // 5 channels of a 1 × 1 map: 30 px tiles, (120 + 6) / 36 → 3 a row, so two rows.
    grid.update({ shape: [1, 1, 5], values: new Float32Array([0, 1, 2, 3, 4]), selected: null, outline: null });
    nextFrame();
    const canvas = root.querySelector('canvas')!;
    expect(canvas.style.width).toBe('102px');
    expect(canvas.style.height).toBe('66px');
    // Channel 3 opens the second row.
    expect(contextOf(canvas)!.colorAt(5, 41)).not.toBeNull();
    expect(grid.unitAt(40, 40)).toEqual({ channel: 4, row: 0, col: 0 });
  });

  it('answers which unit is under a point, and nothing in the gap between tiles', () => {
    const { grid } = render(TWO_CHANNELS);
    expect(grid.unitAt(25, 15)).toEqual({ channel: 0, row: 1, col: 2 });
    expect(grid.unitAt(37, 1)).toEqual({ channel: 1, row: 0, col: 0 });
    expect(grid.unitAt(33, 5)).toBeNull();
  });

  it('updating redraws in place: one canvas, the new colours, no stale cells', () => {
    const { root, grid, ctx } = render(TWO_CHANNELS);
    grid.update(data(TWO_CHANNELS.map((v) => 5 - v)));
    nextFrame();
    expect(root.querySelectorAll('canvas')).toHaveLength(1);
    expect(ctx.fills.filter((f) => f.width === 10)).toHaveLength(12);
    // Flipped to 5 − v, channel 0's first unit is now the largest.
    expect(unitColor(ctx, 0, 0, 0)).toBe(BLUES_HIGH);
  });

  it('destroy removes what it drew', () => {
    const { root, grid } = render(TWO_CHANNELS);
    grid.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  // channel 0: 0 NaN 2 / 3 4 ∞ · channel 1: −∞ 4 3 / 2 1 0.
  const WITH_HOLES = [0, -Infinity, NaN, 4, 2, 3, 3, 2, 4, 1, Infinity, 0];

  it('draws NaN and ±∞ as marked cells instead of throwing', () => {
    const { ctx } = render(WITH_HOLES);
    expect(unitColor(ctx, 0, 0, 1)).toBe(NON_FINITE);
    expect(unitColor(ctx, 0, 1, 2)).toBe(NON_FINITE);
    expect(unitColor(ctx, 1, 0, 0)).toBe(NON_FINITE);
    expect(ctx.hasCross(10, 0, 10, 10)).toBe(true);
    expect(ctx.hasCross(20, 10, 10, 10)).toBe(true);
    expect(ctx.hasCross(36, 0, 10, 10)).toBe(true);
    // Finite cells are not crossed.
    expect(ctx.hasCross(0, 0, 10, 10)).toBe(false);
    expect(ctx.lines).toHaveLength(3 * 2);
  });

  it('leaves the other cells coloured by the finite values alone', () => {
    const { ctx } = render(WITH_HOLES);
    // The finite values run 0…4: 0 is the light end, 4 the dark end (an ∞ would have washed them all out).
    expect(unitColor(ctx, 0, 0, 0)).toBe(BLUES_LOW);
    expect(unitColor(ctx, 0, 1, 1)).toBe(BLUES_HIGH);
    expect(unitColor(ctx, 1, 0, 1)).toBe(BLUES_HIGH);
    expect(unitColor(ctx, 1, 1, 2)).toBe(BLUES_LOW);
  });

  it('marks non-finite values with a caller-given scale too', () => {
    const { ctx } = render(WITH_HOLES, { scale: greyScaleFor(WITH_HOLES) });
    expect(unitColor(ctx, 0, 0, 1)).toBe(NON_FINITE);
    expect(unitColor(ctx, 0, 0, 0)).toBe('#ffffff');
    expect(unitColor(ctx, 0, 1, 1)).toBe('#000000');
  });

  it('shows a legend entry only while a non-finite value is drawn', () => {
    const { root, grid } = render(WITH_HOLES, { nonFiniteLabel: 'not a number (NaN) or infinite (∞)' });
    const legend = () => root.querySelector('.non-finite-legend');
    expect(legend()?.textContent).toBe('not a number (NaN) or infinite (∞)');
    expect(legend()?.querySelector('svg rect')?.getAttribute('fill')).toBe('#009E73');
    grid.update(data(TWO_CHANNELS, { nonFiniteLabel: 'not a number (NaN) or infinite (∞)' }));
    nextFrame();
    expect(legend()).toBeNull();
    grid.update(data(WITH_HOLES, { nonFiniteLabel: 'not a number (NaN) or infinite (∞)' }));
    nextFrame();
    grid.update(data(WITH_HOLES, { nonFiniteLabel: 'not a number (NaN) or infinite (∞)' }));
    nextFrame();
    expect(root.querySelectorAll('.non-finite-legend')).toHaveLength(1);
    grid.destroy();
    expect(root.children).toHaveLength(0);
  });

  it('has no legend entry when the caller gave no words for one', () => {
    const { root } = render(WITH_HOLES);
    expect(root.querySelector('.non-finite-legend')).toBeNull();
  });
});
