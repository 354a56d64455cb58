/**
 * Where the page keeps Auto's trial verdict between visits (local storage; the worker has none).
 * Reading never throws: a missing, stale or edited entry just means the trial runs again.
 */
import { parseVerdict, type BackendVerdict } from '../workers/backendVerdict';
import type { KeyValueStorage } from './preferences';

export const BACKEND_VERDICT_KEY = 'cnn-rnn-playground:backend-verdict';

export function readBackendVerdict(storage: KeyValueStorage | null): BackendVerdict | null {
  try {
    return parseVerdict(storage?.getItem(BACKEND_VERDICT_KEY) ?? null);
  } catch {
    return null;
  }
}

export function writeBackendVerdict(storage: KeyValueStorage | null, verdict: BackendVerdict): void {
  try {
    storage?.setItem(BACKEND_VERDICT_KEY, JSON.stringify(verdict));
  } catch {
    // A full or refused storage only costs the next visit its shortcut.
  }
}
