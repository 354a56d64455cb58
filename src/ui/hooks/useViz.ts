/** Creates a framework-free viz once on a container element and pushes new data into it. */
import { useEffect, useRef } from 'react';
import type { Viz } from '../../viz/viz';

export function useViz<E extends HTMLElement, D>(create: (element: E) => Viz<D>, data: D) {
  const ref = useRef<E>(null);
  const viz = useRef<Viz<D> | null>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    viz.current = create(ref.current);
    return () => {
      viz.current?.destroy();
      viz.current = null;
    };
  }, [create]);
  useEffect(() => {
    viz.current?.update(data);
  }, [data]);
  return ref;
}
