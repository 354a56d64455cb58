/**
 * The two MNIST tasks: whole images for the CNN lab (28×28×1, one answer) and the same digits read
 * row by row for the RNN lab (28 steps of 28 pixels, many-to-one). Both draw from one download.
 */
import { BatchSampler } from '../batchSampler';
import type { MnistData, MnistSplit } from '../mnistData';
import { IMAGE_SIZE, MNIST_COLS, MNIST_ROWS } from '../mnistData';
import { testSubset } from '../testSubset';
import type { Batch, EvalSet, TaskData, TaskExample, TaskGeometry, TaskProgress } from './taskTypes';

export const MNIST_CLASSES = 10;
/** The first test digits, offered as inputs to look inside the network with. */
export const MNIST_EXAMPLE_COUNT = 12;

export function mnistGeometry(id: 'mnistImages' | 'rowMnist'): TaskGeometry {
  return id === 'mnistImages'
    ? { input: [MNIST_ROWS, MNIST_COLS, 1], output: { kind: 'classes', classes: MNIST_CLASSES }, perStep: false, shape: 'oneToOne' }
    : { input: [MNIST_ROWS, MNIST_COLS], output: { kind: 'classes', classes: MNIST_CLASSES }, perStep: false, shape: 'manyToOne' };
}

/** Pixel bytes (0 = background, 255 = ink) as the model reads them: scaled to [0, 1]. */
export function pixelsToInputs(pixels: Uint8Array): Float32Array {
  const inputs = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) inputs[i] = pixels[i]! / 255;
  return inputs;
}

function toBatch(pixels: Uint8Array, labels: Uint8Array, count: number): Batch {
  return { inputs: pixelsToInputs(pixels), targets: { kind: 'classes', labels: Int32Array.from(labels.subarray(0, count)) }, count };
}

/** Contiguous images and labels (a whole split or a gathered sample) read in chunks. */
function bytesEvalSet(images: Uint8Array, labels: Uint8Array, count: number): EvalSet {
  return {
    count,
    chunk: (start, n) => toBatch(images.subarray(start * IMAGE_SIZE, (start + n) * IMAGE_SIZE), labels.subarray(start, start + n), n),
  };
}

class MnistTask implements TaskData {
  private readonly sampler: BatchSampler;
  readonly estimateSet: EvalSet;
  readonly fullTestSet: EvalSet;
  readonly exampleCount: number;

  constructor(readonly geometry: TaskGeometry, private readonly test: MnistSplit, train: MnistSplit, seed: number) {
    this.sampler = new BatchSampler(train, seed, { expandedData: false });
    const subset = testSubset(test);
    this.estimateSet = bytesEvalSet(subset.pixels, subset.labels, subset.count);
    this.fullTestSet = bytesEvalSet(test.images, test.labels, test.count);
    this.exampleCount = Math.min(MNIST_EXAMPLE_COUNT, test.count);
  }

  get epoch(): number {
    return this.sampler.epoch;
  }

  get epochProgress(): number {
    return this.sampler.epochProgress;
  }

  nextBatch(size: number): Batch {
    const batch = this.sampler.nextBatch(size);
    return toBatch(batch.pixels, batch.labels, batch.count);
  }

  example(index: number): TaskExample {
    const i = Math.max(0, Math.min(this.test.count - 1, Math.floor(index)));
    const pixels = this.test.images.slice(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE);
    return { batch: toBatch(pixels, this.test.labels.subarray(i, i + 1), 1), pixels };
  }

  setExpandedData(on: boolean): void {
    this.sampler.options = { expandedData: on };
  }

  saveProgress(): TaskProgress {
    return { kind: 'epochs', ...this.sampler.savedPosition };
  }

  restoreProgress(progress: TaskProgress): boolean {
    return progress?.kind === 'epochs' && this.sampler.restorePosition(progress);
  }
}

/** A task over the (possibly still downloading) MNIST data; the test set must be complete. */
export function createMnistTask(id: 'mnistImages' | 'rowMnist', data: MnistData, seed: number, expandedData = false): TaskData {
  const task = new MnistTask(mnistGeometry(id), data.test, data.train, seed);
  task.setExpandedData(expandedData);
  return task;
}
