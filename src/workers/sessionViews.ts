/**
 * What the views of each lab ask of a session, answered from the session's own model: a CNN's
 * activations and filters for one image, a recurrent network's every gate for one sequence.
 * Every answer is posted with transferred buffers, and dropped if its session was replaced.
 */
import { Inspector, type UnitAddress } from '../engine/inspection';
import type { NetworkSpec } from '../engine/spec';
import type { RecurrentSpec } from '../engine/recurrent/recurrentSpec';
import { unrollNetwork } from '../engine/recurrent/inspectRecurrent';
import { gradientsThroughTime } from '../engine/recurrent/gradientsThroughTime';
import { measureRecurrentSpectrum } from '../engine/recurrent/recurrentSpectrum';
import type { TrainingSession } from '../engine/trainingSession';
import type { MnistSplit } from '../data/mnistData';
import { IMAGE_SIZE } from '../data/mnistData';
import type { TaskData } from '../data/tasks/taskTypes';
import { MAX_GENERATION_LENGTH, type FromWorker, type GenerationProblem, type GenerationRequest, type InspectInput, type SessionAddress } from './protocol';
import { generateSymbols, readCharacterModel } from '../engine/recurrent/generateText';
import { encodeText, type Corpus } from '../data/tasks/textCorpus';
import { createRandom } from '../data/random';

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** The moment an answer is computed for: if the session changed meanwhile, the answer is stale. */
export interface ViewContext {
  address: SessionAddress;
  step: number;
  post: Post;
  /** True while this session is still the one in its slot. */
  current(): boolean;
}

const MAX_TEST_IMAGES = 64;

/**
 * The buffers that can be transferred without harming anyone: each array must own its whole
 * buffer (a view into a shared buffer, such as a test-set slice, is copied by postMessage instead).
 */
function wholeBuffers(arrays: Float32Array[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) {
    if (a.byteOffset === 0 && a.byteLength === a.buffer.byteLength) buffers.add(a.buffer as ArrayBuffer);
  }
  return [...buffers];
}

/** The image bytes (and true label, for a test digit) behind a CNN inspection input. */
function resolveImage(input: InspectInput, test: MnistSplit): { pixels: Uint8Array; label: number | null } | null {
  if (input.kind === 'pixels') return input.pixels.length === IMAGE_SIZE ? { pixels: input.pixels, label: null } : null;
  const index = Math.max(0, Math.min(test.count - 1, Math.floor(input.index)));
  return { pixels: test.images.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE), label: test.labels[index]! };
}

/** The CNN lab's views for one convolutional session. */
export class ConvolutionalViews {
  private readonly inspector: Inspector;

  constructor(session: TrainingSession, spec: NetworkSpec, private readonly test: MnistSplit) {
    this.inspector = new Inspector(session.model, spec.input, spec.layers);
  }

  /** Every layer's activations and the conv filters for one input. */
  async inspect(context: ViewContext, requestId: number, input: InspectInput): Promise<void> {
    const resolved = resolveImage(input, this.test);
    if (!resolved) return;
    const [layers, filters] = await Promise.all([this.inspector.activations(resolved.pixels), this.inspector.filters()]);
    if (!context.current()) return;
    const buffers = [...layers.map((l) => l.values.buffer), ...filters.flatMap((f) => [f.kernel.buffer, f.bias.buffer])];
    context.post({ type: 'inspected', ...context.address, requestId, step: context.step, label: resolved.label, layers, filters }, buffers);
  }

  async effectiveField(context: ViewContext, requestId: number, input: InspectInput, unit: UnitAddress): Promise<void> {
    const resolved = resolveImage(input, this.test);
    if (!resolved) return;
    const values = await this.inspector.effectiveField(resolved.pixels, unit);
    if (!context.current()) return;
    context.post({ type: 'effectiveField', ...context.address, requestId, unit, values }, [values.buffer]);
  }

