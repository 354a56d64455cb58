import { describe, expect, it } from 'vitest';
import { createSyntheticTask } from './syntheticTask';
import { createTextTask } from './textTask';
import { createMnistTask } from './mnistTask';
import { MnistData, IMAGE_SIZE } from '../mnistData';
import type { Batch, TaskData, TaskProgress } from './taskTypes';

const targets = (b: Batch) => Array.from(b.targets.kind === 'classes' ? b.targets.labels : b.targets.values);

/** Trains a few batches, saves, and checks a fresh task of another seed resumes with the very same batches. */
function expectExactResume(make: (seed: number) => TaskData) {
  const original = make(5);
  for (let i = 0; i < 4; i++) original.nextBatch(7);
  const saved: TaskProgress = JSON.parse(JSON.stringify(original.saveProgress()));
  const resumed = make(123);
  expect(resumed.restoreProgress(saved)).toBe(true);
  for (let i = 0; i < 3; i++) {
    const [a, b] = [original.nextBatch(7), resumed.nextBatch(7)];
    expect(Array.from(b.inputs)).toEqual(Array.from(a.inputs));
    expect(targets(b)).toEqual(targets(a));
  }
}

function tinyMnist(): MnistData {
  const data = new MnistData({ trainCount: 30, testCount: 10 });
  const images = Uint8Array.from({ length: 30 * IMAGE_SIZE }, (_v, i) => (i * 7) % 256);
  data.train.add(0, images, Uint8Array.from({ length: 30 }, (_v, i) => i % 10));
  data.test.add(0, images.subarray(0, 10 * IMAGE_SIZE), Uint8Array.from({ length: 10 }, (_v, i) => i % 10));
  return data;
}

describe('saving and resuming where a task\'s training stream stands', () => {
  it('resumes every generated task exactly', () => {
    expectExactResume((seed) => createSyntheticTask({ id: 'delayedRecall', delay: 5, symbols: 3 }, seed));
    expectExactResume((seed) => createSyntheticTask({ id: 'adding', length: 9 }, seed));
    expectExactResume((seed) => createSyntheticTask({ id: 'signal', length: 12, noise: 0.2 }, seed));
  });

  it('resumes a text task exactly', () => {
    expectExactResume((seed) => createTextTask({ id: 'text', text: '學而時習之，不亦說乎？🙂 '.repeat(20), length: 6 }, seed));
  });

  it('resumes MNIST exactly, epochs and one-pixel shifts included', () => {
    const data = tinyMnist();
    expectExactResume((seed) => createMnistTask('mnistImages', data, seed, true));
    const task = createMnistTask('rowMnist', data, 1);
    for (let i = 0; i < 5; i++) task.nextBatch(7);
    expect(task.saveProgress()).toMatchObject({ kind: 'epochs', epoch: 1, position: 5 });
  });

  it('refuses the progress of another kind of task and keeps its own', () => {
    const stream = createSyntheticTask({ id: 'adding', length: 9 }, 1);
    const before = stream.saveProgress();
    expect(stream.restoreProgress({ kind: 'epochs', epoch: 0, position: 0, epochStart: 0, random: 0 })).toBe(false);
    expect(stream.restoreProgress({ kind: 'stream', random: -1 })).toBe(false);
    expect(stream.saveProgress()).toEqual(before);
    const mnist = createMnistTask('mnistImages', tinyMnist(), 1);
    expect(mnist.restoreProgress({ kind: 'stream', random: 3 })).toBe(false);
  });
});
