import { describe, expect, it } from 'vitest';
import { decodeModelFile, encodeModelFile, foreignKind, MAX_MODEL_FILE_BYTES, MODEL_FILE_VERSION } from './modelFileCodec';
import { crc32 } from './crc32';
import { createRandom } from '../../data/random';
import type { TensorValues } from '../sessionState';

const random = createRandom(5);
const tensor = (...shape: number[]): TensorValues => {
  const values = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => (random() - 0.5) * 10);
  return { values, shape };
};
const header = { format: 'test', name: 'Ünïcode 中文 🙂 "quotes" \\ \n', nested: { a: [1, 2.5, null] } };
const tensors = [tensor(5, 5, 1, 20), tensor(20), tensor(3), tensor(7, 3)];
tensors[2]!.values.set([Number.MIN_VALUE, -0, 3.4028234663852886e38]);

describe('the model file container', () => {
  it('round-trips a header and tensors exactly, bit for bit', () => {
    const bytes = encodeModelFile(header, tensors);
    const decoded = decodeModelFile(bytes);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    expect(decoded.header).toEqual(header);
    expect(decoded.tensors.map((t) => t.shape)).toEqual(tensors.map((t) => t.shape));
    decoded.tensors.forEach((t, i) => expect(new Uint8Array(t.values.buffer)).toEqual(new Uint8Array(tensors[i]!.values.slice().buffer)));
    expect(Object.is(decoded.tensors[2]!.values[1], -0)).toBe(true);
  });

  it('lays the file out as documented: magic, version, header length, JSON, aligned floats, CRC-32', () => {
    const bytes = encodeModelFile({ a: 1 }, [{ values: Float32Array.of(1.5), shape: [1] }]);
    const view = new DataView(bytes.buffer);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x43, 0x52, 0x50, 0x4d, 0x0d, 0x0a, 0x1a]);
    expect(view.getUint32(8, true)).toBe(MODEL_FILE_VERSION);
    const json = '{"a":1,"tensors":[[1]]}';
    expect(view.getUint32(12, true)).toBe(json.length);
    expect(new TextDecoder().decode(bytes.subarray(16, 16 + json.length))).toBe(json);
    const dataStart = Math.ceil((16 + json.length) / 4) * 4;
    expect(view.getFloat32(dataStart, true)).toBe(1.5);
    expect(bytes.length).toBe(dataStart + 4 + 4);
    expect(view.getUint32(dataStart + 4, true)).toBe(crc32(bytes.subarray(0, dataStart + 4)));
  });

  it('reports a file cut short at any point as truncated, never as readable', () => {
    const bytes = encodeModelFile(header, tensors);
    for (let n = 1; n < bytes.length; n += Math.max(1, Math.floor(bytes.length / 97))) {
      const decoded = decodeModelFile(bytes.subarray(0, n));
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(['truncated', 'corrupt']).toContain(decoded.problem.code);
    }
    const cut = decodeModelFile(bytes.subarray(0, bytes.length - 100));
    expect(cut).toEqual({ ok: false, problem: { code: 'truncated', bytes: bytes.length - 100, expected: bytes.length } });
  });

  it('reports any changed byte or an added byte as damaged', () => {
    const bytes = encodeModelFile(header, tensors);
    for (let at = 16; at < bytes.length; at += 13) {
      const changed = bytes.slice();
      changed[at] ^= 0x10;
      const decoded = decodeModelFile(changed);
      expect(decoded.ok).toBe(false);
    }
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(decodeModelFile(longer)).toEqual({ ok: false, problem: { code: 'corrupt' } });
  });

  it('says a newer format version is newer, and refuses empty, huge and foreign files', () => {
    const bytes = encodeModelFile(header, tensors);
    new DataView(bytes.buffer).setUint32(8, MODEL_FILE_VERSION + 1, true);
    expect(decodeModelFile(bytes)).toEqual({ ok: false, problem: { code: 'newerVersion', version: MODEL_FILE_VERSION + 1, supported: MODEL_FILE_VERSION } });
    expect(decodeModelFile(new Uint8Array(0))).toEqual({ ok: false, problem: { code: 'empty' } });
    const huge = new Uint8Array(MAX_MODEL_FILE_BYTES + 1);
    expect(decodeModelFile(huge)).toEqual({ ok: false, problem: { code: 'tooLarge', bytes: MAX_MODEL_FILE_BYTES + 1, max: MAX_MODEL_FILE_BYTES } });
    const text = (s: string) => new TextEncoder().encode(s);
    expect(decodeModelFile(text('{"modelTopology": {}, "weightsManifest": []}'))).toEqual({ ok: false, problem: { code: 'notAModelFile', looksLike: 'tfjsModel' } });
    expect(foreignKind(text('\uFEFF  {"a": 1}'))).toBe('json');
    expect(foreignKind(Uint8Array.of(0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a))).toBe('kerasH5');
    expect(foreignKind(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0))).toBe('zip');
    expect(foreignKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image');
    expect(foreignKind(text('just some notes\nabout my model'))).toBe('text');
    expect(foreignKind(Uint8Array.from({ length: 100 }, (_v, i) => (i * 37) % 32))).toBe('unknown');
  });

  it('refuses a tensor table that is not a list of shapes', () => {
    for (const bad of [undefined, 'x', [[0]], [[1.5]], [[-1]], [[2, 'a']]]) {
      const json = new TextEncoder().encode(JSON.stringify({ tensors: bad }));
      const bytes = new Uint8Array(Math.ceil((16 + json.length) / 4) * 4 + 4);
      bytes.set(encodeModelFile({}, []).subarray(0, 12));
      new DataView(bytes.buffer).setUint32(12, json.length, true);
      bytes.set(json, 16);
      expect(decodeModelFile(bytes)).toEqual({ ok: false, problem: { code: 'headerInvalid', field: 'tensors' } });
    }
  });
});
