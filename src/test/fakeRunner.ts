/** A Runner that records what the stores send and lets a test play the worker's replies. */
import type { Runner, RunnerListener } from '../workers/runner';
import type { FromWorker, ToWorker } from '../workers/protocol';

export function fakeRunner() {
  const sent: ToWorker[] = [];
  let restarts = 0;
  const listeners = new Set<RunnerListener>();
  const runner: Runner = {
    kind: 'main-thread',
    send: (m) => sent.push(m),
    subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); },
    restart: () => void (restarts += 1),
    dispose: () => undefined,
  };
  const emit = (m: FromWorker) => listeners.forEach((l) => l(m));
  const lastSent = <T extends ToWorker['type']>(type: T) => sent.filter((m): m is Extract<ToWorker, { type: T }> => m.type === type).at(-1);
  return { runner, sent, emit, lastSent, restarts: () => restarts };
}
