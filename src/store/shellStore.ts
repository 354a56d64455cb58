/**
 * What every screen shares: the one trainer (runner), the current screen, the compute backend and
 * the one MNIST download. Each lab keeps its own store (store/cnn, store/rnn) and registers here
 * to receive its sessions' messages; the shell routes by slot.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Runner } from '../workers/runner';
import type { BackendChoice, BackendName, SessionMessage, SlotId } from '../workers/protocol';
import { isSessionMessage } from '../workers/protocol';
import type { BackendReason, DataProblem, TrainerProblem } from '../workers/problems';
import type { BackendVerdict } from '../workers/backendVerdict';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences';
import type { ShareNotice, ShareSync } from './share/shareSync';
import type { SharedField } from './share/shareFields';
import type { SessionSnapshot } from '../workers/protocol';
import { createModelLibrary, type ModelLibrary } from './models/modelLibrary';
import { createLibraryState, type LibraryState } from './models/libraryState';
import { createSnapshotRequests } from './models/snapshotRequests';
import { createOfflineState, type OfflineControl, type OfflineState } from './offline/offlineState';

/** The screens of the playground, by their hash route (#/cnn, #/rnn, #/conv, #/pool). */
export type ScreenId = 'cnn' | 'rnn' | 'conv' | 'pool' | 'arch';
export const SCREENS: readonly ScreenId[] = ['cnn', 'rnn', 'conv', 'pool', 'arch'];
export const HOME_SCREEN: ScreenId = 'cnn';

