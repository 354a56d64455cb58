/**
 * The typed messages between the UI and the training worker (or its main-thread stand-in). One
 * worker hosts every lab: each lab trains in its own slot, and every message that configures or
 * reports names the slot and the session (one configuration with one set of initial weights).
 * The UI drops replies from a session it no longer shows.
 */
import type { OptimizerName } from '../engine/optimizerNames';
import type { ModelSpec } from '../engine/modelSpec';
import type { LayerActivation, LayerFilters, UnitAddress } from '../engine/inspection';
import type { UnrolledNetwork } from '../engine/recurrent/inspectRecurrent';
import type { GradientsThroughTime } from '../engine/recurrent/gradientsThroughTime';
import type { RecurrentSpectrum } from '../engine/recurrent/recurrentSpectrum';
import type { TaskProgress, TaskSpec, Targets } from '../data/tasks/taskTypes';
import type { SessionState } from '../engine/sessionState';
import type { BackendChoice, BackendName, BackendReason, DataProblem, TrainerProblem } from './problems';
import type { BackendVerdict } from './backendVerdict';

export type { BackendChoice, BackendName } from './problems';

/** Which lab a session belongs to (the compare mode trains two at once). Every slot holds at most one session. */
export type SlotId = 'cnn' | 'rnn' | 'compareSimple' | 'compareLstm';

/** Which image to look inside the CNN with: a test digit, or the user's own 28×28 bytes. */
export type InspectInput = { kind: 'test'; index: number } | { kind: 'pixels'; pixels: Uint8Array };

export interface Hyperparameters {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** Keras-style L2 weight penalty λ. */
  l2: number;
  /** Random one-pixel shifts of the training images (MNIST tasks). */
  expandedData: boolean;
  /** Clip each step's gradient by its global norm. */
  clipping: boolean;
  /** The largest global gradient norm a step may apply while clipping is on. */
  clipThreshold: number;
}

/** Everything that decides a session: the network, the task, the training settings and the seed. */
export interface SessionConfig {
  model: ModelSpec;
  task: TaskSpec;
  hyper: Hyperparameters;
  seed: number;
}

/** The address of a session: its lab's slot and its id (ids only grow). */
export interface SessionAddress {
  slot: SlotId;
  sessionId: number;
}

export type TrainerStatus = 'starting' | 'idle' | 'training' | 'paused';

/** A session as saved with a model: how far it trained, where its data stream stood, its weights and optimizer state. */
export interface SessionSnapshot {
  step: number;
  taskProgress: TaskProgress;
  state: SessionState;
}

export type ToWorker =
  /** `remembered`: Auto's verdict from an earlier visit, which spares the trial when it still applies. */
  | { type: 'init'; dataUrl: string; backend: BackendChoice; remembered?: BackendVerdict | null }
  | { type: 'setBackend'; backend: BackendChoice }
  | { type: 'retryData' }
  /** Builds a session with fresh weights from the seed; Reset is a configure with a new id. */
  | ({ type: 'configure'; config: SessionConfig } & SessionAddress)
  /** Builds a session from a saved model: the configuration with the snapshot's weights, optimizer state and step. */
  | ({ type: 'restore'; config: SessionConfig; snapshot: SessionSnapshot } & SessionAddress)
  /** Copy the session out (to save it); answered by 'snapshotTaken'. */
  | ({ type: 'snapshot'; requestId: number } & SessionAddress)
  | ({ type: 'setHyper'; hyper: Hyperparameters } & SessionAddress)
  | ({ type: 'train' } & SessionAddress)
  | ({ type: 'pause' } & SessionAddress)
  | ({ type: 'step' } & SessionAddress)
  /** Every layer's activations and the filters of a CNN, for one input. */
  | ({ type: 'inspect'; requestId: number; input: InspectInput } & SessionAddress)
  /** Every gate of a recurrent network, step by step, for one test example of its task. */
  | ({ type: 'unroll'; requestId: number; example: number } & SessionAddress)
  /** Evaluate the whole test set now, with per-image predictions. */
  | ({ type: 'evaluateAll' } & SessionAddress)
  /** ∂unit/∂input for one unit and one input: the effective receptive field. */
  | ({ type: 'effectiveField'; requestId: number; input: InspectInput; unit: UnitAddress } & SessionAddress)
  | ({ type: 'testImages'; requestId: number; indices: number[] } & SessionAddress)
  /** Go on training the same weights on another version of the task (e.g. another delay), if it fits the network. */
  | ({ type: 'retask'; task: TaskSpec } & SessionAddress)
  /** Write text with a character model: read the seed, then draw `length` characters. */
  | ({ type: 'generate'; requestId: number; request: GenerationRequest } & SessionAddress);

/** Longest text one Generate writes. */
export const MAX_GENERATION_LENGTH = 2000;

