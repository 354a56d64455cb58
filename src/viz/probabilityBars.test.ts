// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detachedRoot, nextFrame } from '../test/vizDom';
import { createProbabilityBars } from './probabilityBars';

/**
 * In a 204 px container, ten bands with 0.2 padding are 20 px apart, each bar 16 px wide starting
 * at 20 i + 4; probability p rises 82 p px from the baseline at y = 86.
 */
function render(probabilities: number[], label: number | null = null) {
  const root = detachedRoot(204);
  const bars = createProbabilityBars(root, { trueLabel: 'true' });
  bars.update({ probabilities, label });
  nextFrame();
  return { root, bars };
}
const TEN = (head: number[]) => [...head, ...Array<number>(10 - head.length).fill(0)];
const barBoxes = (root: HTMLElement) => [...root.querySelectorAll('rect.bar')].map((r) => ['x', 'y', 'width', 'height', 'fill'].map((a) => {
  const v = r.getAttribute(a)!;
  return a === 'fill' ? v : Math.round(Number(v) * 1000) / 1000;
}));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the probability bars', () => {
  it('draws ten bars as tall as their probabilities, the most likely class in dark blue', () => {
    const { root } = render(TEN([0.05, 0.7, 0.25]));
    const boxes = barBoxes(root);
    expect(boxes).toHaveLength(10);
    expect(boxes.slice(0, 3)).toEqual([[4, 81.9, 16, 4.1, '#56B4E9'], [24, 28.6, 16, 57.4, '#0072B2'], [44, 65.5, 16, 20.5, '#56B4E9']]);
    expect(boxes[9]).toEqual([184, 86, 16, 0, '#56B4E9']);
  });

  it('names each bar by its digit, the winner in bold, and marks the true label under its bar', () => {
    const { root } = render(TEN([0.05, 0.7, 0.25]), 2);
    const digits = [...root.querySelectorAll('text.digit')];
    expect(digits.map((d) => d.textContent)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(digits.map((d) => d.getAttribute('font-weight')).indexOf('700')).toBe(1);
    const truth = root.querySelector('text.truth')!;
    expect(truth.textContent).toBe('true');
    expect(Number(truth.getAttribute('x'))).toBeCloseTo(52, 9);
  });

  it('updating moves the bars it has instead of adding more', () => {
    const { root, bars } = render(TEN([0.05, 0.7, 0.25]), 2);
    bars.update({ probabilities: TEN([1]), label: null });
    nextFrame();
    expect(root.querySelectorAll('rect')).toHaveLength(10);
    expect(root.querySelectorAll('text.digit')).toHaveLength(10);
    expect(root.querySelector('text.truth')).toBeNull();
    expect(barBoxes(root)[0]).toEqual([4, 4, 16, 82, '#0072B2']);
    bars.destroy();
    expect(root.children).toHaveLength(0);
  });
});

describe('non-finite values', () => {
  it('draws a NaN or infinite probability as a crossed full-height bar and picks the winner among the rest', () => {
    const { root } = render(TEN([NaN, 0.6, Infinity, 0.4]));
    const boxes = barBoxes(root);
    expect(boxes[0]).toEqual([4, 4, 16, 82, '#009E73']);
    expect(boxes[2]).toEqual([44, 4, 16, 82, '#009E73']);
    expect(boxes[1]![4]).toBe('#0072B2');
    expect(root.innerHTML).not.toMatch(/NaN|Infinity/);
    const marks = [...root.querySelectorAll('g.non-finite-mark')].map((m) => /translate\(([^,]+),([^)]+)\)/.exec(m.getAttribute('transform')!)!.slice(1).map(Number));
    expect(marks).toHaveLength(2);
    // Centred on each bar (x = 20 i + 12), half way up (y = 86 − 41).
    for (const [[x, y], expected] of marks.map((m, k) => [m, [12, 52][k]] as const)) {
      expect(x).toBeCloseTo(expected!, 9);
      expect(y).toBeCloseTo(45, 9);
    }
  });

  it('with no finite probability at all, highlights no winner', () => {
    const { root } = render(Array<number>(10).fill(NaN));
    expect([...root.querySelectorAll('text.digit')].every((d) => d.getAttribute('font-weight') === '400')).toBe(true);
    expect(root.querySelectorAll('g.non-finite-mark')).toHaveLength(10);
  });
});
