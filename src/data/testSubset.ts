/** The fixed sample of test images behind the running test-accuracy estimate. */
import { createRandom, permutation } from './random';
import type { MnistSplit } from './mnistData';
import { IMAGE_SIZE } from './mnistData';

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
