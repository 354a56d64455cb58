/**
 * What a network learns, independent of the network: the shape of one input, what it must answer
 * (classes or values, once at the end or at every step), how batches are drawn, and the examples
 * the views show. Both labs train through this: the CNN lab is the "MNIST images" task.
 */

export type TaskId = 'mnistImages' | 'rowMnist' | 'delayedRecall' | 'adding' | 'signal' | 'text';

/** The shapes of the course notes: which steps read an input and which give an answer. */
export type SequenceShape = 'oneToOne' | 'manyToOne' | 'manyToMany' | 'oneToMany';

/** The options a user sets per task; everything else about a task follows from them. */
export type TaskSpec =
  | { id: 'mnistImages' }
  | { id: 'rowMnist' }
  /** A symbol at step 0, `delay` steps of distractors, then a recall cue: answer the symbol. */
  | { id: 'delayedRecall'; delay: number; symbols: number }
  /** `length` random values, two of them marked: answer the sum of the marked two. */
  | { id: 'adding'; length: number }
  /** A noisy sum of two sines: at every step, predict the next (noise-free) value. */
  | { id: 'signal'; length: number; noise: number }
  /** The user's own text, read one character (Unicode code point) per step: predict the next character at every step. */
  | { id: 'text'; text: string; length: number };

export type TaskOutput =
  | { kind: 'classes'; classes: number }
  /** Real-valued answers; an answer within `tolerance` of the target counts as right. */
  | { kind: 'values'; tolerance: number };

export interface TaskGeometry {
  /** One example's input without the batch axis: [28, 28, 1] for images, [steps, features] for sequences. */
  input: number[];
  output: TaskOutput;
  /** True when there is an answer at every step (many-to-many), false for one answer at the end. */
  perStep: boolean;
  shape: SequenceShape;
}

/** Answers: class indices, or values. Shape [count] or, per step, [count, steps]. */
export type Targets = { kind: 'classes'; labels: Int32Array } | { kind: 'values'; values: Float32Array };

/** A batch ready for the model: inputs [count, ...geometry.input] row-major, and their targets. */
export interface Batch {
  inputs: Float32Array;
  targets: Targets;
  count: number;
}

/** A fixed set of labelled examples, read in chunks so memory stays small. */
export interface EvalSet {
  readonly count: number;
  chunk(start: number, count: number): Batch;
}

/** One example for the views: the batch of one, plus raw bytes for image-based tasks. */
export interface TaskExample {
  batch: Batch;
  /** 28×28 bytes when the input is an MNIST digit (drawn as an image with the current row marked). */
  pixels?: Uint8Array;
  /** The character read at each step, for text tasks (one string per step, a whole code point each). */
  characters?: string[];
}

/**
 * Where a task's training stream stands: enough to resume it with exactly the batches it would
 * have served next (saved with a model). Generated tasks are one random stream; MNIST also keeps
 * its place in the epoch's shuffled order, which is redrawn from the stream's state at the epoch's start.
 */
export type TaskProgress =
  | { kind: 'stream'; random: number }
  | { kind: 'epochs'; epoch: number; position: number; epochStart: number; random: number };

/** Where training examples come from. Seeded: the same seed gives the same batches. */
export interface TaskData {
  readonly geometry: TaskGeometry;
  nextBatch(size: number): Batch;
  /** Completed passes over a finite training set, or null for tasks that generate fresh examples forever. */
  readonly epoch: number | null;
  /** Fraction of the current epoch already served, in [0, 1) (0 without epochs). */
  readonly epochProgress: number;
  /** The fixed examples behind the running test estimate (a sample for MNIST, all of them otherwise). */
  readonly estimateSet: EvalSet;
  /** The whole test set, evaluated at each epoch end; null when the estimate set is already all of it. */
  readonly fullTestSet: EvalSet | null;
  /** Examples the views can show (test examples, never trained on). */
  readonly exampleCount: number;
  example(index: number): TaskExample;
  /** Random one-pixel shifts of the training images (MNIST images only; ignored elsewhere). */
  setExpandedData(on: boolean): void;
  /** Where the training stream stands now. */
  saveProgress(): TaskProgress;
  /** Resumes the stream where `progress` left it; false (and nothing changes) when it does not fit this task. */
  restoreProgress(progress: TaskProgress): boolean;
}
