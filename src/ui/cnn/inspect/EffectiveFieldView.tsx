import { useEffect, useRef } from 'react';
import { createFeatureMapGrid, type FeatureMapGrid, type Outline } from '../../../viz/featureMapGrid';
import { scaleFor } from '../../../viz/colorScales';
import { useCnn } from '../cnnContext';
import { Explain } from '../../common/Explain';
import { useText } from '../../useText';

/** ∂(selected unit)/∂(input pixel) as a heatmap over the 28×28 input, with the arithmetic field outlined. */
export function EffectiveFieldView({ outline }: { outline: Outline | null }) {
  const e = useText().cnn.effective;
  const show = useCnn((s) => s.showEffectiveField);
  const setShow = useCnn((s) => s.setShowEffectiveField);
  const field = useCnn((s) => s.effectiveField);
  const unit = useCnn((s) => s.selectedUnit);
  const ref = useRef<HTMLDivElement>(null);
  const viz = useRef<FeatureMapGrid | null>(null);
  const current = field && unit && field.unit.layerIndex === unit.layerIndex && field.unit.channel === unit.channel
    && field.unit.row === unit.row && field.unit.col === unit.col ? field : null;

  useEffect(() => {
    if (!show || !ref.current) return undefined;
    viz.current = createFeatureMapGrid(ref.current, { tileSize: 140 });
    return () => viz.current?.destroy();
  }, [show]);
  useEffect(() => {
    if (current) viz.current?.update({ shape: [28, 28, 1], values: current.values, selected: null, outline, scale: scaleFor(current.values) });
  }, [current, outline]);

  return (
    <div className="effective-field">
      <span className="field-check">
        <input id="effective-field" type="checkbox" checked={show} onChange={(event) => setShow(event.target.checked)} />
        <label htmlFor="effective-field">{e.toggle}</label>
        <Explain about={e.toggle}>{e.explain}</Explain>
      </span>
      {show && (
        <>
          <div ref={ref} className="layer-map" role="img" aria-label={e.label} />
          <p className="hint">{current ? e.legend : e.computing}</p>
        </>
      )}
    </div>
  );
}
