import { describe, expect, it } from 'vitest';
import { DivergenceWatch, explosionLimit } from './divergence';

const tenClasses = { kind: 'classes', classes: 10 } as const;

describe('DivergenceWatch', () => {
  it('flags NaN and infinite losses at once', () => {
    expect(new DivergenceWatch(tenClasses).check(Number.NaN, 3)).toEqual({ cause: 'notANumber' });
    expect(new DivergenceWatch(tenClasses).check(Number.POSITIVE_INFINITY, 3)).toEqual({ cause: 'notANumber' });
  });

  it('flags a loss stuck far above chance, but not a single spike or the first steps', () => {
    const watch = new DivergenceWatch(tenClasses);
    expect(watch.check(14, 5)).toBeNull();
    expect(watch.check(14, 30)).toBeNull();
    expect(watch.check(0.5, 31)).toBeNull();
    expect(watch.check(14, 32)).toBeNull();
    expect(watch.check(14, 33)).toBeNull();
    // Random guessing among 10 classes costs ln 10 = 2.3026; three times that is the limit.
    expect(watch.check(14.32, 34)).toEqual({ cause: 'exploded', loss: 14.32, limit: 3 * 2.302585092994046 });
  });

  it('accepts healthy losses', () => {
    const watch = new DivergenceWatch(tenClasses);
    for (let step = 0; step < 100; step++) expect(watch.check(2.5 - step / 50, step)).toBeNull();
  });

  it('uses a fixed squared-error limit for value tasks', () => {
    expect(explosionLimit({ kind: 'values', tolerance: 0.04 })).toBe(10);
    expect(explosionLimit({ kind: 'classes', classes: 4 })).toBeCloseTo(3 * Math.log(4), 12);
  });
});
