/**
 * The playground's model file: one binary file holding a JSON header (what the model is and how it
 * was trained) and the raw float32 values of its tensors, with a version and a checksum.
 *
 *   bytes 0–7    magic  89 43 52 50 4D 0D 0A 1A  ("\x89CRPM\r\n\x1a": a text-mode transfer breaks it visibly)
 *   bytes 8–11   format version, uint32 little-endian
 *   bytes 12–15  header length in bytes, uint32 little-endian
 *   header       UTF-8 JSON object; its `tensors` lists every tensor's shape, in file order
 *   padding      zero bytes up to a multiple of 4
 *   tensors      float32 little-endian, one after another
 *   last 4 bytes CRC-32 of everything before it, uint32 little-endian
 *
 * This layer checks the container (size, magic, version, lengths, checksum, tensor table); what the
 * header says about the network is checked by the lab that loads it.
 */
import { crc32 } from './crc32';
import type { TensorValues } from '../sessionState';

export const MODEL_FILE_MAGIC = Uint8Array.of(0x89, 0x43, 0x52, 0x50, 0x4d, 0x0d, 0x0a, 0x1a);
export const MODEL_FILE_VERSION = 1;
/** The biggest network the labs train (5M parameters) with Adam's two slots is 60 MB; nothing larger is a model of ours. */
export const MAX_MODEL_FILE_BYTES = 64_000_000;
/** Header text longer than this is not a header (the longest part is a pasted text of 50,000 characters). */
export const MAX_HEADER_BYTES = 4 * 1024 * 1024;
const PREFIX_BYTES = 16;
const CHECKSUM_BYTES = 4;

/** What an unreadable file looks like, so the message can say what the user picked by mistake. */
export type ForeignFileKind = 'tfjsModel' | 'json' | 'kerasH5' | 'zip' | 'image' | 'text' | 'unknown';

export type ContainerProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; bytes: number; max: number }
  | { code: 'notAModelFile'; looksLike: ForeignFileKind }
  | { code: 'truncated'; bytes: number; expected: number }
  /** The checksum does not match, or there are bytes after the end: the file was changed or damaged. */
  | { code: 'corrupt' }
  | { code: 'newerVersion'; version: number; supported: number }
  /** A header field is missing or not what this version writes (`field` is its path, e.g. `tensors`). */
  | { code: 'headerInvalid'; field: string };

export type DecodedModelFile = { ok: true; header: Record<string, unknown>; tensors: TensorValues[] } | { ok: false; problem: ContainerProblem };

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const align4 = (n: number) => Math.ceil(n / 4) * 4;
const elementsOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function float32Bytes(values: Float32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}

function readFloat32(bytes: Uint8Array, offset: number, count: number): Float32Array {
  if (LITTLE_ENDIAN) return new Float32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + count * 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * 4);
  return Float32Array.from({ length: count }, (_v, i) => view.getFloat32(i * 4, true));
}

/** Writes a model file. `header` must not have a `tensors` field of its own: the shapes are added from `tensors`. */
export function encodeModelFile(header: Record<string, unknown>, tensors: readonly TensorValues[]): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ ...header, tensors: tensors.map((t) => t.shape) }));
  const dataStart = align4(PREFIX_BYTES + json.length);
  const dataBytes = tensors.reduce((n, t) => n + t.values.length * 4, 0);
  const file = new Uint8Array(dataStart + dataBytes + CHECKSUM_BYTES);
  const view = new DataView(file.buffer);
  file.set(MODEL_FILE_MAGIC, 0);
  view.setUint32(8, MODEL_FILE_VERSION, true);
  view.setUint32(12, json.length, true);
  file.set(json, PREFIX_BYTES);
  let at = dataStart;
  for (const tensor of tensors) {
    if (tensor.values.length !== elementsOf(tensor.shape)) throw new Error(`Tensor of shape [${tensor.shape}] has ${tensor.values.length} values`);
    file.set(float32Bytes(tensor.values), at);
    at += tensor.values.length * 4;
  }
  view.setUint32(at, crc32(file.subarray(0, at)), true);
  return file;
}

