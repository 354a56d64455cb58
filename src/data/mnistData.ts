/** The MNIST images and labels held in memory, filled shard by shard as they download. */
import type { MnistManifest, MnistShard, Split } from './manifest';

export const MNIST_ROWS = 28;
export const MNIST_COLS = 28;
export const IMAGE_SIZE = MNIST_ROWS * MNIST_COLS;

/** One split: all images as bytes, [count, 28, 28] row-major, and labels [count]. */
export class MnistSplit {
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
  private readonly loaded: Uint8Array;
  private loadedExamples = 0;
  /** Ranges of loaded examples, kept sorted, so a missing index can be mapped to a loaded one. */
  private ranges: { start: number; count: number }[] = [];

  constructor(readonly count: number) {
    this.images = new Uint8Array(count * IMAGE_SIZE);
    this.labels = new Uint8Array(count);
    this.loaded = new Uint8Array(count);
  }

  add(offset: number, images: Uint8Array, labels: Uint8Array): void {
    const n = labels.length;
    this.images.set(images, offset * IMAGE_SIZE);
    this.labels.set(labels, offset);
    this.loaded.fill(1, offset, offset + n);
    this.loadedExamples += n;
    this.ranges.push({ start: offset, count: n });
    this.ranges.sort((a, b) => a.start - b.start);
  }

  get available(): number {
    return this.loadedExamples;
  }

  isLoaded(index: number): boolean {
    return this.loaded[index] === 1;
  }

  /** The index itself when loaded, otherwise a deterministic stand-in among the loaded examples. */
  resolve(index: number): number {
    if (this.loaded[index] === 1 || this.loadedExamples === 0) return index;
    let k = index % this.loadedExamples;
    for (const r of this.ranges) {
      if (k < r.count) return r.start + k;
      k -= r.count;
    }
    return this.ranges[0]!.start;
  }
}

export class MnistData {
  readonly train: MnistSplit;
  readonly test: MnistSplit;
  private readonly shards = new Set<string>();

  constructor(manifest: Pick<MnistManifest, 'trainCount' | 'testCount'>) {
    this.train = new MnistSplit(manifest.trainCount);
    this.test = new MnistSplit(manifest.testCount);
  }

  split(name: Split): MnistSplit {
    return name === 'train' ? this.train : this.test;
  }

  /** Stores a decoded shard once; `key` names it so a resumed download can skip it. */
  addShard(shard: MnistShard, images: Uint8Array, labels: Uint8Array, key = `${shard.split}:${shard.offset}`): void {
    if (this.shards.has(key)) return;
    this.shards.add(key);
    this.split(shard.split).add(shard.offset, images, labels);
  }

  hasShard(key: string): boolean {
    return this.shards.has(key);
  }

  /** True once every shard of both splits is in. */
  get complete(): boolean {
    return this.train.available === this.train.count && this.test.available === this.test.count;
  }

  /** Training can start once some training data and the whole test set are in. */
  get readyToTrain(): boolean {
    return this.train.available > 0 && this.test.available === this.test.count;
  }
}
