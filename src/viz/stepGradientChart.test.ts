// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { createStepGradientChart, type StepGradientData, type StepGradientOptions } from './stepGradientChart';

/**
 * A 400 px container: the svg is 400 × 200 (aspect 0.5), the plot inside the margins (top 12,
 * right 16, bottom 34, left 58) is 326 × 154. Five steps put step t at x = 81.5 t.
 */
const STEP_X = 326 / 4;
const INNER_H = 154;
// Plain numbers: as float32, 0.0001 is a hair below 10⁻⁴ and would open one more decade.
const VANISHING = { name: 'layer 1', color: '#0072B2', values: [1, 0.1, 0.01, 0.001, 0.0001] };

function render(data: StepGradientData, extra: Partial<StepGradientOptions> = {}) {
  const root = detachedRoot(400);
  const hovered: number[] = [];
  const chart = createStepGradientChart(root, {
    xLabel: 'step t', yLabel: '‖∂L/∂hₜ‖', formatY: (v) => v.toExponential(0), onHover: (step) => hovered.push(step), ...extra,
  });
  chart.update(data);
  nextFrame();
  return { root, chart, hovered };
}

/** A path's subpaths as [x, y] points, rounded to 2 decimals (d3 writes paths to 3). */
const subpaths = (d: string) => d.split('M').filter(Boolean)
  .map((part) => part.replace(/Z$/, '').split('L').map((xy) => xy.split(',').map((v) => Math.round(Number(v) * 100) / 100)));
const pathsOf = (root: HTMLElement) => [...root.querySelectorAll('g.series path')].map((p) => p.getAttribute('d')!);
const tickLabels = (root: HTMLElement, axis: number) => [...root.querySelectorAll('g.axis')[axis]!.querySelectorAll('.tick text')].map((t) => t.textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the gradient-through-time chart', () => {
  it('puts each step\'s norm on a log axis of whole decades: a factor of 10 is one equal step down', () => {
    const { root } = render({ steps: 5, series: [VANISHING], selected: null });
    expect(tickLabels(root, 1)).toEqual(['1e-4', '1e-3', '1e-2', '1e-1', '1e+0']);
    // 1 at the top, 10⁻⁴ at the bottom: each decade is 154 / 4 = 38.5 px.
    expect(subpaths(pathsOf(root)[0]!)).toEqual([[[0, 0], [STEP_X, 38.5], [2 * STEP_X, 77], [3 * STEP_X, 115.5], [4 * STEP_X, INNER_H]]]);
    expect(tickLabels(root, 0)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('marks the chosen step on every series and reports the step under the pointer', () => {
    const backward = { name: 'layer 1 (backward)', color: '#E69F00', dashed: true, values: [0.0001, 0.001, 0.01, 0.1, 1] };
    const { root, hovered } = render({ steps: 5, series: [VANISHING, backward], selected: 1 });
    const dots = [...root.querySelectorAll('circle')].map((c) => [Number(c.getAttribute('cx')), Math.round(Number(c.getAttribute('cy')) * 100) / 100]);
    expect(dots).toEqual([[STEP_X, 38.5], [STEP_X, 115.5]]);
    expect(root.querySelector('.step-marker')!.getAttribute('x1')).toBe(String(STEP_X));
    expect(root.querySelectorAll('.chart-legend .swatch.dashed')).toHaveLength(1);
    // jsdom lays nothing out, so the pointer's client x is its x in the plot: 170 px is nearest step 2.
    root.querySelector('rect')!.dispatchEvent(new MouseEvent('pointermove', { clientX: 170, clientY: 20, bubbles: true }));
    expect(hovered).toEqual([2]);
  });

  it('updating redraws the same series instead of adding more', () => {
    const { root, chart } = render({ steps: 5, series: [VANISHING], selected: null });
    chart.update({ steps: 5, series: [{ ...VANISHING, values: [1, 1, 1, 1, 10] }], selected: 4 });
    nextFrame();
    expect(root.querySelectorAll('g.series')).toHaveLength(1);
    expect(root.querySelectorAll('g.series path')).toHaveLength(1);
    expect(root.querySelectorAll('.chart-legend li')).toHaveLength(1);
    // Now 1…10: one decade, the last step at the top.
    expect(subpaths(pathsOf(root)[0]!)[0]!.at(-1)).toEqual([4 * STEP_X, 0]);
    expect(root.querySelector('.step-marker')!.getAttribute('display')).toBe('inline');
  });

  it('destroy removes the svg and the legend', () => {
    const { root, chart } = render({ steps: 5, series: [VANISHING], selected: null });
    chart.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  const EXPLODED = { name: 'layer 1', color: '#0072B2', values: [NaN, 0.1, Infinity, 0.001, 0.0001] };
  const label = 'not a number (NaN) or infinite (∞)';

  it('leaves a gap at a NaN or infinite norm and keeps the axis to the finite ones', () => {
    const { root } = render({ steps: 5, series: [EXPLODED], selected: null }, { nonFiniteLabel: label });
    const d = pathsOf(root)[0]!;
    expect(d).not.toMatch(/NaN|Infinity/);
    // 0.1 … 10⁻⁴: three decades of 154 / 3 px.
    expect(tickLabels(root, 1)).toEqual(['1e-4', '1e-3', '1e-2', '1e-1']);
    expect(subpaths(d)).toEqual([[[STEP_X, 0]], [[3 * STEP_X, 102.67], [4 * STEP_X, INNER_H]]]);
  });

  it('marks each such step along the top, and the legend says what the mark means only while there is one', () => {
    const { root, chart } = render({ steps: 5, series: [EXPLODED], selected: 2 }, { nonFiniteLabel: label });
    const marks = [...root.querySelectorAll('g.non-finite-mark')].map((m) => m.getAttribute('transform'));
    expect(marks).toEqual(['translate(0,0)', `translate(${2 * STEP_X},0)`]);
    // No dot for the chosen step: its norm is ∞.
    expect(root.querySelectorAll('circle')).toHaveLength(0);
    expect([...root.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(['layer 1', label]);
    chart.update({ steps: 5, series: [VANISHING], selected: 2 });
    nextFrame();
    expect(root.querySelectorAll('g.non-finite-mark')).toHaveLength(0);
    expect(root.querySelectorAll('.chart-legend li')).toHaveLength(1);
  });
});
