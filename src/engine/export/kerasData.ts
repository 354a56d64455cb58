/**
 * The Python data code of each task: `load_data(path=None)` and, for the tasks that never run out
 * of examples, a NumPy generator with the same definition as the app's (same features per step,
 * same targets; NumPy's random numbers, not the app's).
 */
import type { ExportPlan } from './exportPlan';
import { ONE_PIXEL_SHIFTS, SINE_RANGES, SYNTHETIC_TEST_SIZE, TEXT_SPLIT, UNKNOWN_SYMBOL, testSeed } from './taskFacts';
import { pyFloat, pyLongString, pyNumber, pyString, pyStringList } from './pythonLiteral';

/** Task constants for the top of the file: [NAME, Python value, comment]. */
export function kerasTaskConstants(plan: ExportPlan): [string, string, string][] {
  const task = plan.input.task;
  const seed = testSeed(task);
  const test: [string, string, string][] = seed === null ? [] : [
    ['TEST_EXAMPLES', pyNumber(SYNTHETIC_TEST_SIZE), 'a fixed test set, as in the app'],
    ['TEST_SEED', pyNumber(seed), "the app's test-set seed for this task (it depends on the task alone)"],
  ];
  switch (task.id) {
    case 'mnistImages':
    case 'rowMnist':
      return [];
    case 'delayedRecall':
      return [['DELAY', pyNumber(task.delay), 'distractor steps between the symbol and the cue'], ['SYMBOLS', pyNumber(task.symbols), 'symbols to remember (and distractors): the classes'], ...test];
    case 'adding':
      return [['LENGTH', pyNumber(task.length), 'values per sequence, two of them marked'], ...test];
    case 'signal':
      return [['LENGTH', pyNumber(task.length), 'steps per sequence'], ['NOISE', pyFloat(task.noise), 'standard deviation of the noise on every input'], ...test];
    case 'text':
      return [['LENGTH', pyNumber(task.length), 'characters per training sequence'], ['TEST_SHARE', pyFloat(TEXT_SPLIT.testShare), 'the end of the text kept for testing'], ['MAX_TEST_WINDOWS', pyNumber(TEXT_SPLIT.maxTestWindows), 'test sequences at most']];
  }
}

const MNIST_LOADER = `def load_data(path=None):
    """MNIST as the app reads it: grey levels / 255, labels 0–9.

    Downloads with keras.datasets.mnist, or reads a local mnist.npz (keys x_train, y_train,
    x_test, y_test) when \`path\` is given, for machines without internet.
    Returns (x_train, y_train), (x_test, y_test).
    """
    if path is None:
        (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
    else:
        with np.load(path) as data:
            x_train, y_train, x_test, y_test = (data[k] for k in ("x_train", "y_train", "x_test", "y_test"))

    def prepare(images):
        return (images.astype("float32") / 255).reshape((-1, *INPUT_SHAPE))

    return (prepare(x_train), y_train.astype("int32")), (prepare(x_test), y_test.astype("int32"))`;

const shiftList = () => `[${ONE_PIXEL_SHIFTS.map(([r, c]) => `(${r}, ${c})`).join(', ')}]`;

const SHIFT_IMAGES = () => `# The app's expanded data: no shift, or one pixel up, down, left or right (rows, columns).
SHIFTS = ${shiftList()}


def shift_images(images, rng):
    """Each image moved by a random one of SHIFTS, the uncovered edge filled with 0 (drawn afresh every epoch)."""
    shifted = np.zeros_like(images)
    choice = rng.integers(len(SHIFTS), size=len(images))
    height, width = images.shape[1], images.shape[2]
    for k, (d_row, d_col) in enumerate(SHIFTS):
        chosen = choice == k
        rows_to, rows_from = slice(max(d_row, 0), height + min(d_row, 0)), slice(max(-d_row, 0), height + min(-d_row, 0))
        cols_to, cols_from = slice(max(d_col, 0), width + min(d_col, 0)), slice(max(-d_col, 0), width + min(-d_col, 0))
        shifted[chosen, rows_to, cols_to] = images[chosen, rows_from, cols_from]
    return shifted`;

