import { useCallback } from 'react';
import { createProbabilityBars, type ProbabilityData } from '../../../viz/probabilityBars';
import { useViz } from '../../hooks/useViz';
import { percent } from '../../format';
import { useText } from '../../useText';

/** The softmax output as bars, with the same ten probabilities as text for screen readers. */
export function ProbabilityView({ data }: { data: ProbabilityData }) {
  const p = useText().cnn.prediction;
  const create = useCallback((el: HTMLDivElement) => createProbabilityBars(el, { trueLabel: p.barsTrue }), [p.barsTrue]);
  const ref = useViz(create, data);
  const values = Array.from(data.probabilities, (v, digit) => `${digit}: ${percent(v, 1)}`).join(', ');
  return (
    <>
      <div ref={ref} className="probability-view" />
      <p className="visually-hidden">{p.barsLabel(values)}</p>
    </>
  );
}