export interface GenerationRequest {
  seedText: string;
  length: number;
  /** 0 always takes the most likely character; 1 samples the model's own probabilities; above 1 flattens them. */
  temperature: number;
  /** Seeds the sampling, so the same request gives the same text. */
  seed: number;
}

/** Why no text could be written, as codes the UI words. */
export type GenerationProblem =
  | { code: 'notTextTask' }
  | { code: 'bidirectionalModel' }
  /** No character of the seed is in the model's vocabulary (and the vocabulary has no "unknown" symbol). */
  | { code: 'seedHasNoKnownCharacter' }
  | { code: 'notReady' };

export interface ProgressReport {
  step: number;
  /** Completed epochs (full passes over the training set), or null for generated tasks. */
  epoch: number | null;
  /** Fraction of the current epoch done, in [0, 1). */
  epochProgress: number;
  /** Mean training cost over the steps since the previous report. */
  loss: number;
  trainAccuracy: number;
  examplesPerSecond: number;
  /** The global gradient norm of every step since the previous report (before clipping), oldest first. */
  gradientNorms: Float32Array;
  /** 1 where clipping shrank that step's gradient. */
  clipped: Uint8Array;
}

export interface EvaluationReport {
  step: number;
  epoch: number | null;
  accuracy: number;
  loss: number;
  /** 'subset' is the running estimate on a fixed sample; 'full' is the whole test set. */
  scope: 'subset' | 'full';
  count: number;
}

/** One test example and the network's every gate on it. */
export interface UnrolledExample {
  example: number;
  /** The input sequence, [steps·features]. */
  inputs: Float32Array;
  steps: number;
  features: number;
  targets: Targets;
  /** The digit's bytes for row-by-row MNIST. */
  pixels: Uint8Array | null;
  /** The character read at each step, and the model's vocabulary (symbol index → character), for text tasks. */
  characters: string[] | null;
  vocabulary: string[] | null;
  network: UnrolledNetwork;
  /** ‖∂L/∂hₜ‖ of this example at every step, every layer and direction. */
  gradients: GradientsThroughTime;
  /** The top layer's recurrent matrix, measured: what multiplies the gradient at each step back. */
  spectrum: RecurrentSpectrum;
}

export type FromWorker =
  /** `verdict`: a trial ran just now; the page remembers it for the next visit. */
  | { type: 'backend'; backend: BackendName; choice: BackendChoice; reason: BackendReason; verdict?: BackendVerdict }
  | { type: 'dataProgress'; loadedBytes: number; totalBytes: number; trainAvailable: number; testAvailable: number; readyToTrain: boolean }
  | { type: 'dataFailed'; problem: DataProblem }
  /** The first test digits, for the input pickers (count × 784 bytes). */
  | { type: 'testSamples'; pixels: Uint8Array; labels: Uint8Array; count: number }
  /** A problem that belongs to no session (the worker itself). */
  | { type: 'workerFailed'; problem: TrainerProblem }
  /**
   * The answer to 'snapshot': null when that session is not built (yet) or was replaced. Not a
   * session message: it answers a request, whichever session the lab shows by then.
   */
  | { type: 'snapshotTaken'; slot: SlotId; requestId: number; snapshot: SessionSnapshot | null }
  | ({ type: 'configured'; paramCount: number } & SessionAddress)
  | ({ type: 'status'; status: TrainerStatus } & SessionAddress)
  | ({ type: 'progress' } & ProgressReport & SessionAddress)
  | ({ type: 'evaluation' } & EvaluationReport & SessionAddress)
  | ({ type: 'failed'; problem: TrainerProblem } & SessionAddress)
  | ({ type: 'inspected'; requestId: number; step: number; label: number | null; layers: LayerActivation[]; filters: LayerFilters[] } & SessionAddress)
  | ({ type: 'unrolled'; requestId: number; step: number } & UnrolledExample & SessionAddress)
  | ({ type: 'effectiveField'; requestId: number; unit: UnitAddress; values: Float32Array } & SessionAddress)
  /** Every test image's predicted class and true label, from a full evaluation. */
  | ({ type: 'confusion'; step: number; predictions: Uint8Array; labels: Uint8Array; accuracy: number } & SessionAddress)
  | ({ type: 'testImages'; requestId: number; indices: number[]; pixels: Uint8Array; labels: Uint8Array } & SessionAddress)
  /** The task changed under the same weights (retask); views and test figures follow the new one. */
  | ({ type: 'retasked'; task: TaskSpec } & SessionAddress)
  | ({ type: 'generated'; requestId: number; step: number; characters: string[]; probabilities: Float32Array; unknownSeedCharacters: number } & SessionAddress)
  | ({ type: 'generationRefused'; requestId: number; problem: GenerationProblem } & SessionAddress);

/** Messages that belong to one session. */
export type SessionMessage = Extract<FromWorker, SessionAddress>;

export function isSessionMessage(message: FromWorker): message is SessionMessage {
  return 'sessionId' in message;
}