/** What the first bytes of a file that is not ours suggest it is. */
export function foreignKind(bytes: Uint8Array): ForeignFileKind {
  const startsWith = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (startsWith(0x89, 0x48, 0x44, 0x46)) return 'kerasH5';
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (startsWith(0x89, 0x50, 0x4e, 0x47) || startsWith(0xff, 0xd8, 0xff) || startsWith(0x47, 0x49, 0x46)) return 'image';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return /"(modelTopology|weightsManifest)"/.test(head) ? 'tfjsModel' : 'json';
  const printable = Array.from(bytes.subarray(0, 512)).filter((b) => b === 9 || b === 10 || b === 13 || b >= 32).length;
  return printable >= Math.min(512, bytes.length) * 0.95 ? 'text' : 'unknown';
}

const isShape = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length <= 8 && value.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= MAX_MODEL_FILE_BYTES / 4);

/** Reads a model file's container. Never throws: every way a file can be wrong is a problem code. */
export function decodeModelFile(bytes: Uint8Array): DecodedModelFile {
  const fail = (problem: ContainerProblem): DecodedModelFile => ({ ok: false, problem });
  if (bytes.length === 0) return fail({ code: 'empty' });
  if (bytes.length > MAX_MODEL_FILE_BYTES) return fail({ code: 'tooLarge', bytes: bytes.length, max: MAX_MODEL_FILE_BYTES });
  const magicLength = Math.min(bytes.length, MODEL_FILE_MAGIC.length);
  if (!MODEL_FILE_MAGIC.subarray(0, magicLength).every((b, i) => bytes[i] === b)) return fail({ code: 'notAModelFile', looksLike: foreignKind(bytes) });
  if (bytes.length < PREFIX_BYTES + CHECKSUM_BYTES) return fail({ code: 'truncated', bytes: bytes.length, expected: PREFIX_BYTES + CHECKSUM_BYTES });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version > MODEL_FILE_VERSION) return fail({ code: 'newerVersion', version, supported: MODEL_FILE_VERSION });
  if (version !== MODEL_FILE_VERSION) return fail({ code: 'corrupt' });
  const headerLength = view.getUint32(12, true);
  if (headerLength > MAX_HEADER_BYTES) return fail({ code: 'corrupt' });
  if (PREFIX_BYTES + headerLength + CHECKSUM_BYTES > bytes.length) {
    return fail({ code: 'truncated', bytes: bytes.length, expected: PREFIX_BYTES + headerLength + CHECKSUM_BYTES });
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)));
  } catch {
    return fail({ code: 'corrupt' });
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return fail({ code: 'corrupt' });
  const shapes = (header as Record<string, unknown>).tensors;
  if (!Array.isArray(shapes) || !shapes.every(isShape)) return fail({ code: 'headerInvalid', field: 'tensors' });
  const dataStart = align4(PREFIX_BYTES + headerLength);
  const dataBytes = shapes.reduce((n, shape) => n + elementsOf(shape) * 4, 0);
  const expected = dataStart + dataBytes + CHECKSUM_BYTES;
  if (bytes.length < expected) return fail({ code: 'truncated', bytes: bytes.length, expected });
  if (bytes.length > expected) return fail({ code: 'corrupt' });
  const end = expected - CHECKSUM_BYTES;
  if (view.getUint32(end, true) !== crc32(bytes.subarray(0, end))) return fail({ code: 'corrupt' });
  let at = dataStart;
  const tensors = shapes.map((shape) => {
    const count = elementsOf(shape);
    const values = readFloat32(bytes, at, count);
    at += count * 4;
    return { values, shape };
  });
  const { tensors: _shapes, ...rest } = header as Record<string, unknown>;
  return { ok: true, header: rest, tensors };
}
