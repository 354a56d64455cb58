import { describe, expect, it } from 'vitest';
import { gridNumber, nonFiniteText, threeDecimals } from './numberFormat';

describe('number formatting', () => {
  it('writes grid values with up to three decimals and a real minus sign', () => {
    expect(gridNumber(3)).toBe('3');
    expect(gridNumber(-0.25)).toBe('−0.25');
    expect(gridNumber(0.12349)).toBe('0.123');
  });

  it('writes gate values with exactly three decimals', () => {
    expect(threeDecimals(0.9314)).toBe('0.931');
    expect(threeDecimals(0.5)).toBe('0.500');
  });
});

describe('non-finite values', () => {
  it('are written NaN, ∞ and −∞ by every formatter', () => {
    expect([NaN, Infinity, -Infinity].map(nonFiniteText)).toEqual(['NaN', '∞', '−∞']);
    expect([NaN, Infinity, -Infinity].map(gridNumber)).toEqual(['NaN', '∞', '−∞']);
    expect([NaN, Infinity, -Infinity].map(threeDecimals)).toEqual(['NaN', '∞', '−∞']);
  });

  it('leave finite numbers, zero included, to the formatter', () => {
    expect(nonFiniteText(0)).toBeNull();
    expect(nonFiniteText(-1e300)).toBeNull();
  });
});
