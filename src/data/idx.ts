/**
 * The IDX format of the original MNIST files: a 4-byte magic number (0, 0, type, number of
 * dimensions), one big-endian uint32 per dimension, then the data. MNIST uses unsigned bytes.
 */
const UNSIGNED_BYTE = 0x08;

export interface IdxFile {
  dimensions: number[];
  /** The payload, a view into the original buffer. */
  data: Uint8Array;
}

export class IdxFormatError extends Error {}

export function parseIdx(bytes: Uint8Array): IdxFile {
  if (bytes.length < 4) throw new IdxFormatError(`file too short for an IDX header (${bytes.length} bytes)`);
  if (bytes[0] !== 0 || bytes[1] !== 0) throw new IdxFormatError('not an IDX file (bad magic number)');
  if (bytes[2] !== UNSIGNED_BYTE) throw new IdxFormatError(`unsupported IDX data type 0x${bytes[2]!.toString(16)}`);
  const rank = bytes[3]!;
  const headerSize = 4 + 4 * rank;
  if (rank < 1 || rank > 4 || bytes.length < headerSize) throw new IdxFormatError(`bad IDX rank ${rank}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dimensions: number[] = [];
  for (let i = 0; i < rank; i++) dimensions.push(view.getUint32(4 + 4 * i, false));
  const expected = dimensions.reduce((a, b) => a * b, 1);
  const actual = bytes.length - headerSize;
  if (actual !== expected) {
    throw new IdxFormatError(`IDX payload is ${actual} bytes but its header (${dimensions.join('×')}) needs ${expected}`);
  }
  return { dimensions, data: bytes.subarray(headerSize) };
}

/** Writes an IDX file of unsigned bytes (used by the build script that makes the shards). */
export function encodeIdx(dimensions: number[], data: Uint8Array): Uint8Array {
  const headerSize = 4 + 4 * dimensions.length;
  const out = new Uint8Array(headerSize + data.length);
  out[2] = UNSIGNED_BYTE;
  out[3] = dimensions.length;
  const view = new DataView(out.buffer);
  dimensions.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(data, headerSize);
  return out;
}