const FRESH_BATCHES = `class FreshBatches(keras.utils.PyDataset):
    """Endless training data, as in the app: every step gets a batch of examples never seen before."""

    def __init__(self, train, rng, steps, **kwargs):
        super().__init__(**kwargs)
        self.train, self.rng, self.steps = train, rng, steps

    def __len__(self):
        return self.steps

    def __getitem__(self, index):
        return make_examples(self.rng, BATCH_SIZE, self.train)`;

const GENERATED_LOADER = `def load_data(path=None):
    """The fixed test set (\`path\` is unused: this task's examples are generated).

    Returns (None, (x_test, y_test)): training examples are drawn fresh at every step.
    """
    return None, make_examples(np.random.default_rng(TEST_SEED), TEST_EXAMPLES)`;

function delayedRecall(): string {
  return `def make_examples(rng, count, train=None):
    """Delayed recall: a symbol at step 0, DELAY distractors, then the cue; the answer is the symbol.

    Features per step: [0, SYMBOLS) the symbol (step 0), [SYMBOLS, 2·SYMBOLS) a distractor
    (its own alphabet), 2·SYMBOLS the recall cue (last step).
    """
    x = np.zeros((count, *INPUT_SHAPE), dtype="float32")
    rows = np.arange(count)
    symbol = rng.integers(SYMBOLS, size=count)
    distractors = rng.integers(SYMBOLS, size=(count, DELAY))
    x[rows, 0, symbol] = 1
    x[rows[:, None], np.arange(1, DELAY + 1)[None, :], SYMBOLS + distractors] = 1
    x[:, DELAY + 1, 2 * SYMBOLS] = 1
    return x, symbol.astype("int32")`;
}

function adding(): string {
  return `def make_examples(rng, count, train=None):
    """The adding problem: LENGTH values ~ U(0, 1), one marked in each half; the answer is their sum.

    Features per step: [value, marker].
    """
    x = np.zeros((count, *INPUT_SHAPE), dtype="float32")
    rows = np.arange(count)
    x[:, :, 0] = rng.random((count, LENGTH), dtype=np.float32)
    half = LENGTH // 2
    first, second = rng.integers(0, half, size=count), rng.integers(half, LENGTH, size=count)
    x[rows, first, 1] = 1
    x[rows, second, 1] = 1
    sums = x[rows, first, 0] + x[rows, second, 0]
    return x, sums.reshape(count, 1)`;
}

function signal(): string {
  const r = SINE_RANGES;
  const range = (key: keyof typeof SINE_RANGES) => `${pyFloat(r[key].min)}, ${pyFloat(r[key].max)}`;
  return `def make_examples(rng, count, train=None):
    """A noisy sum of two sines, s(t) = a₁ sin(ω₁t + φ₁) + a₂ sin(ω₂t + φ₂), drawn afresh per sequence.

    Reads s(t) + noise at every step and answers the clean next value s(t + 1).
    """
    def draw(low, high):
        return rng.uniform(low, high, size=(count, 1))

    slow_amplitude, slow_frequency, slow_phase = draw(${range('slowAmplitude')}), draw(${range('slowFrequency')}), draw(0.0, 2 * math.pi)
    fast_amplitude, fast_frequency, fast_phase = draw(${range('fastAmplitude')}), draw(${range('fastFrequency')}), draw(0.0, 2 * math.pi)
    t = np.arange(LENGTH + 1)[None, :]
    clean = slow_amplitude * np.sin(slow_frequency * t + slow_phase) + fast_amplitude * np.sin(fast_frequency * t + fast_phase)
    x = clean[:, :LENGTH] + NOISE * rng.standard_normal((count, LENGTH))
    return x[..., None].astype("float32"), clean[:, 1:, None].astype("float32")`;
}

