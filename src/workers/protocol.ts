/** The typed messages between the UI and the training worker (or its main-thread stand-in). */
import type { NetworkSpec } from '../engine/spec';
import type { OptimizerName } from '../engine/optimizerNames';
import type { LayerActivation, LayerFilters, UnitAddress } from '../engine/inspection';

/** Which image to look inside the network with: a test digit, or the user's own 28×28 bytes. */
export type InspectInput = { kind: 'test'; index: number } | { kind: 'pixels'; pixels: Uint8Array };

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = 'auto' | BackendName;

export interface Hyperparameters {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** Keras-style L2 weight penalty λ. */
  l2: number;
  /** Random one-pixel shifts of the training images. */
  expandedData: boolean;
}

export type TrainerStatus = 'starting' | 'idle' | 'training' | 'paused';

export type ToWorker =
  | { type: 'init'; dataUrl: string; backend: BackendChoice }
  | { type: 'configure'; spec: NetworkSpec; hyper: Hyperparameters; seed: number }
  | { type: 'setHyper'; hyper: Hyperparameters }
  | { type: 'setBackend'; backend: BackendChoice }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset' }
  | { type: 'retryData' }
  | { type: 'inspect'; requestId: number; input: InspectInput }
  /** Evaluate all 10,000 test images now, with per-image predictions. */
  | { type: 'evaluateAll' }
  /** ∂unit/∂input for one unit and one input: the effective receptive field. */
  | { type: 'effectiveField'; requestId: number; input: InspectInput; unit: UnitAddress }
  | { type: 'testImages'; requestId: number; indices: number[] };

export interface ProgressReport {
  step: number;
  /** Completed epochs (full passes over the 60,000 training images). */
  epoch: number;
  /** Fraction of the current epoch done, in [0, 1). */
  epochProgress: number;
  /** Mean training cost over the steps since the previous report. */
  loss: number;
  trainAccuracy: number;
  examplesPerSecond: number;
}

export interface EvaluationReport {
  step: number;
  epoch: number;
  accuracy: number;
  loss: number;
  /** 'subset' is the running estimate on a fixed sample; 'full' is all 10,000 test images. */
  scope: 'subset' | 'full';
  count: number;
}

export type FromWorker =
  | { type: 'backend'; backend: BackendName; choice: BackendChoice; reason: string }
  | { type: 'dataProgress'; loadedBytes: number; totalBytes: number; trainAvailable: number; testAvailable: number; readyToTrain: boolean }
  | { type: 'dataFailed'; message: string }
  | { type: 'configured'; paramCount: number; seed: number }
  | { type: 'status'; status: TrainerStatus }
  | ({ type: 'progress' } & ProgressReport)
  | ({ type: 'evaluation' } & EvaluationReport)
  | { type: 'failed'; kind: 'diverged' | 'error'; message: string }
  /** The first test digits, for the input picker (count × 784 bytes). */
  | { type: 'testSamples'; pixels: Uint8Array; labels: Uint8Array; count: number }
  /** Every layer's activations for the requested input, the input first. */
  | { type: 'inspected'; requestId: number; step: number; label: number | null; layers: LayerActivation[]; filters: LayerFilters[] }
  /** Every test image's predicted class and true label, from a full evaluation. */
  | { type: 'effectiveField'; requestId: number; unit: UnitAddress; values: Float32Array }
  | { type: 'confusion'; step: number; predictions: Uint8Array; labels: Uint8Array; accuracy: number }
  | { type: 'testImages'; requestId: number; indices: number[]; pixels: Uint8Array; labels: Uint8Array };
