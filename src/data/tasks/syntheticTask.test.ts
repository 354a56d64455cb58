import { describe, expect, it } from 'vitest';
import type { SyntheticTaskSpec } from './syntheticTask';
import { DEFAULT_TASK_SPECS, TASK_OPTION_RANGES, createSyntheticTask, taskGeometry, taskSpecProblems, testSeedOf } from './syntheticTask';
import type { Batch, Targets } from './taskTypes';

const specs: SyntheticTaskSpec[] = [
  { id: 'delayedRecall', delay: 6, symbols: 3 },
  { id: 'adding', length: 12 },
  { id: 'signal', length: 15, noise: 0.2 },
];

const targetArray = (targets: Targets) => (targets.kind === 'classes' ? targets.labels : targets.values);

function concat(batches: Batch[]): { inputs: number[]; targets: number[] } {
  return { inputs: batches.flatMap((b) => Array.from(b.inputs)), targets: batches.flatMap((b) => Array.from(targetArray(b.targets))) };
}

describe('taskGeometry', () => {
  it('gives the shapes of all five tasks', () => {
    expect(taskGeometry({ id: 'mnistImages' })).toEqual({ input: [28, 28, 1], output: { kind: 'classes', classes: 10 }, perStep: false, shape: 'oneToOne' });
    expect(taskGeometry({ id: 'rowMnist' })).toEqual({ input: [28, 28], output: { kind: 'classes', classes: 10 }, perStep: false, shape: 'manyToOne' });
    expect(taskGeometry(DEFAULT_TASK_SPECS.delayedRecall).input).toEqual([22, 9]);
    expect(taskGeometry(DEFAULT_TASK_SPECS.adding)).toMatchObject({ input: [30, 2], output: { kind: 'values', tolerance: 0.04 } });
    expect(taskGeometry(DEFAULT_TASK_SPECS.signal)).toMatchObject({ input: [50, 1], perStep: true, shape: 'manyToMany' });
  });
});

describe('taskSpecProblems', () => {
  it('accepts the defaults, the range ends and the MNIST tasks', () => {
    for (const spec of Object.values(DEFAULT_TASK_SPECS)) expect(taskSpecProblems(spec)).toEqual([]);
    expect(taskSpecProblems({ id: 'delayedRecall', delay: 1, symbols: 8 })).toEqual([]);
    expect(taskSpecProblems({ id: 'delayedRecall', delay: 100, symbols: 2 })).toEqual([]);
    expect(taskSpecProblems({ id: 'adding', length: 4 })).toEqual([]);
    expect(taskSpecProblems({ id: 'signal', length: 200, noise: 0 })).toEqual([]);
    expect(taskSpecProblems({ id: 'signal', length: 10, noise: 0.5 })).toEqual([]);
    expect(taskSpecProblems({ id: 'rowMnist' })).toEqual([]);
  });

  it('names each option out of range, with its range, as codes', () => {
    expect(taskSpecProblems({ id: 'delayedRecall', delay: 0, symbols: 9 })).toEqual([
      { code: 'delayOutOfRange', min: 1, max: 100 },
      { code: 'symbolsOutOfRange', min: 2, max: 8 },
    ]);
    expect(taskSpecProblems({ id: 'delayedRecall', delay: 2.5, symbols: 4 })).toEqual([{ code: 'delayOutOfRange', min: 1, max: 100 }]);
    expect(taskSpecProblems({ id: 'adding', length: 3 })).toEqual([{ code: 'lengthOutOfRange', min: 4, max: 200 }]);
    expect(taskSpecProblems({ id: 'signal', length: 201, noise: Number.NaN })).toEqual([
      { code: 'lengthOutOfRange', min: 10, max: 200 },
      { code: 'noiseOutOfRange', min: 0, max: 0.5 },
    ]);
    expect(TASK_OPTION_RANGES.noise).toEqual({ min: 0, max: 0.5 });
    expect(() => createSyntheticTask({ id: 'adding', length: 1000 }, 1)).toThrow(/lengthOutOfRange/);
  });
});

