// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DICTIONARIES } from '../content/dictionaries';
import { threeDecimals } from '../content/numberFormat';
import { contextOf, installFakeCanvas } from '../test/fakeCanvas';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { scaleFor } from './colorScales';
import { createGateHeatmap, type GateCell, type GateHeatmapData } from './gateHeatmap';

const u = DICTIONARIES.en.rnn.unrolled;
const zhUnrolled = DICTIONARIES['zh-TW'].rnn.unrolled;

/**
 * A forget gate over 3 steps × 2 units, stored [step][unit], in 10 × 8 px cells: the canvas is
 * 30 × 16, step s is x = 10 s, unit j is y = 8 j.
 */
const FORGET = [0, 1, 0.25, 0.5, 0.9314, 0.75];
const data = (values: number[], extra: Partial<GateHeatmapData> = {}): GateHeatmapData => ({
  values: new Float32Array(values), steps: 3, units: 2, scale: scaleFor([0, 1]), cellWidth: 10, cellHeight: 8,
  selectedStep: null, selected: null,
  // How the unrolled view words a cell (DirectionBlock): the dictionary's words, three decimals.
  cellLabel: (step, unit, value) => u.cellLabel('', 'forget gate', step, unit, threeDecimals(value)),
  gridLabel: 'forget gate over every step',
  ...extra,
});

function render(values: number[], extra: Partial<GateHeatmapData> = {}) {
  const root = detachedRoot(300);
  const selections: GateCell[] = [];
  const heatmap = createGateHeatmap(root, { idPrefix: 'forget', onSelect: (cell) => selections.push(cell) });
  heatmap.update(data(values, extra));
  nextFrame();
  const canvas = root.querySelector('canvas')!;
  return { root, heatmap, selections, ctx: contextOf(canvas)!, grid: root.querySelector<HTMLElement>('[role="grid"]')! };
}

const cellAt = (root: HTMLElement, step: number, unit: number) => root.querySelector<HTMLElement>(`#forget-${unit}-${step}`)!;

