/** Downloads the manifest and every shard in order, reporting progress and each shard as it lands. */
import { parseIdx } from './idx';
import { fetchShard, ShardError, type FetchFn } from './fetchShard';
import { MANIFEST_FILE, validateManifest, type MnistManifest, type MnistShard } from './manifest';
import { MnistData, MNIST_COLS, MNIST_ROWS } from './mnistData';

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
  trainAvailable: number;
  testAvailable: number;
}

export interface LoadCallbacks {
  onProgress?(progress: LoadProgress): void;
  /** Called after each shard is decoded and stored in `data`. */
  onShard?(shard: MnistShard, data: MnistData): void;
  signal?: AbortSignal;
}

export class DataLoadError extends Error {}

/** Checks a decoded shard's headers against what the manifest promised. */
function decodeShard(shard: MnistShard, imagesIdx: Uint8Array, labelsIdx: Uint8Array) {
  const images = parseIdx(imagesIdx);
  const labels = parseIdx(labelsIdx);
  const [n, rows, cols] = images.dimensions;
  if (images.dimensions.length !== 3 || n !== shard.count || rows !== MNIST_ROWS || cols !== MNIST_COLS) {
    throw new ShardError(`${shard.images.file} holds ${images.dimensions.join('×')} images, expected ${shard.count}×28×28`);
  }
  if (labels.dimensions.length !== 1 || labels.dimensions[0] !== shard.count) {
    throw new ShardError(`${shard.labels.file} holds ${labels.dimensions.join('×')} labels, expected ${shard.count}`);
  }
  for (const label of labels.data) {
    if (label > 9) throw new ShardError(`${shard.labels.file} contains the label ${label}, which is not a digit`);
  }
  return { images: images.data, labels: labels.data };
}

async function fetchManifest(baseUrl: string, fetchFn: FetchFn, signal?: AbortSignal): Promise<MnistManifest> {
  const url = new URL(MANIFEST_FILE, baseUrl).href;
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (error) {
    throw new DataLoadError(`could not download the data manifest: ${(error as Error).message}`);
  }
  if (!response.ok) throw new DataLoadError(`the data manifest is missing (HTTP ${response.status}); run "npm run data" to generate it`);
  try {
    return validateManifest(await response.json());
  } catch (error) {
    throw new DataLoadError(`the data manifest is corrupt: ${(error as Error).message}`);
  }
}

/** Loads MNIST from `baseUrl` (a directory URL ending in "/"). Rejects with a message a learner can act on. */
export async function loadMnist(baseUrl: string, fetchFn: FetchFn, callbacks: LoadCallbacks = {}): Promise<MnistData> {
  const manifest = await fetchManifest(baseUrl, fetchFn, callbacks.signal);
  const data = new MnistData(manifest);
  const totalBytes = manifest.shards.reduce((sum, s) => sum + s.images.bytes + s.labels.bytes, 0);
  let loadedBytes = 0;
  const report = () => callbacks.onProgress?.({
    loadedBytes, totalBytes, trainAvailable: data.train.available, testAvailable: data.test.available,
  });
  const onBytes = (n: number) => {
    loadedBytes += n;
    report();
  };
  report();
  for (const shard of manifest.shards) {
    const [imagesIdx, labelsIdx] = await Promise.all([
      fetchShard(new URL(shard.images.file, baseUrl).href, shard.images.bytes, fetchFn, onBytes, callbacks.signal),
      fetchShard(new URL(shard.labels.file, baseUrl).href, shard.labels.bytes, fetchFn, onBytes, callbacks.signal),
    ]);
    const { images, labels } = decodeShard(shard, imagesIdx, labelsIdx);
    data.addShard(shard, images, labels);
    report();
    callbacks.onShard?.(shard, data);
  }
  return data;
}
