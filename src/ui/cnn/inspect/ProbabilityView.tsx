import { useCallback } from 'react';
import { createProbabilityBars, type ProbabilityData } from '../../../viz/probabilityBars';
import { useViz } from '../../hooks/useViz';

export function ProbabilityView({ data }: { data: ProbabilityData }) {
  const create = useCallback((el: HTMLDivElement) => createProbabilityBars(el), []);
  const ref = useViz(create, data);
  return <div ref={ref} className="probability-view" />;
}