beforeEach(() => {
  vi.useFakeTimers();
  installFakeCanvas();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the gate heatmap', () => {
  it('draws one cell per unit and step, columns for steps and rows for units', () => {
    const { root, ctx } = render(FORGET);
    const box = root.querySelector<HTMLElement>('.gate-heatmap')!;
    expect([box.style.width, box.style.height]).toEqual(['30px', '16px']);
    const cells = ctx.fills.filter((f) => f.width === 10 && f.height === 8);
    expect(cells).toHaveLength(6);
    // Step 0 unit 0 is 0 (the light end of Blues), step 0 unit 1 is 1 (the dark end).
    expect(ctx.colorAt(5, 4)).toBe('#f7fbff');
    expect(ctx.colorAt(5, 12)).toBe('#08306b');
  });

  it('has a grid of rows (units) of cells (steps) whose names say gate, step, unit and value', () => {
    const { root, grid } = render(FORGET);
    expect(grid.getAttribute('aria-label')).toBe('forget gate over every step');
    expect(grid.querySelectorAll('[role="row"]')).toHaveLength(2);
    expect(grid.querySelectorAll('[role="gridcell"]')).toHaveLength(6);
    expect(cellAt(root, 2, 0).getAttribute('aria-label')).toBe('forget gate, step 2, unit 0: 0.931');
    expect(cellAt(root, 1, 1).getAttribute('aria-label')).toBe('forget gate, step 1, unit 1: 0.500');
    expect(cellAt(root, 2, 1).style.width).toBe('10px');
  });

  it('marks the selected step and cell, and points the grid at the selected cell', () => {
    const { root, ctx, grid } = render(FORGET, { selectedStep: 1, selected: { step: 1, unit: 1 } });
    expect(ctx.strokes.map((s) => [s.color, s.x, s.y, s.width, s.height])).toEqual([
      ['#1f2933', 10.5, 0.5, 9, 15],
      ['#d55e00', 11, 9, 8, 6],
    ]);
    expect(grid.getAttribute('aria-activedescendant')).toBe(cellAt(root, 1, 1).id);
  });

  it('reports clicks and arrow keys as cells to select, kept inside the grid', () => {
    const { root, grid, selections } = render(FORGET, { selectedStep: 2, selected: { step: 2, unit: 0 } });
    cellAt(root, 0, 1).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    grid.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home' }));
    expect(selections).toEqual([{ step: 0, unit: 1 }, { step: 2, unit: 0 }, { step: 2, unit: 1 }, { step: 0, unit: 0 }]);
  });

  it('updating with new values relabels the same cells; a new size rebuilds the grid', () => {
    const { root, heatmap, grid } = render(FORGET);
    const before = cellAt(root, 2, 0);
    heatmap.update(data(FORGET.map((v) => 1 - v)));
    nextFrame();
    expect(cellAt(root, 2, 0)).toBe(before);
    expect(before.getAttribute('aria-label')).toBe('forget gate, step 2, unit 0: 0.069');
    expect(grid.querySelectorAll('[role="gridcell"]')).toHaveLength(6);
    heatmap.update({ ...data([0, 1, 0.5, 0.5]), steps: 2 });
    nextFrame();
    expect(grid.querySelectorAll('[role="gridcell"]')).toHaveLength(4);
    expect(root.querySelectorAll('canvas')).toHaveLength(1);
  });

  it('destroy removes what it drew', () => {
    const { root, heatmap } = render(FORGET);
    heatmap.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  // Step 0: NaN, 1 · step 1: 0.25, +∞ · step 2: −∞, 0.75.
  const DIVERGED = [NaN, 1, 0.25, Infinity, -Infinity, 0.75];

  it('draws NaN and ±∞ as crossed cells in the non-finite colour instead of throwing', () => {
    const { ctx } = render(DIVERGED);
    for (const [x, y] of [[0, 0], [10, 8], [20, 0]] as const) {
      expect(ctx.colorAt(x + 5, y + 4)).toBe('#009e73');
      expect(ctx.hasCross(x, y, 10, 8)).toBe(true);
    }
    expect(ctx.hasCross(0, 8, 10, 8)).toBe(false);
    // The finite cells keep the scale's colours.
    expect(ctx.colorAt(5, 12)).toBe('#08306b');
  });

  it('the cells say NaN, ∞ and −∞ to screen readers, in both languages', () => {
    const { root } = render(DIVERGED);
    expect(cellAt(root, 0, 0).getAttribute('aria-label')).toBe('forget gate, step 0, unit 0: NaN');
    expect(cellAt(root, 1, 1).getAttribute('aria-label')).toBe('forget gate, step 1, unit 1: ∞');
    expect(cellAt(root, 2, 0).getAttribute('aria-label')).toBe('forget gate, step 2, unit 0: −∞');
    const { root: zhRoot } = render(DIVERGED, { cellLabel: (step, unit, value) => zhUnrolled.cellLabel('', '遺忘閘', step, unit, threeDecimals(value)) });
    expect(cellAt(zhRoot, 1, 1).getAttribute('aria-label')).toBe('遺忘閘，第 1 步，單元 1：∞');
  });

  it('shows a legend entry only while a non-finite value is drawn, and only once', () => {
    const label = DICTIONARIES.en.charts.notANumber;
    const { root, heatmap } = render(DIVERGED, { nonFiniteLabel: label });
    expect(root.querySelectorAll('.non-finite-legend')).toHaveLength(1);
    expect(root.querySelector('.non-finite-legend')!.textContent).toBe(label);
    heatmap.update(data(DIVERGED, { nonFiniteLabel: label }));
    nextFrame();
    expect(root.querySelectorAll('.non-finite-legend')).toHaveLength(1);
    heatmap.update(data(FORGET, { nonFiniteLabel: label }));
    nextFrame();
    expect(root.querySelector('.non-finite-legend')).toBeNull();
  });
});
