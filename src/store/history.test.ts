import { describe, expect, it } from 'vitest';
import { appendPeaks, appendPoint, type Point } from './history';

describe('appendPoint', () => {
  it('keeps every point below the cap', () => {
    let s: Point[] = [];
    for (let i = 0; i < 5; i++) s = appendPoint(s, { step: i, value: i }, 10);
    expect(s.map((p) => p.step)).toEqual([0, 1, 2, 3, 4]);
  });

  it('merges old points when full but always keeps the newest exactly', () => {
    let s: Point[] = [];
    for (let i = 0; i < 100; i++) s = appendPoint(s, { step: i, value: i * 2 }, 10);
    expect(s.length).toBeLessThanOrEqual(10);
    expect(s.at(-1)).toEqual({ step: 99, value: 198 });
    for (let i = 1; i < s.length; i++) expect(s[i]!.step).toBeGreaterThan(s[i - 1]!.step);
  });
});

describe('appendPeaks', () => {
  it('keeps every point below the cap, in order', () => {
    const s = appendPeaks([{ step: 1, value: 1 }], [{ step: 2, value: 5 }, { step: 3, value: 2 }], 10);
    expect(s).toEqual([{ step: 1, value: 1 }, { step: 2, value: 5 }, { step: 3, value: 2 }]);
  });

  it('when full, merges pairs into their larger value, so a single spike survives any number of merges', () => {
    const points = Array.from({ length: 1000 }, (_v, i) => ({ step: i + 1, value: i === 377 ? 1e6 : 1 }));
    const s = appendPeaks([], points, 50);
    expect(s.length).toBeLessThanOrEqual(50);
    expect(Math.max(...s.map((p) => p.value))).toBe(1e6);
    expect(s.filter((p) => p.value === 1e6)).toHaveLength(1);
    for (let i = 1; i < s.length; i++) expect(s[i]!.step).toBeGreaterThan(s[i - 1]!.step);
    expect(s.at(-1)!.step).toBe(1000);
  });
});
