// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { createCellStatePath, wipedSteps, type CellStatePathData } from './cellStatePath';

/**
 * 4 steps × 2 units, 20 px a step: step t is at x = 20 t + 10. The svg is 110 px high with 8 px
 * padding, so with the largest |c| = 1 a value c is at y = 55 − 47 c.
 */
const data = (cell: number[], extra: Partial<CellStatePathData> = {}): CellStatePathData => ({
  // [step][unit]: unit 0 runs 0, 1, −1, 0.5; unit 1 stays at 0.5.
  cell: new Float32Array(cell), forget: new Float32Array([0.9, 1, 0.2, 1, 0.9, 1, 0.4, 1]),
  steps: 4, units: 2, cellWidth: 20, selectedUnit: 0, selectedStep: null, label: 'cell state of unit 0 through time', ...extra,
});
const CELL = [0, 0.5, 1, 0.5, -1, 0.5, 0.5, 0.5];

function render(d: CellStatePathData) {
  const root = detachedRoot(300);
  const path = createCellStatePath(root);
  path.update(d);
  nextFrame();
  return { root, path, svg: root.querySelector('svg')! };
}
/** A path's subpaths as [x, y] points. */
const subpaths = (d: string) => d.split('M').filter(Boolean).map((part) => part.replace(/Z$/, '').split('L').map((xy) => xy.split(',').map(Number)));
const chosen = (svg: SVGSVGElement) => svg.querySelector('path[stroke-width="3"]')!.getAttribute('d')!;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the cell-state path', () => {
  it('draws the selected unit thick through every step, the others thin, around a zero line', () => {
    const { svg } = render(data(CELL));
    expect(subpaths(chosen(svg))).toEqual([[[10, 55], [30, 8], [50, 102], [70, 31.5]]]);
    const others = [...svg.querySelectorAll('g[stroke-width="1"] path')].map((p) => subpaths(p.getAttribute('d')!));
    expect(others).toEqual([[[[10, 31.5], [30, 31.5], [50, 31.5], [70, 31.5]]]]);
    const zero = svg.querySelector('line.zero-line')!;
    expect(['y1', 'x2'].map((a) => zero.getAttribute(a))).toEqual(['55', '80']);
  });

  it('is an image named by the caller once drawn', () => {
    const { svg } = render(data(CELL));
    expect([svg.getAttribute('role'), svg.getAttribute('aria-label'), svg.getAttribute('aria-hidden')]).toEqual(['img', 'cell state of unit 0 through time', null]);
    expect(svg.getAttribute('width')).toBe('80');
  });

  it('marks the steps where the selected unit\'s forget gate is below 0.5, and the selected column', () => {
    expect(wipedSteps(new Float32Array([0.9, 1, 0.2, 1, 0.9, 1, 0.4, 1]), 4, 2, 0)).toEqual([1, 3]);
    const { svg } = render(data(CELL, { selectedStep: 2 }));
    expect([...svg.querySelectorAll('g rect')].map((r) => r.getAttribute('x'))).toEqual(['27', '67']);
    const column = svg.querySelector(':scope > rect')!;
    expect([column.getAttribute('display'), column.getAttribute('x')]).toEqual(['inline', '40.5']);
  });

  it('updating redraws the same paths; no selected unit draws no thick line and no wipes', () => {
    const { root, path, svg } = render(data(CELL));
    path.update(data(CELL, { selectedUnit: -1 }));
    nextFrame();
    expect(root.querySelectorAll('svg')).toHaveLength(1);
    expect(chosen(svg)).toBe('');
    expect(svg.querySelectorAll('g[stroke-width="1"] path')).toHaveLength(2);
    expect(svg.querySelectorAll('g rect')).toHaveLength(0);
    path.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  it('breaks a unit\'s line at NaN and ±∞ and scales to the finite values', () => {
    // Unit 0: 0, NaN, ∞, 0.5; unit 1: 0.25 throughout. Largest finite |c| is 0.5: y = 55 − 94 c.
    const { svg } = render(data([0, 0.25, NaN, 0.25, Infinity, 0.25, 0.5, 0.25]));
    expect(chosen(svg)).not.toMatch(/NaN|Infinity/);
    expect(subpaths(chosen(svg))).toEqual([[[10, 55]], [[70, 8]]]);
    const other = svg.querySelector('g[stroke-width="1"] path')!.getAttribute('d')!;
    expect(subpaths(other)[0]![0]).toEqual([10, 31.5]);
  });
});
