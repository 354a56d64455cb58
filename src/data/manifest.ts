/** The list of MNIST shards the build script writes under public/data/mnist/. */
import { DataError } from './dataProblem';

export type Split = 'train' | 'test';

export interface ShardFile {
  /** File name relative to the manifest. */
  file: string;
  /** Compressed size in bytes, for the progress bar and as an integrity check. */
  bytes: number;
}

export interface MnistShard {
  split: Split;
  /** Index of the first example of this shard within its split. */
  offset: number;
  count: number;
  images: ShardFile;
  labels: ShardFile;
}

export interface MnistManifest {
  version: 1;
  rows: number;
  cols: number;
  trainCount: number;
  testCount: number;
  /** In download order: the first training shard and the test set come first. */
  shards: MnistShard[];
}

export const MANIFEST_FILE = 'manifest.json';
/** Not `.gz`: static servers would then add Content-Encoding and the browser would unpack it first. */
export const SHARD_EXTENSION = '.idxz';


const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function isShardFile(f: unknown): f is ShardFile {
  const file = f as ShardFile;
  return typeof file?.file === 'string' && /^[\w.-]+$/.test(file.file) && isCount(file.bytes);
}

/** Checks a fetched manifest field by field, so a corrupt file is reported precisely. */
export function validateManifest(value: unknown): MnistManifest {
  const m = value as MnistManifest;
  if (!m || m.version !== 1) throw new DataError({ code: 'manifestCorrupt', part: 'version' });
  if (!isCount(m.rows) || !isCount(m.cols) || !isCount(m.trainCount) || !isCount(m.testCount) || !Array.isArray(m.shards)) {
    throw new DataError({ code: 'manifestCorrupt', part: 'sizes' });
  }
  for (const s of m.shards) {
    if ((s?.split !== 'train' && s?.split !== 'test') || !isCount(s.offset) || !isCount(s.count) || !isShardFile(s.images) || !isShardFile(s.labels)) {
      throw new DataError({ code: 'manifestCorrupt', part: 'shard' });
    }
    const total = s.split === 'train' ? m.trainCount : m.testCount;
    if (s.offset + s.count > total) throw new DataError({ code: 'manifestCorrupt', part: 'overrun' });
  }
  return m;
}
