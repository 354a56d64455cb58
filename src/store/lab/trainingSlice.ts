/**
 * A lab's training state and commands, the same for every lab: settings, the session being shown,
 * live metrics and chart history. Every edit that changes the network or the task starts a new
 * session id at once, so anything the worker still says about the old one is dropped.
 */
import type { StateCreator } from 'zustand';
import type { Hyperparameters, SessionConfig, SessionSnapshot, SlotId, ToWorker, TrainerStatus } from '../../workers/protocol';
import type { TrainerProblem } from '../../workers/problems';
import type { ShellStore } from '../shellStore';
import type { Point } from '../history';

export interface TestAccuracy {
  accuracy: number;
  loss: number;
  scope: 'subset' | 'full';
  count: number;
  step: number;
}

export interface TrainingHistory {
  loss: Point[];
  trainAccuracy: Point[];
  /** Running estimate on the fixed test sample. */
  testAccuracy: Point[];
  /** The same estimate's cost (mean squared error for value tasks). */
  testLoss: Point[];
  /** Whole-test-set evaluations at the end of each epoch. */
  fullTestAccuracy: Point[];
  /** Every step's global gradient norm before clipping (old steps merged by their peak). */
  gradientNorm: Point[];
  /** The steps where clipping shrank the gradient, at their norm. */
  clipped: Point[];
}

export const EMPTY_HISTORY: TrainingHistory = { loss: [], trainAccuracy: [], testAccuracy: [], testLoss: [], fullTestAccuracy: [], gradientNorm: [], clipped: [] };

/** What resets when a new session starts: step 0, no metrics, empty charts. */
export const FRESH_RUN = {
  configured: false, paramCount: 0, step: 0, epoch: null, epochProgress: 0, loss: null, trainAccuracy: null,
  examplesPerSecond: 0, test: null, history: EMPTY_HISTORY, failure: null, pausedOnLeave: false,
  gradientNorm: null, clippedSteps: 0, pendingStart: null,
} as const;

/** The figures of a saved run that a loaded model shows again. */
export type SavedRunFigures = Pick<TrainingSlice, 'step' | 'epoch' | 'epochProgress' | 'loss' | 'trainAccuracy' | 'test' | 'history'>;

export interface TrainingSlice {
  slot: SlotId;
  shell: ShellStore;
  hyper: Hyperparameters;
  /** True once the user changed a training setting themselves (a preset then asks before replacing them). */
  hyperEdited: boolean;
  seed: number;
  /** The session the lab shows: the newest configuration, whether or not the worker has built it yet. */
  sessionId: number;
  status: TrainerStatus;
  /** True once the worker has built session `sessionId`. */
  configured: boolean;
  paramCount: number;
  step: number;
  /** Completed epochs, or null for tasks without epochs. */
  epoch: number | null;
  epochProgress: number;
  loss: number | null;
  trainAccuracy: number | null;
  examplesPerSecond: number;
  test: TestAccuracy | null;
  history: TrainingHistory;
  /** The last step's global gradient norm (before clipping). */
  gradientNorm: number | null;
  /** Steps of this session where clipping acted. */
  clippedSteps: number;
  failure: TrainerProblem | null;
  /** Training was paused because the user switched screens (told once they come back). */
  pausedOnLeave: boolean;
  /**
   * Train or Step pressed while the session was still being built (e.g. the click that also
   * committed an edited field): done as soon as the worker has built it.
   */
  pendingStart: 'train' | 'step' | null;
  /** The lab's current configuration, or null while it has problems. */
  buildConfig(): SessionConfig | null;
  send(message: ToWorker): void;
  setHyper(patch: Partial<Hyperparameters>): void;
  setSeed(seed: number): void;
  train(): void;
  pause(): void;
  step1(): void;
  reset(): void;
  /** Called whenever the network or the task changes: a new session, sent after a short pause in editing. */
  configurationChanged(): void;
  /** Sends the configuration now (used at start and by Reset). */
  configureNow(): void;
  /**
   * Starts a session from a saved model (the lab's settings already show its configuration):
   * the worker builds `config` with the snapshot's weights, and the lab shows the saved run's figures.
   */
  restoreSession(config: SessionConfig, snapshot: SessionSnapshot, run: SavedRunFigures): void;
  leave(): void;
  dismissFailure(): void;
}

const CONFIGURE_DEBOUNCE_MS = 250;

export interface TrainingSliceOptions<S extends TrainingSlice> {
  slot: SlotId;
  shell: ShellStore;
  hyper: Hyperparameters;
  buildConfig(get: () => S): SessionConfig | null;
}

export function createTrainingSlice<S extends TrainingSlice>(options: TrainingSliceOptions<S>): StateCreator<S, [], [], TrainingSlice> {
  return (set, get) => {
    let configureTimer: ReturnType<typeof setTimeout> | null = null;
    const address = () => ({ slot: options.slot, sessionId: get().sessionId });
    const send = (message: ToWorker) => options.shell.getState().runner.send(message);

    /** Leaves the current session (pausing it if it trains) and makes a new, not yet built, one current. */
    const startNewSession = () => {
      if (get().status === 'training') send({ type: 'pause', ...address() });
      if (configureTimer) clearTimeout(configureTimer);
      configureTimer = null;
      set({ ...FRESH_RUN, sessionId: options.shell.getState().nextSessionId(), status: 'idle' } as Partial<S>);
    };
    const sendConfigure = () => {
      configureTimer = null;
      const config = get().buildConfig();
      if (config) send({ type: 'configure', ...address(), config });
    };

    return {
      slot: options.slot,
      shell: options.shell,
      hyper: { ...options.hyper },
      hyperEdited: false,
      seed: 1,
      sessionId: 0,
      status: 'idle',
      ...FRESH_RUN,
      buildConfig: () => options.buildConfig(get),
      send,
      setHyper(patch) {
        const hyper = { ...get().hyper, ...patch };
        set({ hyper, hyperEdited: true } as Partial<S>);
        send({ type: 'setHyper', ...address(), hyper });
      },
      setSeed(seed) {
        set({ seed } as Partial<S>);
        get().configurationChanged();
      },
      train() {
        set({ pausedOnLeave: false } as Partial<S>);
        if (!get().configured) set({ pendingStart: 'train' } as Partial<S>);
        else send({ type: 'train', ...address() });
      },
      pause() {
        send({ type: 'pause', ...address() });
      },
      step1() {
        set({ pausedOnLeave: false } as Partial<S>);
        if (!get().configured) set({ pendingStart: 'step' } as Partial<S>);
        else send({ type: 'step', ...address() });
      },
      reset() {
        get().configureNow();
      },
      configurationChanged() {
        startNewSession();
        configureTimer = setTimeout(sendConfigure, CONFIGURE_DEBOUNCE_MS);
      },
      configureNow() {
        startNewSession();
        sendConfigure();
      },
      restoreSession(config, snapshot, run) {
        startNewSession();
        set({ ...run, hyperEdited: false } as Partial<S>);
        send({ type: 'restore', ...address(), config, snapshot });
      },
      leave() {
        if (get().status !== 'training') return;
        set({ pausedOnLeave: true } as Partial<S>);
        send({ type: 'pause', ...address() });
      },
      dismissFailure() {
        set({ failure: null } as Partial<S>);
      },
    };
  };
}
