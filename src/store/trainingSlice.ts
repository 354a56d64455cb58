/** Training settings, live metrics and chart history, and the commands sent to the trainer. */
import type { StateCreator } from 'zustand';
import type { BackendChoice, BackendName, Hyperparameters, TrainerStatus } from '../workers/protocol';
import { DEFAULT_PRESET_ID, findPreset } from '../engine/presets';
import type { Point } from './history';
import type { AppState } from './appStore';

export interface TestAccuracy {
  accuracy: number;
  scope: 'subset' | 'full';
  count: number;
  step: number;
}

export interface TrainingHistory {
  loss: Point[];
  trainAccuracy: Point[];
  /** Running estimate on the fixed test subset. */
  testAccuracy: Point[];
  /** Full 10,000-image evaluations at the end of each epoch. */
  fullTestAccuracy: Point[];
}

export interface Failure {
  kind: 'diverged' | 'error';
  message: string;
}

export const EMPTY_HISTORY: TrainingHistory = { loss: [], trainAccuracy: [], testAccuracy: [], fullTestAccuracy: [] };

export interface TrainingSlice {
  hyper: Hyperparameters;
  seed: number;
  backendChoice: BackendChoice;
  backend: { name: BackendName; reason: string } | null;
  status: TrainerStatus;
  /** True once the trainer has built the network currently in the editor. */
  configured: boolean;
  paramCount: number;
  step: number;
  epoch: number;
  epochProgress: number;
  loss: number | null;
  trainAccuracy: number | null;
  examplesPerSecond: number;
  test: TestAccuracy | null;
  history: TrainingHistory;
  failure: Failure | null;
  setHyper(patch: Partial<Hyperparameters>): void;
  setSeed(seed: number): void;
  setBackendChoice(choice: BackendChoice): void;
  train(): void;
  pause(): void;
  step1(): void;
  reset(): void;
  /** Called by the spec slice whenever the layer list changes. */
  networkChanged(): void;
  dismissFailure(): void;
}

const CONFIGURE_DEBOUNCE_MS = 250;

export const createTrainingSlice: StateCreator<AppState, [], [], TrainingSlice> = (set, get) => {
  let configureTimer: ReturnType<typeof setTimeout> | null = null;
  const configureNow = () => {
    const { spec, hyper, seed, summary, runner } = get();
    if (!summary.valid) return;
    runner.send({ type: 'configure', spec, hyper, seed });
  };
  return {
    hyper: { ...findPreset(DEFAULT_PRESET_ID)!.training },
    seed: 1,
    backendChoice: 'auto',
    backend: null,
    status: 'starting',
    configured: false,
    paramCount: 0,
    step: 0,
    epoch: 0,
    epochProgress: 0,
    loss: null,
    trainAccuracy: null,
    examplesPerSecond: 0,
    test: null,
    history: EMPTY_HISTORY,
    failure: null,
    setHyper(patch) {
      const hyper = { ...get().hyper, ...patch };
      set({ hyper });
      get().runner.send({ type: 'setHyper', hyper });
    },
    setSeed(seed) {
      set({ seed });
      get().networkChanged();
    },
    setBackendChoice(choice) {
      set({ backendChoice: choice, backend: null });
      get().runner.send({ type: 'setBackend', backend: choice });
    },
    train() {
      get().runner.send({ type: 'train' });
    },
    pause() {
      get().runner.send({ type: 'pause' });
    },
    step1() {
      get().runner.send({ type: 'step' });
    },
    reset() {
      set({ failure: null });
      get().runner.send({ type: 'reset' });
    },
    networkChanged() {
      set({ configured: false });
      if (get().status === 'training') get().runner.send({ type: 'pause' });
      if (configureTimer) clearTimeout(configureTimer);
      configureTimer = setTimeout(configureNow, CONFIGURE_DEBOUNCE_MS);
    },
    dismissFailure() {
      set({ failure: null });
    },
  };
};
