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
import type { TaskSpec, Targets } from '../data/tasks/taskTypes';
import type { BackendChoice, BackendName, BackendReason, DataProblem, TrainerProblem } from './problems';

export type { BackendChoice, BackendName } from './problems';

/** Which lab a session belongs to. Every slot holds at most one session. */
export type SlotId = 'cnn' | 'rnn';

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

export type ToWorker =
  | { type: 'init'; dataUrl: string; backend: BackendChoice }
  | { type: 'setBackend'; backend: BackendChoice }
  | { type: 'retryData' }
  /** Builds a session with fresh weights from the seed; Reset is a configure with a new id. */
  | ({ type: 'configure'; config: SessionConfig } & SessionAddress)
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
  | ({ type: 'testImages'; requestId: number; indices: number[] } & SessionAddress);

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
  network: UnrolledNetwork;
}

export type FromWorker =
  | { type: 'backend'; backend: BackendName; choice: BackendChoice; reason: BackendReason }
  | { type: 'dataProgress'; loadedBytes: number; totalBytes: number; trainAvailable: number; testAvailable: number; readyToTrain: boolean }
  | { type: 'dataFailed'; problem: DataProblem }
  /** The first test digits, for the input pickers (count × 784 bytes). */
  | { type: 'testSamples'; pixels: Uint8Array; labels: Uint8Array; count: number }
  /** A problem that belongs to no session (the worker itself). */
  | { type: 'workerFailed'; problem: TrainerProblem }
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
  | ({ type: 'testImages'; requestId: number; indices: number[]; pixels: Uint8Array; labels: Uint8Array } & SessionAddress);

/** Messages that belong to one session. */
export type SessionMessage = Extract<FromWorker, SessionAddress>;

export function isSessionMessage(message: FromWorker): message is SessionMessage {
  return 'sessionId' in message;
}
