import { useCallback } from 'react';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { useThrottledRefresh } from '../../hooks/useThrottledRefresh';
import { useRnn, useRnnStore } from '../rnnContext';

/**
 * How often the views follow a training network: often enough to watch the gates change, rarely
 * enough to keep training fast (measured with the gates alone: every 0.6 s cost 14 % of the training
 * speed, 1.5 s ~5 %). With the gradients through time as well the views cost ~25 % at 1.5 s and
 * the same at 2.5 s (docs/BENCHMARKS.md): the worker's share is capped by its desk, so the rate
 * is not the lever, and the livelier 1.5 s stays.
 */
const REFRESH_MS = 1500;

/**
 * Keeps the unrolled gates and gradients of a lab fresh while its weights change (training or
 * Step). Called once per lab store, by the screen that shows its views; the store sends nothing
 * while every view that needs them is hidden.
 */
export function useUnrollRefresh(): void {
  const store = useRnnStore();
  const step = useRnn((s) => s.step);
  const refresh = useCallback(() => store.getState().requestUnroll(), [store]);
  useThrottledRefresh(step, refresh, REFRESH_MS);
}

/**
 * Renders nothing; keeps its lab's views fresh. A component of its own so that the step count it
 * follows re-renders only this, not the whole screen with its thousands of heatmap cells.
 */
export function UnrollRefresher(): null {
  useUnrollRefresh();
  return null;
}

/** The latest unrolled gates and gradients (the arrays live outside the store; a version bump re-runs this selector). */
export function useUnrolled(): Unrolled | null {
  return useRnn((s) => s.unrollHolder.current);
}
