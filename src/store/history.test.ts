import { describe, expect, it } from 'vitest';
import { appendPoint, type Point } from './history';

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
