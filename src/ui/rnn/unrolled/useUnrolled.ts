import { useCallback } from 'react';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { useThrottledRefresh } from '../../hooks/useThrottledRefresh';
import { useRnn, useRnnStore } from '../rnnContext';

/**
 * How often the view follows a training network: often enough to watch the gates change, rarely
 * enough to keep training fast (measured: every 0.6 s cost 14 % of the training speed, 1.5 s ~5 %).
 */
const REFRESH_MS = 1500;

/** The latest unrolled gates; re-requested while the weights change (training or Step). */
export function useUnrolled(): Unrolled | null {
  const store = useRnnStore();
  // The arrays live outside the store; the holder is replaced together with a version bump, which
  // re-runs this selector.
  const unrolled = useRnn((s) => s.unrollHolder.current);
  const step = useRnn((s) => s.step);
  const refresh = useCallback(() => store.getState().requestUnroll(), [store]);
  useThrottledRefresh(step, refresh, REFRESH_MS);
  return unrolled;
}
