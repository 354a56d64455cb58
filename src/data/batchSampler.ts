/**
 * Mini-batches from the training split in a seeded shuffled order, one epoch = one pass over all
 * 60,000 indices. While later shards are still downloading, a missing index is replaced by a
 * loaded example so training can start on the first shard.
 */
import { ONE_PIXEL_SHIFTS, shiftImage } from './augment';
import type { MnistSplit } from './mnistData';
import { IMAGE_SIZE } from './mnistData';
import { createRandom, isRandomState, permutation, type RandomStream } from './random';

/** A batch of images as bytes (0 = background, 255 = ink), row-major, with one label per image. */
export interface PixelBatch {
  /** count × 28 × 28 bytes. */
  pixels: Uint8Array;
  /** count class indices. */
  labels: Uint8Array;
  count: number;
}

export interface SamplerOptions {
  /** Randomly shift each image by at most one pixel (the notes' "expanded" training set). */
  expandedData: boolean;
}

/** Where a sampler stands: the epoch, the place in its order, and the random states that rebuild both. */
export interface SamplerPosition {
  epoch: number;
  position: number;
  /** The random state the epoch's order was drawn from. */
  epochStart: number;
  /** The random state now (the order and any shifts since have been drawn). */
  random: number;
}

export class BatchSampler {
  private readonly random: RandomStream;
  private order: Uint32Array;
  private position = 0;
  private epochStart: number;
  /** Completed passes over the training set. */
  epoch = 0;
  options: SamplerOptions;

  constructor(private readonly split: MnistSplit, seed: number, options: SamplerOptions) {
    this.random = createRandom(seed);
    this.epochStart = this.random.getState();
    this.order = permutation(split.count, this.random);
    this.options = { ...options };
  }

  get savedPosition(): SamplerPosition {
    return { epoch: this.epoch, position: this.position, epochStart: this.epochStart, random: this.random.getState() };
  }

  /** Resumes where a saved position left off; false (nothing changed) when it cannot be from this split. */
  restorePosition(saved: SamplerPosition): boolean {
    const wholeIn = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;
    if (!wholeIn(saved?.epoch, Number.MAX_SAFE_INTEGER) || !wholeIn(saved.position, this.split.count - 1)) return false;
    if (!isRandomState(saved.epochStart) || !isRandomState(saved.random)) return false;
    this.epoch = saved.epoch;
    this.position = saved.position;
    this.epochStart = saved.epochStart;
    this.random.setState(saved.epochStart);
    this.order = permutation(this.split.count, this.random);
    this.random.setState(saved.random);
    return true;
  }

  /** Fraction of the current epoch already served, in [0, 1). */
  get epochProgress(): number {
    return this.position / this.order.length;
  }

  nextBatch(size: number): PixelBatch {
    const count = Math.min(size, this.order.length);
    const pixels = new Uint8Array(count * IMAGE_SIZE);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      if (this.position >= this.order.length) this.startEpoch();
      const index = this.split.resolve(this.order[this.position++]!);
      labels[i] = this.split.labels[index]!;
      const source = this.split.images.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE);
      const target = pixels.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE);
      if (this.options.expandedData) {
        const [dRow, dCol] = ONE_PIXEL_SHIFTS[Math.floor(this.random() * ONE_PIXEL_SHIFTS.length)]!;
        shiftImage(source, target, dRow, dCol);
      } else {
        target.set(source);
      }
    }
    if (this.position >= this.order.length) this.startEpoch();
    return { pixels, labels, count };
  }

  private startEpoch(): void {
    this.epoch += 1;
    this.position = 0;
    this.epochStart = this.random.getState();
    this.order = permutation(this.split.count, this.random);
  }
}
