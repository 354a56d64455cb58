/**
 * The "Your own text" task: read a text one character per step and predict the next character at
 * every step (many-to-many, one class per symbol). Training windows start at random places in the
 * first 90 % of the text; the test windows tile the last 10 %, which training never reads.
 */
import { createRandom, type RandomStream } from '../random';
import { prepareCorpus, textProblems, type Corpus } from './textCorpus';
import type { Batch, EvalSet, TaskData, TaskExample, TaskGeometry, TaskProgress, TaskSpec } from './taskTypes';
import { restoreStream, streamProgress } from './streamProgress';

export type TextTaskSpec = Extract<TaskSpec, { id: 'text' }>;

/** Share of the text kept aside for testing (when the text is long enough to spare it). */
export const TEST_SHARE = 0.1;
/** The test part is tiled by at most this many windows. */
export const MAX_TEST_WINDOWS = 256;
const MAX_EXAMPLES = 12;

export interface TextTaskData extends TaskData {
  readonly corpus: Corpus;
  /** False when the text was too short to keep a part aside: the test windows then come from the training text. */
  readonly heldOut: boolean;
}

/** How many characters are kept aside for testing: 10 % of the text, at least one sequence and its target. */
const testSizeFor = (characters: number, length: number) => Math.max(length + 1, Math.ceil(characters * TEST_SHARE));

/** Whether a text of this many characters can spare a test part and still leave one training sequence. */
export function holdsOutTest(characters: number, length: number): boolean {
  return characters - testSizeFor(characters, length) >= length + 1;
}

export function textGeometry(spec: TextTaskSpec, corpus: Corpus = prepareCorpus(spec.text)): TaskGeometry {
  const symbols = corpus.symbols.length;
  return { input: [spec.length, symbols], output: { kind: 'classes', classes: symbols }, perStep: true, shape: 'manyToMany' };
}

/** Windows of length + 1 codes starting at `starts`, as one-hot inputs and next-character labels. */
function windowsToBatch(codes: Int32Array, starts: number[], length: number, symbols: number): Batch {
  const count = starts.length;
  const inputs = new Float32Array(count * length * symbols);
  const labels = new Int32Array(count * length);
  starts.forEach((start, i) => {
    for (let t = 0; t < length; t++) {
      inputs[(i * length + t) * symbols + codes[start + t]!] = 1;
      labels[i * length + t] = codes[start + t + 1]!;
    }
  });
  return { inputs, targets: { kind: 'classes', labels }, count };
}

class TextTask implements TextTaskData {
  readonly geometry: TaskGeometry;
  readonly epoch = null;
  readonly epochProgress = 0;
  readonly fullTestSet = null;
  readonly estimateSet: EvalSet;
  readonly exampleCount: number;
  readonly heldOut: boolean;
  private readonly random: RandomStream;
  /** Codes [0, trainEnd) are trained on; test windows start within [testStart, codes.length − length − 1]. */
  private readonly trainEnd: number;
  private readonly testStarts: number[];

  constructor(readonly spec: TextTaskSpec, readonly corpus: Corpus, seed: number) {
    this.geometry = textGeometry(spec, corpus);
    this.random = createRandom(seed);
    const total = corpus.codes.length;
    const window = spec.length + 1;
    const testSize = testSizeFor(total, spec.length);
    this.heldOut = holdsOutTest(total, spec.length);
    this.trainEnd = this.heldOut ? total - testSize : total;
    const testStart = this.heldOut ? this.trainEnd : 0;
    this.testStarts = [];
    for (let start = testStart; start + window <= total && this.testStarts.length < MAX_TEST_WINDOWS; start += spec.length) this.testStarts.push(start);
    const symbols = corpus.symbols.length;
    this.estimateSet = {
      count: this.testStarts.length,
      chunk: (start, n) => windowsToBatch(corpus.codes, this.testStarts.slice(start, start + n), spec.length, symbols),
    };
    this.exampleCount = Math.min(MAX_EXAMPLES, this.testStarts.length);
  }

  nextBatch(size: number): Batch {
    const last = this.trainEnd - (this.spec.length + 1);
    const starts = Array.from({ length: Math.max(0, Math.floor(size)) }, () => Math.floor(this.random() * (last + 1)));
    return windowsToBatch(this.corpus.codes, starts, this.spec.length, this.corpus.symbols.length);
  }

  example(index: number): TaskExample {
    const i = Math.max(0, Math.min(this.exampleCount - 1, Math.floor(index)));
    const start = this.testStarts[i]!;
    const characters = Array.from(this.corpus.codes.subarray(start, start + this.spec.length), (code) => this.corpus.symbols[code]!);
    return { batch: this.estimateSet.chunk(i, 1), characters };
  }

  setExpandedData(): void {
    // Pixel shifts are for images; a text has nothing to expand.
  }

  saveProgress(): TaskProgress {
    return streamProgress(this.random);
  }

  restoreProgress(progress: TaskProgress): boolean {
    return restoreStream(this.random, progress);
  }
}

/** The task for a text; throws on a spec with problems (check textProblems first). */
export function createTextTask(spec: TextTaskSpec, seed: number): TextTaskData {
  const problems = textProblems(spec);
  // The message is for developer logs; the UI words the problem codes before it gets here.
  if (problems.length > 0) throw new Error(`Text task: ${JSON.stringify(problems)}`);
  return new TextTask(spec, prepareCorpus(spec.text), seed);
}