function text(plan: ExportPlan): string {
  const corpus = plan.corpus!;
  const used = corpus.characters < corpus.originalCharacters ? `the first ${corpus.characters} code points of the text` : 'the text';
  return `# ${used[0]!.toUpperCase()}${used.slice(1)}, as the app reads it (line ends made "\\n").
TEXT = ${pyLongString(textOf(plan), '    ')}

# The app's vocabulary, symbol index → character, in order of first appearance.
SYMBOLS = ${pyStringList(corpus.symbols, '    ')}
# Index of the "unknown" symbol ${pyString(UNKNOWN_SYMBOL)} that every character outside the vocabulary reads as (None: there are none).
UNKNOWN = ${corpus.unknownIndex === null ? 'None' : pyNumber(corpus.unknownIndex)}


def encode(text):
    """The text as symbol indices, exactly as the app maps it."""
    index = {c: i for i, c in enumerate(SYMBOLS)}
    if UNKNOWN is not None:
        del index[SYMBOLS[UNKNOWN]]  # the unknown symbol itself is not a character of the vocabulary
    return np.array([index.get(c, UNKNOWN) for c in text], dtype="int32")


def windows(codes, starts):
    """One-hot inputs (count, LENGTH, len(SYMBOLS)) and next-character labels (count, LENGTH)."""
    steps = np.asarray(starts)[:, None] + np.arange(LENGTH)[None, :]
    x = np.zeros((len(starts), LENGTH, len(SYMBOLS)), dtype="float32")
    np.put_along_axis(x, codes[steps][..., None], 1.0, axis=2)
    return x, codes[steps + 1]


def load_data(path=None):
    """The text split as in the app (\`path\` is unused).

    The last TEST_SHARE of the text (at least one sequence) is kept for testing when the text can
    spare it, tiled by at most MAX_TEST_WINDOWS sequences; training windows start anywhere before it.
    Returns ((codes, train_end), (x_test, y_test)).
    """
    codes = encode(TEXT)
    total = len(codes)
    test_size = max(LENGTH + 1, math.ceil(total * TEST_SHARE))
    held_out = total - test_size >= LENGTH + 1
    train_end = total - test_size if held_out else total
    test_starts = list(range(train_end if held_out else 0, total - LENGTH, LENGTH))[:MAX_TEST_WINDOWS]
    return (codes, train_end), windows(codes, test_starts)


def make_examples(rng, count, train):
    """\`count\` training windows starting at random places in the training part."""
    codes, train_end = train
    return windows(codes, rng.integers(0, train_end - LENGTH - 1, size=count, endpoint=True))`;
}

/** The text the app trains on (cut and normalised), rebuilt from its codes. */
function textOf(plan: ExportPlan): string {
  const corpus = plan.corpus!;
  return usedText(plan.input.task.id === 'text' ? plan.input.task.text : '', corpus.characters);
}

/** The first `characters` code points of a text with its line ends made "\n", as textCorpus.ts reads it. */
export function usedText(text: string, characters: number): string {
  return Array.from(String(text).replace(/\r\n?/g, '\n')).slice(0, characters).join('');
}

/** Everything between the constants and build_model(): the data functions of the task. */
export function kerasDataCode(plan: ExportPlan): string[] {
  const task = plan.input.task;
  switch (task.id) {
    case 'mnistImages':
    case 'rowMnist':
      return plan.input.training.expandedData ? [MNIST_LOADER, SHIFT_IMAGES()] : [MNIST_LOADER];
    case 'delayedRecall':
      return [delayedRecall(), GENERATED_LOADER, FRESH_BATCHES];
    case 'adding':
      return [adding(), GENERATED_LOADER, FRESH_BATCHES];
    case 'signal':
      return [signal(), GENERATED_LOADER, FRESH_BATCHES];
    case 'text':
      return [text(plan), FRESH_BATCHES];
  }
}