  /** Pixels of chosen test images (at most 64), e.g. the misclassified digits of a confusion cell. */
  testImages(context: ViewContext, requestId: number, indices: number[]): void {
    const test = this.test;
    const valid = indices.filter((i) => Number.isInteger(i) && i >= 0 && i < test.count).slice(0, MAX_TEST_IMAGES);
    const pixels = new Uint8Array(valid.length * IMAGE_SIZE);
    valid.forEach((index, k) => pixels.set(test.images.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE), k * IMAGE_SIZE));
    const labels = Uint8Array.from(valid, (i) => test.labels[i]!);
    context.post({ type: 'testImages', ...context.address, requestId, indices: valid, pixels, labels }, [pixels.buffer, labels.buffer]);
  }
}

const corpusOf = (task: TaskData): Corpus | null => ('corpus' in task ? (task as TaskData & { corpus: Corpus }).corpus : null);

/** The RNN lab's views for one recurrent session: the unrolled gates and gradients, and text generation. */
export class RecurrentViews {
  constructor(private readonly session: TrainingSession, private readonly spec: RecurrentSpec, private readonly task: TaskData) {}

  /** Every gate of every layer and direction, step by step, for one test example of the task. */
  async unroll(context: ViewContext, requestId: number, exampleIndex: number): Promise<void> {
    const index = Math.max(0, Math.min(this.task.exampleCount - 1, Math.floor(exampleIndex)));
    const example = this.task.example(index);
    const [steps, features] = this.task.geometry.input as [number, number];
    const model = this.session.model;
    const network = await unrollNetwork(model, this.spec, example.batch.inputs, steps, features);
    if (!context.current()) return;
    const gradients = await gradientsThroughTime(model, this.spec, this.task.geometry, example.batch.inputs, example.batch.targets);
    if (!context.current()) return;
    const spectrum = await measureRecurrentSpectrum(model, this.spec);
    if (!context.current()) return;
    const arrays: Float32Array[] = [network.output, ...gradients.layers.map((l) => l.norms)];
    for (const layer of network.layers) {
      for (const direction of layer.directions) {
        arrays.push(...Object.values(direction.values));
        for (const parts of Object.values(direction.preActivations)) arrays.push(parts.input, parts.recurrent, parts.bias);
      }
    }
    context.post({
      type: 'unrolled', ...context.address, requestId, step: context.step, example: index,
      inputs: example.batch.inputs, steps, features, targets: example.batch.targets, pixels: example.pixels ?? null,
      characters: example.characters ?? null, vocabulary: corpusOf(this.task)?.symbols ?? null, network, gradients, spectrum,
    }, wholeBuffers(arrays));
  }

  /** Reads the seed text and writes a continuation, one character at a time, with the current weights. */
  async generate(context: ViewContext, requestId: number, request: GenerationRequest): Promise<void> {
    const refuse = (problem: GenerationProblem) => context.post({ type: 'generationRefused', ...context.address, requestId, problem });
    const corpus = corpusOf(this.task);
    if (!corpus) return refuse({ code: 'notTextTask' });
    if (this.spec.bidirectional) return refuse({ code: 'bidirectionalModel' });
    const { codes, unknown } = encodeText(corpus, request.seedText);
    if (codes.length === 0) return refuse({ code: 'seedHasNoKnownCharacter' });
    const model = await readCharacterModel(this.session.model, this.spec, corpus.symbols.length);
    if (!context.current()) return;
    const length = Math.max(1, Math.min(MAX_GENERATION_LENGTH, Math.floor(request.length) || 1));
    const written = generateSymbols(model, codes, length, request.temperature, createRandom(request.seed));
    const characters = Array.from(written.symbols, (s) => corpus.symbols[s]!);
    context.post({
      type: 'generated', ...context.address, requestId, step: context.step, characters, probabilities: written.probabilities, unknownSeedCharacters: unknown,
    }, [written.probabilities.buffer]);
  }
}
