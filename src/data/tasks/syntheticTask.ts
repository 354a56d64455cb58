/**
 * The generated sequence tasks of the RNN lab (delayed recall, adding, noisy signal) behind one
 * TaskData: an endless seeded stream of fresh training examples and a fixed test set whose seed
 * comes from the task, not the run, so accuracies of runs with different seeds are comparable.
 */
import { createRandom } from '../random';
import type { Random, RandomStream } from '../random';
import { mnistGeometry } from './mnistTask';
import { addingGeometry, writeAddingExample } from './addingProblem';
import { delayedRecallGeometry, writeDelayedRecallExample } from './delayedRecall';
import { signalGeometry, writeSignalExample } from './noisySignal';
import type { Batch, EvalSet, TaskData, TaskExample, TaskGeometry, TaskProgress, TaskSpec } from './taskTypes';
import { textProblems, type TextProblem } from './textCorpus';
import { textGeometry } from './textTask';
import { restoreStream, streamProgress } from './streamProgress';

/** The task options a user can choose per generated task. */
export type SyntheticTaskSpec = Extract<TaskSpec, { id: 'delayedRecall' | 'adding' | 'signal' }>;

/** Allowed values of each task option (counts are whole numbers; noise is a standard deviation). */
export const TASK_OPTION_RANGES = {
  delay: { min: 1, max: 100 },
  symbols: { min: 2, max: 8 },
  addingLength: { min: 4, max: 200 },
  signalLength: { min: 10, max: 200 },
  noise: { min: 0, max: 0.5 },
} as const;

/** The options each generated task starts with. */
export const DEFAULT_TASK_SPECS = {
  delayedRecall: { id: 'delayedRecall', delay: 20, symbols: 4 },
  adding: { id: 'adding', length: 30 },
  signal: { id: 'signal', length: 50, noise: 0.1 },
} as const satisfies { [Id in SyntheticTaskSpec['id']]: Extract<SyntheticTaskSpec, { id: Id }> };

/** Examples in the fixed test set behind the running test estimate. */
export const SYNTHETIC_TEST_SIZE = 512;
/** The first test examples, offered to the views. */
export const SYNTHETIC_EXAMPLE_COUNT = 12;

/** What is wrong with a task spec, as codes the UI words; empty when the task can be built. */
export type TaskSpecProblem = {
  code: 'delayOutOfRange' | 'symbolsOutOfRange' | 'lengthOutOfRange' | 'noiseOutOfRange';
  min: number;
  max: number;
} | Exclude<TextProblem, { code: 'lengthOutOfRange' }>;

const inRange = (value: number, { min, max }: { min: number; max: number }) => value >= min && value <= max;
const isWholeIn = (value: number, range: { min: number; max: number }) => Number.isInteger(value) && inRange(value, range);

export function taskSpecProblems(spec: TaskSpec): TaskSpecProblem[] {
  const problems: TaskSpecProblem[] = [];
  const check = (ok: boolean, code: TaskSpecProblem['code'], range: { min: number; max: number }) => {
    if (!ok) problems.push({ code, min: range.min, max: range.max });
  };
  const ranges = TASK_OPTION_RANGES;
  if (spec.id === 'delayedRecall') {
    check(isWholeIn(spec.delay, ranges.delay), 'delayOutOfRange', ranges.delay);
    check(isWholeIn(spec.symbols, ranges.symbols), 'symbolsOutOfRange', ranges.symbols);
  } else if (spec.id === 'adding') {
    check(isWholeIn(spec.length, ranges.addingLength), 'lengthOutOfRange', ranges.addingLength);
  } else if (spec.id === 'signal') {
    check(isWholeIn(spec.length, ranges.signalLength), 'lengthOutOfRange', ranges.signalLength);
    // Written as a positive test so that NaN is out of range too.
    check(inRange(spec.noise, ranges.noise), 'noiseOutOfRange', ranges.noise);
  } else if (spec.id === 'text') {
    problems.push(...textProblems(spec));
  }
  return problems;
}

/** Input shape, answer kind and sequence shape of any task, MNIST included. */
export function taskGeometry(spec: TaskSpec): TaskGeometry {
  switch (spec.id) {
    case 'mnistImages':
    case 'rowMnist':
      return mnistGeometry(spec.id);
    case 'delayedRecall':
      return delayedRecallGeometry(spec);
    case 'adding':
      return addingGeometry(spec);
    case 'signal':
      return signalGeometry(spec);
    case 'text':
      return textGeometry(spec);
  }
}

/** Writes example `index` into batch buffers, drawing from the random stream. */
type ExampleWriter =
  | { kind: 'classes'; write(random: Random, inputs: Float32Array, labels: Int32Array, index: number): void }
  | { kind: 'values'; write(random: Random, inputs: Float32Array, values: Float32Array, index: number): void };

