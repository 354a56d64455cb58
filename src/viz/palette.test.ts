import { describe, expect, it } from 'vitest';
import { NON_FINITE_FILL, NON_FINITE_RGB } from './nonFinite';
import { PALETTE } from './palette';

describe('the palette', () => {
  it('uses the published Okabe–Ito colours', () => {
    expect({ ...PALETTE }).toMatchObject({
      blue: '#0072B2', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', sky: '#56B4E9', purple: '#CC79A7', yellow: '#F0E442',
    });
  });

  it('gives every role its own colour', () => {
    const values = Object.values(PALETTE).map((c) => c.toLowerCase());
    expect(new Set(values).size).toBe(values.length);
  });

  it('the non-finite mark is the palette\'s bluish green, and its bytes are that colour', () => {
    expect(NON_FINITE_FILL).toBe('#009E73');
    expect(NON_FINITE_RGB).toEqual([0, 158, 115]);
  });
});
