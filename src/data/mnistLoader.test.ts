import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadMnist, type LoadProgress } from './mnistLoader';
import { DataError, type DataProblem } from './dataProblem';
import { IMAGE_SIZE, type MnistData } from './mnistData';
import { readRawIdx } from '../test/mnistFixture';
import { DATA_DIR as dataDir, fileFetch, TEST_DATA_URL as BASE, shardFile } from '../test/fileFetch';

/** The problem a failed load reports (the loader words nothing: the UI does). */
async function problemOf(load: Promise<unknown>): Promise<DataProblem> {
  try {
    await load;
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problem;
  }
  throw new Error('the load was expected to fail');
}

describe('loading the MNIST shards', () => {
  it('gives exactly the pixels and labels of the original IDX files', async () => {
    const progress: LoadProgress[] = [];
    const data = await loadMnist(BASE, fileFetch(), { onProgress: (p) => progress.push(p) });
    const rawTrainImages = readRawIdx('train-images-idx3-ubyte').data;
    const rawTrainLabels = readRawIdx('train-labels-idx1-ubyte').data;
    const rawTestImages = readRawIdx('t10k-images-idx3-ubyte').data;
    const rawTestLabels = readRawIdx('t10k-labels-idx1-ubyte').data;
    expect(data.train.count).toBe(60_000);
    expect(data.test.count).toBe(10_000);
    for (const i of [0, 1, 9_999, 10_000, 25_123, 47_000, 59_999]) {
      expect(data.train.labels[i]).toBe(rawTrainLabels[i]);
      expect(data.train.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE)).toEqual(rawTrainImages.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE));
    }
    for (const i of [0, 5_000, 9_999]) {
      expect(data.test.labels[i]).toBe(rawTestLabels[i]);
      expect(data.test.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE)).toEqual(rawTestImages.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE));
    }
    expect(Array.from(data.train.labels.subarray(0, 10))).toEqual([5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);
    expect(Array.from(data.test.labels.subarray(0, 10))).toEqual([7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
    const last = progress.at(-1)!;
    expect(last.loadedBytes).toBe(last.totalBytes);
    expect(progress.some((p) => p.loadedBytes > 0 && p.loadedBytes < p.totalBytes)).toBe(true);
  });

  it('is ready to train after the first training shard and the test set', async () => {
    const readyAt: number[] = [];
    await loadMnist(BASE, fileFetch(), {
      onShard: (_shard, data) => { if (data.readyToTrain) readyAt.push(data.train.available); },
    });
    expect(readyAt[0]).toBe(10_000);
  });

  it('reports a missing shard clearly', async () => {
    const fetchFn = fileFetch((name, bytes) => (name === shardFile('train-2-images') ? null : bytes));
    expect(await problemOf(loadMnist(BASE, fetchFn))).toEqual({ code: 'shardMissing', file: shardFile('train-2-images'), status: 404 });
  });

  it('reports a truncated shard clearly', async () => {
    const fetchFn = fileFetch((name, bytes) => (name === shardFile('test-0-images') ? bytes.subarray(0, 1000) : bytes));
    expect(await problemOf(loadMnist(BASE, fetchFn))).toMatchObject({ code: 'shardTruncated', file: shardFile('test-0-images'), bytes: 1000 });
  });

  it('reports a shard that is not gzip (e.g. unpacked by a server)', async () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
    const size = manifest.shards[0].labels.bytes as number;
    const fetchFn = fileFetch((name, bytes) => (name === shardFile('train-0-labels') ? new Uint8Array(size).fill(7) : bytes));
    expect(await problemOf(loadMnist(BASE, fetchFn))).toEqual({ code: 'shardNotGzip', file: shardFile('train-0-labels') });
  });

  it('reports a shard whose header disagrees with the manifest', async () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
    const fakeLabels = gzipSync(Buffer.from([0, 0, 8, 1, 0, 0, 0, 3, 1, 2, 3]));
    manifest.shards[0].labels.bytes = fakeLabels.length;
    const fetchFn = fileFetch((name, bytes) => {
      if (name === 'manifest.json') return new TextEncoder().encode(JSON.stringify(manifest));
      return name === shardFile('train-0-labels') ? new Uint8Array(fakeLabels) : bytes;
    });
    expect(await problemOf(loadMnist(BASE, fetchFn))).toEqual({ code: 'shardWrongShape', file: shardFile('train-0-labels'), found: [3], expected: [10_000] });
  });

  it('reports a corrupt manifest', async () => {
    const fetchFn = fileFetch((name, bytes) => (name === 'manifest.json' ? new TextEncoder().encode('{"version":1}') : bytes));
    expect(await problemOf(loadMnist(BASE, fetchFn))).toEqual({ code: 'manifestCorrupt', part: 'sizes' });
  });

  it('resumes into the same data after a late failure, skipping the shards it has', async () => {
    let failing = true;
    const requested: string[] = [];
    const fetchFn = fileFetch((name, bytes) => {
      requested.push(name);
      return failing && name === shardFile('train-3-images') ? null : bytes;
    });
    let started: MnistData | null = null;
    const problem = await problemOf(loadMnist(BASE, fetchFn, { onStart: (d) => { started = d; } }));
    expect(problem).toMatchObject({ code: 'shardMissing', file: shardFile('train-3-images') });
    const partial = started! as MnistData;
    expect(partial.train.available).toBe(30_000);
    failing = false;
    requested.length = 0;
    const resumed = await loadMnist(BASE, fetchFn, {}, partial);
    expect(resumed).toBe(partial);
    expect(partial.train.available).toBe(60_000);
    expect(partial.complete).toBe(true);
    expect(requested).not.toContain(shardFile('train-0-images'));
    expect(requested).toContain(shardFile('train-3-images'));
  });
});
