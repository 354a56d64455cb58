/** The fixed sample of test images behind the running test-accuracy estimate. */
import { createRandom, permutation } from '../data/random';
import type { MnistSplit } from '../data/mnistData';
import { IMAGE_SIZE } from '../data/mnistData';

export const TEST_SUBSET_SIZE = 500;

/** Gathers a seeded random subset of the test split into contiguous buffers. */
export function testSubset(test: MnistSplit, size = TEST_SUBSET_SIZE, seed = 2024) {
  const count = Math.min(size, test.count);
  const order = permutation(test.count, createRandom(seed)).subarray(0, count);
  const pixels = new Uint8Array(count * IMAGE_SIZE);
  const labels = new Uint8Array(count);
  order.forEach((index, i) => {
    pixels.set(test.images.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE), i * IMAGE_SIZE);
    labels[i] = test.labels[index]!;
  });
  return { pixels, labels, count };
}

/**
 * When to refresh the running estimate: at least every `minIntervalMs`, and never so often that
 * evaluation takes more than `maxShare` of the training time.
 */
export class EvaluationSchedule {
  private lastAt = -Infinity;
  private lastCostMs = 0;
  private recorded = 0;

  constructor(private readonly minIntervalMs = 1500, private readonly maxShare = 0.06) {}

  due(now: number): boolean {
    return now - this.lastAt >= Math.max(this.minIntervalMs, this.lastCostMs / this.maxShare);
  }

  record(now: number, costMs: number): void {
    this.lastAt = now;
    // The first evaluation on a backend also compiles its kernels (seconds on WebGL): not a fair cost.
    if (this.recorded++ > 0) this.lastCostMs = costMs;
  }

  reset(): void {
    this.lastAt = -Infinity;
    this.lastCostMs = 0;
    this.recorded = 0;
  }
}
