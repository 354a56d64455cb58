import { useEffect, useRef } from 'react';

/**
 * While `playing`, calls `advance` `speed` times a second. Each call is one discrete step (the
 * page animates nothing in between), so reduced-motion users see the same steps, just no fades.
 */
export function usePlayback(playing: boolean, speed: number, advance: () => void): void {
  const latest = useRef(advance);
  useEffect(() => {
    latest.current = advance;
  });
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => latest.current(), 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}
