/**
 * Downloads the manifest and every shard in order, reporting progress and each shard as it lands.
 * A retry after a failure resumes into the same MnistData, so whoever already trains on it sees
 * the missing shards arrive (a new object would be invisible to them).
 */
import { parseIdx, IdxFormatError } from './idx';
import { fetchShard, type FetchFn } from './fetchShard';
import { MANIFEST_FILE, validateManifest, type MnistManifest, type MnistShard } from './manifest';
import { MnistData, MNIST_COLS, MNIST_ROWS } from './mnistData';
import { DataError } from './dataProblem';

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
  trainAvailable: number;
  testAvailable: number;
}

export interface LoadCallbacks {
  onProgress?(progress: LoadProgress): void;
  /** Called once the manifest is known, with the object shards will be stored in. */
  onStart?(data: MnistData): void;
  /** Called after each shard is decoded and stored in `data`. */
  onShard?(shard: MnistShard, data: MnistData): void;
  signal?: AbortSignal;
}

function parseShardFile(file: string, bytes: Uint8Array) {
  try {
    return parseIdx(bytes);
  } catch (error) {
    if (error instanceof IdxFormatError) throw new DataError({ code: 'shardCorrupt', file, detail: error.message });
    throw error;
  }
}

/** Checks a decoded shard's headers against what the manifest promised. */
function decodeShard(shard: MnistShard, imagesIdx: Uint8Array, labelsIdx: Uint8Array) {
  const images = parseShardFile(shard.images.file, imagesIdx);
  const labels = parseShardFile(shard.labels.file, labelsIdx);
  const [n, rows, cols] = images.dimensions;
  if (images.dimensions.length !== 3 || n !== shard.count || rows !== MNIST_ROWS || cols !== MNIST_COLS) {
    throw new DataError({ code: 'shardWrongShape', file: shard.images.file, found: images.dimensions, expected: [shard.count, MNIST_ROWS, MNIST_COLS] });
  }
  if (labels.dimensions.length !== 1 || labels.dimensions[0] !== shard.count) {
    throw new DataError({ code: 'shardWrongShape', file: shard.labels.file, found: labels.dimensions, expected: [shard.count] });
  }
  for (const label of labels.data) {
    if (label > 9) throw new DataError({ code: 'shardBadLabel', file: shard.labels.file, label });
  }
  return { images: images.data, labels: labels.data };
}

async function fetchManifest(baseUrl: string, fetchFn: FetchFn, signal?: AbortSignal): Promise<MnistManifest> {
  const url = new URL(MANIFEST_FILE, baseUrl).href;
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (error) {
    throw new DataError({ code: 'manifestUnreachable', detail: (error as Error).message });
  }
  if (!response.ok) throw new DataError({ code: 'manifestMissing', status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError({ code: 'manifestCorrupt', part: 'json' });
  }
  return validateManifest(json);
}

const shardKey = (shard: MnistShard) => `${shard.split}:${shard.offset}`;

/**
 * Loads MNIST from `baseUrl` (a directory URL ending in "/") into `into` when given (shards it
 * already holds are skipped), or into a new MnistData. Rejects with a DataError.
 */
export async function loadMnist(baseUrl: string, fetchFn: FetchFn, callbacks: LoadCallbacks = {}, into?: MnistData): Promise<MnistData> {
  const manifest = await fetchManifest(baseUrl, fetchFn, callbacks.signal);
  const data = into && into.train.count === manifest.trainCount && into.test.count === manifest.testCount ? into : new MnistData(manifest);
  callbacks.onStart?.(data);
  const totalBytes = manifest.shards.reduce((sum, s) => sum + s.images.bytes + s.labels.bytes, 0);
  let loadedBytes = manifest.shards.filter((s) => data.hasShard(shardKey(s))).reduce((sum, s) => sum + s.images.bytes + s.labels.bytes, 0);
  const report = () => callbacks.onProgress?.({
    loadedBytes, totalBytes, trainAvailable: data.train.available, testAvailable: data.test.available,
  });
  const onBytes = (n: number) => {
    loadedBytes += n;
    report();
  };
  report();
  for (const shard of manifest.shards) {
    if (data.hasShard(shardKey(shard))) continue;
    const [imagesIdx, labelsIdx] = await Promise.all([
      fetchShard(new URL(shard.images.file, baseUrl).href, shard.images.bytes, fetchFn, onBytes, callbacks.signal),
      fetchShard(new URL(shard.labels.file, baseUrl).href, shard.labels.bytes, fetchFn, onBytes, callbacks.signal),
    ]);
    const { images, labels } = decodeShard(shard, imagesIdx, labelsIdx);
    data.addShard(shard, images, labels, shardKey(shard));
    report();
    callbacks.onShard?.(shard, data);
  }
  return data;
}
