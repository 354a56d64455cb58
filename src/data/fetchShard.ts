/** Downloads one gzip-compressed shard with byte-level progress and unpacks it in the browser. */
import { DataError, fileNameOf } from './dataProblem';

export type FetchFn = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;


const GZIP_MAGIC = [0x1f, 0x8b];

async function readAll(response: Response, onBytes: (n: number) => void): Promise<Uint8Array> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    onBytes(whole.length);
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    onBytes(value.length);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Fetches `url`, checks it is the expected size and really gzip, and returns the unpacked bytes.
 * `onBytes` is told about every compressed chunk as it arrives.
 */
export async function fetchShard(
  url: string, expectedBytes: number, fetchFn: FetchFn, onBytes: (n: number) => void, signal?: AbortSignal,
): Promise<Uint8Array> {
  const file = fileNameOf(url);
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (error) {
    throw new DataError({ code: 'shardUnreachable', file, detail: (error as Error).message });
  }
  if (!response.ok) throw new DataError({ code: 'shardMissing', file, status: response.status });
  let packed: Uint8Array;
  try {
    packed = await readAll(response, onBytes);
  } catch (error) {
    throw new DataError({ code: 'shardUnreachable', file, detail: (error as Error).message });
  }
  if (packed.length !== expectedBytes) throw new DataError({ code: 'shardTruncated', file, bytes: packed.length, expected: expectedBytes });
  // A server that unpacked the file itself (Content-Encoding) or replaced it with a page.
  if (packed[0] !== GZIP_MAGIC[0] || packed[1] !== GZIP_MAGIC[1]) throw new DataError({ code: 'shardNotGzip', file });
  try {
    return await gunzip(packed);
  } catch (error) {
    throw new DataError({ code: 'shardCorrupt', file, detail: (error as Error).message });
  }
}
