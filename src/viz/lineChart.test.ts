// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { createLineChart, type LineChartData, type LineChartOptions } from './lineChart';

/**
 * A 400 px container: the svg is 400 × 220 (400 × 0.55), the plot inside the margins (top 12,
 * right 16, bottom 34, left 52) is 332 × 174.
 */
const INNER_W = 332;
const INNER_H = 174;
const ACCURACY: LineChartOptions = {
  yLabel: 'accuracy', yDomain: [0, 1], formatY: (v) => `${Math.round(v * 100)}%`, emptyMessage: 'Press Train to see the curves.', xLabel: 'training step',
};
const COST: LineChartOptions = { yLabel: 'cost', formatY: (v) => v.toFixed(1), emptyMessage: 'Press Train', xLabel: 'training step', nonFiniteLabel: 'not a number (NaN) or infinite (∞)' };

function render(options: LineChartOptions, data: LineChartData) {
  const root = detachedRoot(400);
  const chart = createLineChart(root, options);
  chart.update(data);
  nextFrame();
  return { root, chart };
}

const pathOf = (root: HTMLElement, n = 0) => root.querySelectorAll('g.series path')[n]!.getAttribute('d')!;
/** The subpaths of an svg path, each as its [x, y] points. */
const subpaths = (d: string) => d.split('M').filter(Boolean).map((part) => part.replace(/Z$/, '').split('L').map((xy) => xy.split(',').map(Number)));
/** Points compared to 2 decimals (d3 writes paths to 3, and 0.55 × 400 is not exactly 220 in floating point). */
const rounded = (parts: number[][][]) => parts.map((p) => p.map((xy) => xy.map((v) => Math.round(v * 100) / 100)));
const translateX = (el: Element) => Number(/translate\(([^,]+),/.exec(el.getAttribute('transform')!)![1]);
const tickLabels = (root: HTMLElement, axis: number) => [...root.querySelectorAll('g.axis')[axis]!.querySelectorAll('.tick text')].map((t) => t.textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the line chart', () => {
  const training = { name: 'training batches', color: '#0072B2', points: [{ step: 0, value: 1 }, { step: 50, value: 0.5 }, { step: 100, value: 0 }] };

  it('sizes itself to its container and draws each point where its step and value say', () => {
    const { root } = render(ACCURACY, { series: [training] });
    const svg = root.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).toBe(400);
    expect(Number(svg.getAttribute('height'))).toBeCloseTo(220, 9);
    // x: 0…100 over 0…332; y: 1…0 over 0…174.
    expect(rounded(subpaths(pathOf(root)))).toEqual([[[0, 0], [INNER_W / 2, INNER_H / 2], [INNER_W, INNER_H]]]);
    expect(root.querySelector('g.series path')!.getAttribute('stroke')).toBe('#0072B2');
  });

  it('labels its axes: the fixed y range in the caller\'s format, the steps, and both titles', () => {
    const { root } = render(ACCURACY, { series: [training] });
    expect(tickLabels(root, 1)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(tickLabels(root, 0)[0]).toBe('0');
    expect(tickLabels(root, 0).at(-1)).toBe('100');
    expect([...root.querySelectorAll('.axis-title')].map((t) => t.textContent)).toEqual(['training step', 'accuracy']);
  });

  it('draws sparse series as dots, and a dashed reference line at its value', () => {
    const { root } = render(ACCURACY, {
      series: [training, { name: 'test (all)', color: '#009E73', points: [{ step: 50, value: 0.75 }], dots: true }],
      reference: { value: 0.25, label: 'chance' },
    });
    const dot = root.querySelector('circle')!;
    expect(Number(dot.getAttribute('cx'))).toBe(INNER_W / 2);
    expect(Number(dot.getAttribute('cy'))).toBeCloseTo(INNER_H / 4, 9);
    expect(dot.getAttribute('r')).toBe('4');
    const reference = root.querySelector('line.reference-line')!;
    expect(Number(reference.getAttribute('y1'))).toBeCloseTo(INNER_H * 0.75, 9);
    expect(reference.getAttribute('x2')).toBe(String(INNER_W));
    expect([...root.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(['training batches', 'test (all)', 'chance']);
    expect(root.querySelectorAll('.chart-legend .swatch.dashed')).toHaveLength(1);
  });

  it('says so when there is nothing to draw yet', () => {
    const { root } = render(ACCURACY, { series: [{ ...training, points: [] }] });
    expect(root.querySelector('.chart-empty')!.getAttribute('display')).toBe('inline');
    expect(root.querySelector('.chart-empty')!.textContent).toBe('Press Train to see the curves.');
  });

  it('updating moves the lines it has instead of adding more', () => {
    const { root, chart } = render(ACCURACY, { series: [training] });
    chart.update({ series: [{ ...training, points: [...training.points, { step: 200, value: 1 }] }] });
    nextFrame();
    expect(root.querySelectorAll('svg')).toHaveLength(1);
    expect(root.querySelectorAll('g.series')).toHaveLength(1);
    expect(root.querySelectorAll('g.series path')).toHaveLength(1);
    expect(root.querySelectorAll('.chart-legend li')).toHaveLength(1);
    // x now runs 0…200: step 100 is half way.
    expect(rounded(subpaths(pathOf(root)))[0]![2]).toEqual([INNER_W / 2, INNER_H]);
    expect(root.querySelector('.chart-empty')!.getAttribute('display')).toBe('none');
  });

  it('on a log axis spans whole decades and leaves out values ≤ 0', () => {
    const { root } = render({ ...ACCURACY, yDomain: undefined, logY: true, formatY: (v) => String(v) },
      { series: [{ ...training, points: [{ step: 0, value: 0.03 }, { step: 50, value: 0 }, { step: 100, value: 4 }] }] });
    expect(tickLabels(root, 1)).toEqual(['0.01', '0.1', '1', '10']);
    expect(subpaths(pathOf(root))).toHaveLength(2);
  });

  it('destroy removes the svg and the legend', () => {
    const { root, chart } = render(ACCURACY, { series: [training] });
    chart.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  // A loss that diverges twice: NaN at step 20, +∞ at step 50.
  const loss = { name: 'training batches', color: '#0072B2', points: [
    { step: 0, value: 2 }, { step: 10, value: 1.5 }, { step: 20, value: NaN }, { step: 30, value: 1 }, { step: 40, value: 0.5 },
    { step: 50, value: Infinity }, { step: 60, value: 0.25 },
  ] };

  it('leaves a gap in the line where a loss is NaN or infinite, never a broken path', () => {
    const { root } = render(COST, { series: [loss] });
    const d = pathOf(root);
    expect(d).not.toMatch(/NaN|Infinity/);
    const parts = subpaths(d);
    // Steps 0–10, 30–40 and 60 alone; x runs 0…60 over 0…332.
    expect(parts.map((p) => p.map(([x]) => Math.round((x! / INNER_W) * 60)))).toEqual([[0, 10], [30, 40], [60]]);
  });

  it('scales the y axis to the finite values only', () => {
    const { root } = render(COST, { series: [loss] });
    // Largest finite loss 2, × 1.05 = 2.1, rounded up to a tidy 2.2; ticks every 0.5.
    expect(tickLabels(root, 1)).toEqual(['0.0', '0.5', '1.0', '1.5', '2.0']);
    const [[, y0]] = subpaths(pathOf(root))[0]!;
    expect(y0).toBeCloseTo(INNER_H * (1 - 2 / 2.2), 2);
  });

  it('marks each gap along the top of the plot and adds a legend entry only while there is one', () => {
    const { root, chart } = render(COST, { series: [loss] });
    const marks = [...root.querySelectorAll('g.non-finite-mark')];
    expect(marks).toHaveLength(2);
    expect(translateX(marks[0]!)).toBeCloseTo((INNER_W * 20) / 60, 9);
    expect(translateX(marks[1]!)).toBeCloseTo((INNER_W * 50) / 60, 9);
    expect(marks[0]!.querySelector('rect')!.getAttribute('fill')).toBe('#009E73');
    expect([...root.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(['training batches', 'not a number (NaN) or infinite (∞)']);
    chart.update({ series: [{ ...loss, points: loss.points.filter((p) => Number.isFinite(p.value)) }] });
    nextFrame();
    expect(root.querySelectorAll('g.non-finite-mark')).toHaveLength(0);
    expect([...root.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(['training batches']);
  });

  it('draws no dot for a non-finite value in a dotted series', () => {
    const { root } = render(ACCURACY, { series: [{ name: 'test', color: '#009E73', dots: true, points: [{ step: 0, value: 0.5 }, { step: 10, value: NaN }] }] });
    expect(root.querySelectorAll('circle')).toHaveLength(1);
  });

  it('with only non-finite values, shows the empty message and finite axes', () => {
    const { root } = render(COST, { series: [{ ...loss, points: [{ step: 0, value: NaN }] }] });
    expect(root.querySelector('.chart-empty')!.getAttribute('display')).toBe('inline');
    expect(tickLabels(root, 1).every((t) => /^\d+\.\d$/.test(t ?? ''))).toBe(true);
  });
});
