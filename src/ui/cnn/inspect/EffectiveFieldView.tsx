import { useEffect, useRef } from 'react';
import { createFeatureMapGrid, type FeatureMapGrid, type Outline } from '../../../viz/featureMapGrid';
import { scaleFor } from '../../../viz/colorScales';
import { useCnn } from '../cnnContext';

/** ∂(selected unit)/∂(input pixel) as a heatmap over the 28×28 input, with the arithmetic field outlined. */
export function EffectiveFieldView({ outline }: { outline: Outline | null }) {
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
      <label title="How much each input pixel would change this unit's activation: the gradient, computed by the model">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} /> Show the effective receptive field (gradient)
      </label>
      {show && (
        <>
          <div ref={ref} className="layer-map" role="img" aria-label="Effective receptive field: how strongly each input pixel moves the chosen unit (its gradient)" />
          <p className="hint">{current ? 'Purple: brighter ink would lower the unit; orange: raise it; white: no effect. The orange-yellow box is the arithmetic field.' : 'Computing…'}</p>
        </>
      )}
    </div>
  );
}
