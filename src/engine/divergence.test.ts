import { describe, expect, it } from 'vitest';
import { DivergenceWatch } from './divergence';

describe('DivergenceWatch', () => {
  it('flags NaN and infinite losses at once', () => {
    expect(new DivergenceWatch(10).check(Number.NaN, 3)).toMatch(/NaN/);
    expect(new DivergenceWatch(10).check(Number.POSITIVE_INFINITY, 3)).toMatch(/NaN/);
  });

  it('flags a loss stuck far above chance, but not a single spike or the first steps', () => {
    const watch = new DivergenceWatch(10);
    expect(watch.check(14, 5)).toBeNull();
    expect(watch.check(14, 30)).toBeNull();
    expect(watch.check(0.5, 31)).toBeNull();
    expect(watch.check(14, 32)).toBeNull();
    expect(watch.check(14, 33)).toBeNull();
    expect(watch.check(14.32, 34)).toBe('the loss exploded to 14.32 (guessing at random costs 2.30)');
  });

  it('accepts healthy losses', () => {
    const watch = new DivergenceWatch(10);
    for (let step = 0; step < 100; step++) expect(watch.check(2.5 - step / 50, step)).toBeNull();
  });
});