export interface TestSamples {
  /** count × 784 bytes. */
  pixels: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/** What a lab gives the shell: where its messages go, and what to do when the user leaves it. */
export interface LabController {
  /** The screen the lab lives on. */
  screen: ScreenId;
  apply(message: SessionMessage): void;
  /** The user switched to another screen. */
  leave(): void;
  /** The trainer crashed and a fresh one started: build the lab's configuration again. */
  trainerRestarted(): void;
}

/** More crashes than this within CRASH_WINDOW_MS means something keeps killing it: stop and ask for a reload. */
const MAX_RESTARTS = 3;
const CRASH_WINDOW_MS = 60_000;

export interface ShellState extends LibraryState, OfflineState {
  runner: Runner;
  /** Where the MNIST shards live, as an absolute URL ending in "/". */
  dataUrl: string;
  screen: ScreenId;
  backendChoice: BackendChoice;
  backend: { name: BackendName; reason: BackendReason } | null;
  loadedBytes: number;
  totalBytes: number;
  trainAvailable: number;
  testAvailable: number;
  dataReady: boolean;
  dataProblem: DataProblem | null;
  /** The first test digits, for the input pickers of both labs. */
  samples: TestSamples | null;
  /** A failure of the worker itself (not of one session). */
  workerProblem: TrainerProblem | null;
  /** Language, theme and presentation mode. */
  preferences: Preferences;
  setPreferences(patch: Partial<Preferences>): void;
  /** Where each screen's configuration is kept (address and storage); null in tests that do not need it. */
  share: ShareSync | null;
  /** What a link could not give (shown until dismissed). */
  shareNotice: ShareNotice | null;
  /** A lab read its part of the link and had to replace these settings. */
  noteReplaced(fields: SharedField[]): void;
  dismissShareNotice(): void;
  showScreen(screen: ScreenId): void;
  setBackendChoice(choice: BackendChoice): void;
  retryData(): void;
  dismissWorkerProblem(): void;
  /** A fresh session id; ids grow across labs so no reply can be mistaken for another's. */
  nextSessionId(): number;
  registerLab(slot: SlotId, controller: LabController): void;
  /** A copy of a session's weights and optimizer state, to save it; null when that session is gone. */
  requestSnapshot(slot: SlotId, sessionId: number): Promise<SessionSnapshot | null>;
}

export interface ShellOptions {
  screen?: ScreenId;
  preferences?: Preferences;
  /** Called with the new preferences whenever they change (the page keeps them in local storage). */
  savePreferences?(preferences: Preferences): void;
  share?: ShareSync;
  /** The backend to start on (Auto unless a test needs another). */
  backend?: BackendChoice;
  /** Where saved models are kept (the page's IndexedDB); without one, models can only be downloaded. */
  modelLibrary?: ModelLibrary;
  /** The service worker that makes the playground work offline; null where there is none. */
  offline?: OfflineControl | null;
  /** Auto's verdict from an earlier visit (spares the backend trial). */
  rememberedBackend?: BackendVerdict | null;
  /** Keeps a fresh trial's verdict for the next visit. */
  rememberBackend?(verdict: BackendVerdict): void;
}

export type ShellStore = StoreApi<ShellState>;

export function createShellStore(runner: Runner, dataUrl: string, options: ShellOptions = {}): ShellStore {
  const labs = new Map<SlotId, LabController>();
  let lastSessionId = 0;
  const snapshots = createSnapshotRequests(runner);
  const store: ShellStore = createStore<ShellState>()((set, get) => ({
    ...createLibraryState(options.modelLibrary ?? createModelLibrary(null), () => store),
    ...createOfflineState(options.offline ?? null, () => store),
    runner,
    dataUrl,
    screen: options.screen ?? HOME_SCREEN,
    backendChoice: options.backend ?? 'auto',
    backend: null,
    loadedBytes: 0,
    totalBytes: 0,
    trainAvailable: 0,
    testAvailable: 0,
    dataReady: false,
    dataProblem: null,
    samples: null,
    workerProblem: null,
    preferences: options.preferences ?? DEFAULT_PREFERENCES,
    setPreferences(patch) {
      const preferences = { ...get().preferences, ...patch };
      set({ preferences });
      options.savePreferences?.(preferences);
      options.share?.show(get().screen, preferences.locale);
    },
    share: options.share ?? null,
    shareNotice: options.share?.startupNotice ?? null,
    noteReplaced(fields) {
      if (fields.length === 0) return;
      const notice = get().shareNotice ?? { problems: [], replaced: [] };
      set({ shareNotice: { ...notice, replaced: [...notice.replaced, ...fields.filter((f) => !notice.replaced.includes(f))] } });
    },
    dismissShareNotice() {
      set({ shareNotice: null });
    },
    showScreen(next) {
      const previous = get().screen;
      if (next === previous) return;
      set({ screen: next });
      options.share?.show(next, get().preferences.locale);
      for (const lab of labs.values()) if (lab.screen === previous) lab.leave();
    },
    setBackendChoice(choice) {
      set({ backendChoice: choice, backend: null });
      runner.send({ type: 'setBackend', backend: choice });
    },
    retryData() {
      set({ dataProblem: null });
      runner.send({ type: 'retryData' });
    },
    dismissWorkerProblem() {
      set({ workerProblem: null });
    },
    nextSessionId: () => ++lastSessionId,
    registerLab(slot, controller) {
      labs.set(slot, controller);
    },
    requestSnapshot: (slot, sessionId) => snapshots.request(slot, sessionId),
  }));
  runner.subscribe((message) => {
    if (isSessionMessage(message)) {
      labs.get(message.slot)?.apply(message);
      return;
    }
    if (snapshots.answer(message)) return;
    switch (message.type) {
      case 'backend': {
        // When the choice could not be honoured (WebGL refused or lost), the selector shows what really runs.
        const overruled = message.reason.code === 'fallback' || message.reason.code === 'webglLost';
        store.setState({ backend: { name: message.backend, reason: message.reason }, ...(overruled ? { backendChoice: message.backend } : {}) });
        if (message.verdict) options.rememberBackend?.(message.verdict);
        return;
      }
      case 'dataProgress':
        store.setState({
          loadedBytes: message.loadedBytes, totalBytes: message.totalBytes, trainAvailable: message.trainAvailable,
          testAvailable: message.testAvailable, dataReady: message.readyToTrain || store.getState().dataReady,
        });
        // Everything the first visit needs is in: now the service worker may cache it all (from the HTTP cache).
        if (message.totalBytes > 0 && message.loadedBytes >= message.totalBytes) store.getState().startOffline();
        return;
      case 'dataFailed':
        store.setState({ dataProblem: message.problem });
        return;
      case 'testSamples':
        store.setState({ samples: { pixels: message.pixels, labels: message.labels, count: message.count }, dataReady: true });
        return;
      case 'workerFailed':
        if (message.problem.code === 'workerStopped') {
          restartAfterCrash(message.problem.detail);
          return;
        }
        store.setState({ workerProblem: message.problem });
        // The worker moved off a lost GPU and dropped its sessions: every lab builds its configuration again.
        if (message.problem.code === 'webglLost') for (const lab of labs.values()) lab.trainerRestarted();
        return;
    }
  });
  const init = () => runner.send({
    type: 'init', dataUrl, backend: store.getState().backendChoice, ...(options.rememberedBackend ? { remembered: options.rememberedBackend } : {}),
  });
  /**
   * A crashed worker takes its sessions with it. Start a fresh one with the same backend choice,
   * and let every lab build its configuration again (from fresh weights: the old ones died with it).
   * Nothing the user set is lost. A worker that keeps crashing is left stopped, with the reason.
   */
  const crashes: number[] = [];
  const restartAfterCrash = (detail: string) => {
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && now - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_RESTARTS) {
      store.setState({ workerProblem: { code: 'workerStopped', detail } });
      return;
    }
    store.setState({ workerProblem: { code: 'workerRestarted', detail }, backend: null, dataReady: false, loadedBytes: 0, trainAvailable: 0, testAvailable: 0 });
    runner.restart();
    init();
    for (const lab of labs.values()) lab.trainerRestarted();
  };
  init();
  // A page the service worker already serves has its data offline: look for updates at once.
  if (options.offline?.controlled) store.getState().startOffline();
  return store;
}