function exampleWriter(spec: SyntheticTaskSpec): ExampleWriter {
  switch (spec.id) {
    case 'delayedRecall':
      return { kind: 'classes', write: (random, inputs, labels, index) => writeDelayedRecallExample(spec, random, inputs, labels, index) };
    case 'adding':
      return { kind: 'values', write: (random, inputs, sums, index) => writeAddingExample(spec, random, inputs, sums, index) };
    case 'signal':
      return { kind: 'values', write: (random, inputs, targets, index) => void writeSignalExample(spec, random, inputs, targets, index) };
  }
}

/** Floats per example: the product of the input shape. */
const inputSizeOf = (geometry: TaskGeometry) => geometry.input.reduce((a, b) => a * b, 1);
/** Answers per example: one per step for many-to-many, else one. */
const targetSizeOf = (geometry: TaskGeometry) => (geometry.perStep ? geometry.input[0]! : 1);

function generate(writer: ExampleWriter, geometry: TaskGeometry, random: Random, count: number): Batch {
  const inputs = new Float32Array(count * inputSizeOf(geometry));
  const targetSize = count * targetSizeOf(geometry);
  if (writer.kind === 'classes') {
    const labels = new Int32Array(targetSize);
    for (let i = 0; i < count; i++) writer.write(random, inputs, labels, i);
    return { inputs, targets: { kind: 'classes', labels }, count };
  }
  const values = new Float32Array(targetSize);
  for (let i = 0; i < count; i++) writer.write(random, inputs, values, i);
  return { inputs, targets: { kind: 'values', values }, count };
}

/** Examples start … start + count − 1 of a batch, copied (so callers may keep or transfer them). */
function sliceBatch(batch: Batch, geometry: TaskGeometry, start: number, count: number): Batch {
  const first = Math.max(0, Math.min(batch.count, Math.floor(start)));
  const n = Math.max(0, Math.min(batch.count - first, Math.floor(count)));
  const inputSize = inputSizeOf(geometry);
  const targetSize = targetSizeOf(geometry);
  const inputs = batch.inputs.slice(first * inputSize, (first + n) * inputSize);
  const [from, to] = [first * targetSize, (first + n) * targetSize];
  const targets: Batch['targets'] =
    batch.targets.kind === 'classes'
      ? { kind: 'classes', labels: batch.targets.labels.slice(from, to) }
      : { kind: 'values', values: batch.targets.values.slice(from, to) };
  return { inputs, targets, count: n };
}

/**
 * The test set's seed: a hash (FNV-1a) of the task and its options, so every run of one task is
 * scored on the same examples whatever its training seed.
 */
export function testSeedOf(spec: SyntheticTaskSpec): number {
  const key = spec.id === 'delayedRecall' ? `delayedRecall/${spec.delay}/${spec.symbols}` : spec.id === 'adding' ? `adding/${spec.length}` : `signal/${spec.length}/${spec.noise}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

class SyntheticTask implements TaskData {
  readonly geometry: TaskGeometry;
  readonly epoch = null;
  readonly epochProgress = 0;
  readonly fullTestSet = null;
  readonly estimateSet: EvalSet;
  readonly exampleCount = SYNTHETIC_EXAMPLE_COUNT;
  private readonly writer: ExampleWriter;
  private readonly trainingStream: RandomStream;

  constructor(spec: SyntheticTaskSpec, seed: number) {
    this.geometry = taskGeometry(spec);
    this.writer = exampleWriter(spec);
    this.trainingStream = createRandom(seed);
    const testSet = generate(this.writer, this.geometry, createRandom(testSeedOf(spec)), SYNTHETIC_TEST_SIZE);
    this.estimateSet = { count: testSet.count, chunk: (start, n) => sliceBatch(testSet, this.geometry, start, n) };
  }

  nextBatch(size: number): Batch {
    return generate(this.writer, this.geometry, this.trainingStream, Math.max(0, Math.floor(size)));
  }

  example(index: number): TaskExample {
    const i = Math.max(0, Math.min(this.exampleCount - 1, Math.floor(index)));
    return { batch: this.estimateSet.chunk(i, 1) };
  }

  setExpandedData(): void {
    // Pixel shifts are for images; generated sequences have nothing to expand.
  }

  saveProgress(): TaskProgress {
    return streamProgress(this.trainingStream);
  }

  restoreProgress(progress: TaskProgress): boolean {
    return restoreStream(this.trainingStream, progress);
  }
}

/**
 * A generated task. Training batches come from an endless stream seeded by `seed` (the same seed
 * and batch sizes give the same batches); the test set is fixed by the task alone.
 * Throws on a spec with problems: check `taskSpecProblems` first.
 */
export function createSyntheticTask(spec: SyntheticTaskSpec, seed: number): TaskData {
  const problems = taskSpecProblems(spec);
  // The message is for developer logs; the UI words the problem codes before it gets here.
  if (problems.length > 0) throw new Error(`Task spec: ${JSON.stringify(problems)}`);
  return new SyntheticTask(spec, seed);
}
