/**
 * The numbers each task's data code is written from, taken from the data layer's own definitions
 * (src/data/tasks/*), so the exported generators read the same features and answer the same
 * targets as the app's.
 */
import { ONE_PIXEL_SHIFTS } from '../../data/augment';
import { SINE_RANGES } from '../../data/tasks/noisySignal';
import { SYNTHETIC_TEST_SIZE, testSeedOf, type SyntheticTaskSpec } from '../../data/tasks/syntheticTask';
import { UNKNOWN_SYMBOL } from '../../data/tasks/textCorpus';
import { MAX_TEST_WINDOWS, TEST_SHARE } from '../../data/tasks/textTask';
import type { TaskSpec } from '../../data/tasks/taskTypes';
import { EXPORT_EPOCHS, GENERATED_STEPS_PER_EPOCH, MNIST_SPLITS } from './exportTypes';

/**
 * The text task's split: the last 10 % of the text (at least one window) is the test part, tiled
 * by a bounded number of windows. The export test checks the exported code's test windows against
 * the app's own text task.
 */
export const TEXT_SPLIT = { testShare: TEST_SHARE, maxTestWindows: MAX_TEST_WINDOWS } as const;

export { ONE_PIXEL_SHIFTS, SINE_RANGES, SYNTHETIC_TEST_SIZE, UNKNOWN_SYMBOL };

/** True for the two MNIST tasks, which read a fixed training set in epochs. */
export const isMnistTask = (task: TaskSpec): task is Extract<TaskSpec, { id: 'mnistImages' | 'rowMnist' }> =>
  task.id === 'mnistImages' || task.id === 'rowMnist';

/** Seed of a generated task's fixed test set: the app's, so that it depends on the task alone. */
export function testSeed(task: TaskSpec): number | null {
  return task.id === 'delayedRecall' || task.id === 'adding' || task.id === 'signal' ? testSeedOf(task as SyntheticTaskSpec) : null;
}

/** Epochs, steps per epoch and examples per epoch of the exported training. */
export function epochPlan(task: TaskSpec, batchSize: number): { source: 'mnist' | 'generated'; epochs: number; stepsPerEpoch: number; examplesPerEpoch: number } {
  if (isMnistTask(task)) {
    return { source: 'mnist', epochs: EXPORT_EPOCHS.mnist, stepsPerEpoch: Math.ceil(MNIST_SPLITS.train / batchSize), examplesPerEpoch: MNIST_SPLITS.train };
  }
  return { source: 'generated', epochs: EXPORT_EPOCHS.generated, stepsPerEpoch: GENERATED_STEPS_PER_EPOCH, examplesPerEpoch: GENERATED_STEPS_PER_EPOCH * batchSize };
}
