/** Asking the worker for a copy of a session (to save it) and waiting for its answer. */
import type { Runner } from '../../workers/runner';
import type { FromWorker, SessionSnapshot, SlotId } from '../../workers/protocol';

export interface SnapshotRequests {
  request(slot: SlotId, sessionId: number): Promise<SessionSnapshot | null>;
  /** Hands an answer to the request waiting for it; true when the message was one. */
  answer(message: FromWorker): boolean;
}

/** Long enough for a 60 MB copy on a slow machine; a worker that says nothing by then has stopped. */
const ANSWER_TIMEOUT_MS = 30_000;

export function createSnapshotRequests(runner: Runner): SnapshotRequests {
  const waiting = new Map<number, (snapshot: SessionSnapshot | null) => void>();
  let lastId = 0;
  return {
    request(slot, sessionId) {
      const requestId = ++lastId;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(requestId);
          resolve(null);
        }, ANSWER_TIMEOUT_MS);
        waiting.set(requestId, (snapshot) => {
          clearTimeout(timer);
          resolve(snapshot);
        });
        runner.send({ type: 'snapshot', slot, sessionId, requestId });
      });
    },
    answer(message) {
      if (message.type !== 'snapshotTaken') return false;
      waiting.get(message.requestId)?.(message.snapshot);
      waiting.delete(message.requestId);
      return true;
    },
  };
}
