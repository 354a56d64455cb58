// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detachedRoot } from '../test/vizDom';
import { createChartFrame, decadeDomain, decades, lineSwatch, nonFiniteEntry } from './chartFrame';

const MARGIN = { top: 12, right: 16, bottom: 34, left: 52 };

describe('the chart frame', () => {
  it('sizes the svg to the container at the given aspect, within 170–260 px high', () => {
    const root = detachedRoot(400);
    const frame = createChartFrame(root, 'line-chart', MARGIN, { x: 'step', y: 'cost' });
    expect(frame.layout(0.5)).toEqual({ width: 400, height: 200, innerW: 332, innerH: 154 });
    expect(frame.layout(0.1).height).toBe(170);
    expect(frame.layout(1).height).toBe(260);
    // Never narrower than 240 px.
    expect(createChartFrame(detachedRoot(100), 'c', MARGIN, { x: '', y: '' }).layout(1).width).toBe(240);
  });

  it('places the plot inside the margins, the x axis under it and the titles centred on it', () => {
    const root = detachedRoot(400);
    const frame = createChartFrame(root, 'line-chart', MARGIN, { x: 'step', y: 'cost' });
    frame.layout(0.5);
    expect(root.querySelector('svg > g')!.getAttribute('transform')).toBe('translate(52,12)');
    expect(root.querySelectorAll('g.axis')[0]!.getAttribute('transform')).toBe('translate(0,154)');
    const [x, y] = [...root.querySelectorAll('.axis-title')];
    expect([x!.textContent, x!.getAttribute('x'), x!.getAttribute('y')]).toEqual(['step', '218', '196']);
    expect([y!.textContent, y!.getAttribute('transform')]).toEqual(['cost', 'translate(12,89) rotate(-90)']);
  });

  it('rewrites its legend in place and removes everything it made', () => {
    const root = detachedRoot(400);
    const frame = createChartFrame(root, 'line-chart', MARGIN, { x: 'step', y: 'cost' });
    frame.drawLegend([{ swatch: lineSwatch('#0072B2'), name: 'train' }, { swatch: lineSwatch('#E69F00', true), name: 'test' }]);
    frame.drawLegend([{ swatch: lineSwatch('#0072B2'), name: 'train' }, nonFiniteEntry('not a number')]);
    const items = [...root.querySelectorAll('.chart-legend li')];
    expect(items.map((li) => li.textContent)).toEqual(['train', 'not a number']);
    expect(items[1]!.querySelector('svg.non-finite-swatch rect')!.getAttribute('fill')).toBe('#009E73');
    expect(items[1]!.querySelector('svg path')!.getAttribute('d')).toBe('M-6,-6L6,6M6,-6L-6,6');
    frame.remove();
    expect(root.children).toHaveLength(0);
  });
});

describe('log axes in whole decades', () => {
  it('round the positive values out to powers of ten', () => {
    expect(decadeDomain([0.03, 4])).toEqual([0.01, 10]);
    // A single value still spans a decade above it.
    expect(decadeDomain([5])).toEqual([1, 100]);
    expect(decadeDomain([])).toEqual([0.001, 1]);
  });

  it('label at most six decades', () => {
    expect(decades([0.01, 10])).toEqual([0.01, 0.1, 1, 10]);
    expect(decades([1e-3, 1e3])).toEqual([1e-3, 1e-1, 10, 1e3]);
  });
});

describe('non-finite values', () => {
  it('are left out of a log domain with zeros and negatives', () => {
    expect(decadeDomain([NaN, Infinity, 0.5, -1, 0, -Infinity])).toEqual([0.1, 10]);
    expect(decadeDomain([NaN, Infinity])).toEqual([0.001, 1]);
  });
});
