/**
 * Creates a framework-free viz on a container element and pushes new data into it. A new `create`
 * (e.g. axis titles in another language) makes the viz again, fed with the latest data at once.
 */
import { useEffect, useRef } from 'react';
import type { Viz } from '../../viz/viz';

export function useViz<E extends HTMLElement, D>(create: (element: E) => Viz<D>, data: D) {
  const ref = useRef<E>(null);
  const viz = useRef<Viz<D> | null>(null);
  const latest = useRef(data);
  useEffect(() => {
    latest.current = data;
  });
  useEffect(() => {
    if (!ref.current) return undefined;
    viz.current = create(ref.current);
    viz.current.update(latest.current);
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
