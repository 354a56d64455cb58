import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` after `trigger` changes, at most once per `intervalMs`: views follow a training
 * network (whose step changes many times a second) without asking the worker for every step.
 */
export function useThrottledRefresh(trigger: unknown, refresh: () => void, intervalMs: number): void {
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + intervalMs - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      refresh();
    }, wait);
    return () => clearTimeout(timer);
  }, [trigger, refresh, intervalMs]);
}
