import { useEffect, useRef } from 'react';
import { useCnn, useCnnStore } from '../cnnContext';
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
  const lastRequest = useRef(0);
  useEffect(() => {
    const now = Date.now();
    const wait = Math.max(0, lastRequest.current + REFRESH_MS - now);
    const timer = setTimeout(() => {
      lastRequest.current = Date.now();
      store.getState().requestInspection();
    }, wait);
    return () => clearTimeout(timer);
  }, [step, store]);
  return inspection;
}
