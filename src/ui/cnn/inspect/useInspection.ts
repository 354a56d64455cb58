import { useCallback } from 'react';
import { useCnn, useCnnStore } from '../cnnContext';
import { useThrottledRefresh } from '../../hooks/useThrottledRefresh';
import type { Inspection } from '../../../store/cnn/inspectSlice';

/** How often the views follow a training network (a few times a second keeps training fast). */
const REFRESH_MS = 600;

/** The latest activations; re-requested while the weights change (training or Step). */
export function useInspection(): Inspection | null {
  const store = useCnnStore();
  // The arrays live outside the store; the holder is replaced together with a version bump, which
  // re-runs this selector.
  const inspection = useCnn((s) => s.inspectionHolder.current);
  const step = useCnn((s) => s.step);
  const refresh = useCallback(() => store.getState().requestInspection(), [store]);
  useThrottledRefresh(step, refresh, REFRESH_MS);
  return inspection;
}
