import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the standard check value and agrees with zlib\'s CRC in a gzip trailer', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const data = Uint8Array.from({ length: 5000 }, (_v, i) => (i * 31 + 7) % 256);
    const gz = gzipSync(data);
    // A gzip file ends with the CRC-32 of its contents, little-endian, then the length.
    const trailer = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 4).getUint32(0, true);
    expect(crc32(data)).toBe(trailer);
  });
});