describe.each(specs)('createSyntheticTask($id)', (spec) => {
  const geometry = taskGeometry(spec);
  const [steps, features] = geometry.input as [number, number];
  const targetsPerExample = geometry.perStep ? steps : 1;

  it('serves batches of the task shape from an endless stream with no epochs', () => {
    const task = createSyntheticTask(spec, 1);
    const batch = task.nextBatch(10);
    expect(batch.count).toBe(10);
    expect(batch.inputs.length).toBe(10 * steps * features);
    expect(targetArray(batch.targets).length).toBe(10 * targetsPerExample);
    expect(batch.targets.kind).toBe(geometry.output.kind);
    expect(task.epoch).toBeNull();
    expect(task.epochProgress).toBe(0);
    expect(task.fullTestSet).toBeNull();
    expect(task.geometry).toEqual(geometry);
    task.setExpandedData(true);
    expect(task.nextBatch(0).inputs.length).toBe(0);
  });

  it('gives the same batches for a seed, whatever the batch sizes, and others for another seed', () => {
    const a = createSyntheticTask(spec, 42);
    const b = createSyntheticTask(spec, 42);
    expect(concat([a.nextBatch(8), a.nextBatch(8)])).toEqual(concat([b.nextBatch(16)]));
    const c = createSyntheticTask(spec, 43);
    expect(createSyntheticTask(spec, 42).nextBatch(4).inputs).not.toEqual(c.nextBatch(4).inputs);
  });

  it('tests on 512 fixed examples that do not depend on the training seed', () => {
    const one = createSyntheticTask(spec, 1);
    const other = createSyntheticTask(spec, 999);
    expect(one.estimateSet.count).toBe(512);
    const all = one.estimateSet.chunk(0, 512);
    expect(all.count).toBe(512);
    expect(all.inputs.length).toBe(512 * steps * features);
    expect(all).toEqual(other.estimateSet.chunk(0, 512));
    // The test stream is not any of these training streams.
    expect(all.inputs.subarray(0, 4 * steps * features)).not.toEqual(one.nextBatch(4).inputs);
    expect(createSyntheticTask(spec, testSeedOf(spec) + 1).nextBatch(1).inputs).not.toEqual(one.estimateSet.chunk(0, 1).inputs);
  });

  it('reads the test set in chunks that are slices of the same set', () => {
    const task = createSyntheticTask(spec, 5);
    const all = task.estimateSet.chunk(0, 512);
    const chunks = [0, 100, 200, 300, 400, 500].map((start) => task.estimateSet.chunk(start, 100));
    expect(chunks.at(-1)!.count).toBe(12);
    expect(concat(chunks)).toEqual(concat([all]));
    const middle = task.estimateSet.chunk(37, 5);
    expect(middle.inputs).toEqual(all.inputs.slice(37 * steps * features, 42 * steps * features));
    expect(targetArray(middle.targets)).toEqual(targetArray(all.targets).slice(37 * targetsPerExample, 42 * targetsPerExample));
  });

  it('offers the first 12 test examples to the views, one at a time', () => {
    const task = createSyntheticTask(spec, 5);
    expect(task.exampleCount).toBe(12);
    for (const i of [0, 11]) expect(task.example(i).batch).toEqual(task.estimateSet.chunk(i, 1));
    expect(task.example(40).batch).toEqual(task.estimateSet.chunk(11, 1));
    expect(task.example(0).pixels).toBeUndefined();
  });
});

describe('createSyntheticTask answers', () => {
  it('labels a delayed-recall test example with the hot symbol channel of its first step', () => {
    const spec = DEFAULT_TASK_SPECS.delayedRecall;
    const { inputs, targets } = createSyntheticTask(spec, 3).estimateSet.chunk(0, 512);
    const features = 2 * spec.symbols + 1;
    const stepsPerExample = spec.delay + 2;
    for (let i = 0; i < 512; i++) {
      const firstStep = Array.from(inputs.subarray(i * stepsPerExample * features, i * stepsPerExample * features + features));
      expect(targets.kind === 'classes' && targets.labels[i]).toBe(firstStep.indexOf(1));
    }
  });
});
