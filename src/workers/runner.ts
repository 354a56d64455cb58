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
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'trainer' });
  const { emit, subscribe } = listenerSet();
  worker.onmessage = (event: MessageEvent<FromWorker>) => emit(event.data);
  worker.onerror = (event) => emit({ type: 'workerFailed', problem: { code: 'workerStopped', detail: event.message || '' } });
  return {
    kind: 'worker',
    send: (message) => worker.postMessage(message),
    subscribe,
    dispose: () => worker.terminate(),
  };
}

/** Loads the trainer lazily so the main bundle stays small when the worker is used. */
export function createMainThreadRunner(): Runner {
  const { emit, subscribe } = listenerSet();
  const pending: ToWorker[] = [];
  let handle: ((message: ToWorker) => void) | null = null;
  void import('./trainer').then(({ Trainer }) => {
    const trainer = new Trainer((message) => setTimeout(() => emit(message), 0));
    handle = (message) => trainer.handle(message);
    pending.splice(0).forEach((m) => handle!(m));
  });
  return {
    kind: 'main-thread',
    send: (message) => (handle ? handle(message) : pending.push(message)),
    subscribe,
    dispose: () => undefined,
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
