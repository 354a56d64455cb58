/**
 * One interface for talking to the trainer, whether it runs in a dedicated worker (the default)
 * or on the main thread (fallback where workers cannot start, and for debugging with ?runner=main).
 */
import type { FromWorker, ToWorker } from './protocol';

export type RunnerListener = (message: FromWorker) => void;

export interface Runner {
  readonly kind: 'worker' | 'main-thread';
  send(message: ToWorker): void;
  subscribe(listener: RunnerListener): () => void;
  /** Throws the trainer away (after a crash) and starts a fresh one; listeners stay subscribed. */
  restart(): void;
  dispose(): void;
}

function listenerSet() {
  const listeners = new Set<RunnerListener>();
  return {
    emit: (message: FromWorker) => listeners.forEach((l) => l(message)),
    subscribe(listener: RunnerListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function createWorkerRunner(): Runner {
  const { emit, subscribe } = listenerSet();
  const start = () => {
    const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'trainer' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => emit(event.data);
    // An error nobody in the worker caught leaves it in an unknown state: the shell restarts it.
    worker.onerror = (event) => {
      event.preventDefault();
      emit({ type: 'workerFailed', problem: { code: 'workerStopped', detail: event.message || '' } });
    };
    worker.onmessageerror = () => emit({ type: 'workerFailed', problem: { code: 'workerStopped', detail: 'messageerror' } });
    return worker;
  };
  let worker = start();
  return {
    kind: 'worker',
    send: (message) => worker.postMessage(message),
    subscribe,
    restart() {
      worker.terminate();
      worker = start();
    },
    dispose: () => worker.terminate(),
  };
}

/** On the page's thread, a round of training steps must leave room for frames (60 fps is 16.7 ms each). */
const MAIN_THREAD_CHUNK_MS = 30;

/** Loads the trainer lazily so the main bundle stays small when the worker is used. */
export function createMainThreadRunner(): Runner {
  const { emit, subscribe } = listenerSet();
  const pending: ToWorker[] = [];
  let handle: ((message: ToWorker) => void) | null = null;
  /** Bumped by restart: what an abandoned trainer still posts is dropped. */
  let generation = 0;
  const start = () => {
    const mine = ++generation;
    handle = null;
    void import('./trainer').then(({ Trainer }) => {
      if (mine !== generation) return;
      // Short chunks and evaluations that give way: here training shares the thread that draws the page.
      const trainer = new Trainer((message) => setTimeout(() => {
        if (mine === generation) emit(message);
      }, 0), { chunkTargetMs: MAIN_THREAD_CHUNK_MS, betweenEvaluationChunks: () => new Promise((resolve) => setTimeout(resolve, 0)) });
      handle = (message) => trainer.handle(message);
      pending.splice(0).forEach((m) => handle!(m));
    });
  };
  start();
  return {
    kind: 'main-thread',
    send: (message) => (handle ? handle(message) : pending.push(message)),
    subscribe,
    restart: start,
    dispose: () => {
      generation += 1;
    },
  };
}

export function createRunner(preferMainThread = false): Runner {
  if (!preferMainThread && typeof Worker !== 'undefined') {
    try {
      return createWorkerRunner();
    } catch {
      // Fall through: some locked-down browsers forbid module workers.
    }
  }
  return createMainThreadRunner();
}
