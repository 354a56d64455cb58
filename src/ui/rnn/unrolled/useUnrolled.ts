import { useEffect, useRef } from 'react';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { useRnn, useRnnStore } from '../rnnContext';

/** How often the view follows a training network: often enough to watch the gates change, rarely enough to keep training fast. */
const REFRESH_MS = 1500;

/** The latest unrolled gates; re-requested while the weights change (training or Step). */
export function useUnrolled(): Unrolled | null {
  const store = useRnnStore();
  // The arrays live outside the store; the version bump re-runs this selector.
  useRnn((s) => s.unrollVersion);
  const unrolled = store.getState().unrollHolder.current;
  const step = useRnn((s) => s.step);
  const lastRequest = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, lastRequest.current + REFRESH_MS - Date.now());
    const timer = setTimeout(() => {
      lastRequest.current = Date.now();
      store.getState().requestUnroll();
    }, wait);
    return () => clearTimeout(timer);
  }, [step, store]);
  return unrolled;
}
