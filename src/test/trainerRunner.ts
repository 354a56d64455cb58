/** A Runner around a real Trainer in this thread (cpu backend in Node): stores talk to the actual worker logic. */
import { Trainer } from '../workers/trainer';
import type { Runner, RunnerListener } from '../workers/runner';
import type { FromWorker } from '../workers/protocol';

export function trainerRunner(): Runner {
  const listeners = new Set<RunnerListener>();
  // Replies arrive later, as they would from a worker.
  const trainer = new Trainer((message: FromWorker) => setTimeout(() => listeners.forEach((l) => l(message)), 0));
  return {
    kind: 'main-thread',
    send: (message) => trainer.handle(message),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart: () => {
      // Restarts are the shell's reaction to a crashed worker; their tests use fakeRunner.
      throw new Error('trainerRunner cannot restart');
    },
    dispose: () => undefined,
  };
}
