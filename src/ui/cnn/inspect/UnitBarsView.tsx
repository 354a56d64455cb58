import { useCallback } from 'react';
import type { LayerActivation } from '../../../engine/inspection';
import { createUnitBars } from '../../../viz/unitBars';
import { useViz } from '../../hooks/useViz';
import { useText } from '../../useText';

/** A dense layer's units as bars (blue up: positive; orange down: negative). */
export function UnitBarsView({ activation }: { activation: LayerActivation }) {
  const create = useCallback((el: HTMLDivElement) => createUnitBars(el), []);
  const ref = useViz(create, activation.values);
  const v = useText().cnn.inspect;
  return <div ref={ref} className="layer-map" role="img" aria-label={v.barsLabel(activation.name, activation.values.length)} />;
}
