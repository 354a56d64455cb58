import { describe, expect, it } from 'vitest';
import { encodeIdx, parseIdx } from './idx';

describe('IDX format', () => {
  it('round-trips dimensions and bytes', () => {
    const data = Uint8Array.from({ length: 2 * 3 * 4 }, (_v, i) => i);
    const parsed = parseIdx(encodeIdx([2, 3, 4], data));
    expect(parsed.dimensions).toEqual([2, 3, 4]);
    expect(Array.from(parsed.data)).toEqual(Array.from(data));
  });

  it('rejects a bad magic number, a wrong type and a size mismatch', () => {
    expect(() => parseIdx(new Uint8Array([1, 0, 8, 1, 0, 0, 0, 0]))).toThrow(/magic/);
    expect(() => parseIdx(new Uint8Array([0, 0, 0x0d, 1, 0, 0, 0, 0]))).toThrow(/data type/);
    expect(() => parseIdx(new Uint8Array([0, 0, 8, 1, 0, 0, 0, 5, 1]))).toThrow(/needs 5/);
    expect(() => parseIdx(new Uint8Array([0, 0]))).toThrow(/too short/);
  });
});
