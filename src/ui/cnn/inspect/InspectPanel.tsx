import { useMemo, useState } from 'react';
import { unitFieldRange } from '../../../engine/receptiveField';
import type { Outline } from '../../../viz/featureMapGrid';
import { useCnn } from '../cnnContext';
import { DrawingPad } from './DrawingPad';
import { LayerMapView } from './LayerMapView';
import { PredictionReadout } from './PredictionReadout';
import { ProbabilityView } from './ProbabilityView';
import { ReceptiveFieldPanel } from './ReceptiveFieldPanel';
import { SampleStrip } from './SampleStrip';
import { useInspection } from './useInspection';
import { FiltersView } from './FiltersView';
import { PoolingDetail } from './PoolingDetail';
import { EffectiveFieldView } from './EffectiveFieldView';
import { UnitBarsView } from './UnitBarsView';
import { Explain } from '../../common/Explain';
import { useText } from '../../useText';

/** The "Inside the network" panel; hiding it stops all inspection work in the trainer. */
export function InspectPanel() {
  const v = useText().cnn.inspect;
  const [open, setOpen] = useState(true);
  return (
    <section className="panel panel-inspect" aria-labelledby="inspect-heading">
      <div className="panel-heading">
        <h2 id="inspect-heading">{v.heading}</h2>
        <span className="heading-actions">
          <button type="button" className="toggle" aria-expanded={open} aria-controls="inspect-views" onClick={() => setOpen(!open)}>
            {open ? v.hide : v.show}
          </button>
          <Explain about={v.heading}>{v.toggleTip}</Explain>
        </span>
      </div>
      <div id="inspect-views">{open && <InspectViews />}</div>
    </section>
  );
}

/** Feature maps, prediction and receptive fields for one input, following the network as it trains. */
function InspectViews() {
  const t = useText().cnn;
  const v = t.inspect;
  const inspection = useInspection();
  const spec = useCnn((s) => s.spec);
  const input = useCnn((s) => s.inspectInput);
  const unit = useCnn((s) => s.selectedUnit);
  const valid = useCnn((s) => s.summary.trainable);
  const layers = input && valid ? inspection?.layers ?? null : null;

  const outlines = useMemo(() => {
    const result = new Map<number, Outline>();
    if (!unit) return result;
    for (let l = -1; l <= unit.layerIndex; l++) {
      if (l === unit.layerIndex) continue;
      const rows = unitFieldRange(spec, unit.layerIndex, unit.row, 'rows', l, unit.channel);
      const cols = unitFieldRange(spec, unit.layerIndex, unit.col, 'cols', l, unit.channel);
      if (rows && cols) result.set(l, { rows: [rows.first, rows.last], cols: [cols.first, cols.last] });
    }
    return result;
  }, [spec, unit]);

  const selectedValue = unit && layers?.[unit.layerIndex + 1]
    ? layers[unit.layerIndex + 1]!.values[(unit.row * (layers[unit.layerIndex + 1]!.shape[1] ?? 1) + unit.col) * (layers[unit.layerIndex + 1]!.shape[2] ?? 1) + unit.channel]
    : undefined;
  const output = layers?.at(-1) ?? null;

  return (
    <>
      <div className="inspect-inputs">
        <div>
          <h3>{v.pickDigit}</h3>
          <SampleStrip />
          <h3>{v.orDraw}</h3>
          <DrawingPad />
        </div>
        <div className="inspect-prediction">
          <PredictionReadout probabilities={output?.values ?? null} empty={!layers} />
          {output && <ProbabilityView data={{ probabilities: output.values, label: inspection?.label ?? null }} />}
          {inspection && <p className="hint">{v.atStep(inspection.step)}</p>}
          <div className="readout">
            <span id="readout-selected-unit" className="readout-label">{v.selectedUnit}</span>
            <output aria-labelledby="readout-selected-unit" className="readout-value small">
              {unit ? v.unitText(unit.layerIndex < 0 ? v.inputName : spec.layers[unit.layerIndex]?.name ?? '', unit.channel, unit.row, unit.col, selectedValue === undefined ? null : selectedValue.toFixed(4)) : v.noUnit}
            </output>
          </div>
          <ReceptiveFieldPanel />
          {unit && unit.layerIndex >= 0 && <EffectiveFieldView outline={outlines.get(-1) ?? null} />}
          {unit && layers && <PoolingDetail unit={unit} layers={layers} />}
        </div>
      </div>
      {inspection && valid && (
        <>
          <h3 className="heading-with-explain">{v.filtersHeading} <Explain about={v.filtersHeading}>{t.filters.explain}</Explain></h3>
          <FiltersView filters={inspection.filters} />
        </>
      )}
      <h3 className="heading-with-explain">{v.mapsHeading} <Explain about={v.mapsHeading}>{v.explain}</Explain></h3>
      {layers ? (
        <div className="layer-maps">
          {layers.slice(0, -1).map((activation, i) => {
            const layerIndex = i - 1;
            if (activation.type === 'flatten') return null;
            // Global pooling keeps one value per channel: shown (and selectable) as 1×1 maps.
            const globalPool = activation.type === 'pool' && activation.shape.length === 1;
            const spatial = activation.shape.length === 3 || globalPool;
            return (
              <figure key={`${activation.name}-${i}`} className="layer-figure">
                <figcaption>
                  <strong>{activation.type === 'input' ? v.inputName : activation.name}</strong>{activation.type === 'input' ? null : <> <span className="layer-type">{t.table.layerTypes[activation.type]}</span></>}{' '}
                  <code>{activation.shape.join('×')}</code>
                </figcaption>
                {spatial
                  ? <LayerMapView layerIndex={layerIndex} activation={activation} outline={outlines.get(layerIndex) ?? null} selectable={layerIndex >= 0} />
                  : <UnitBarsView activation={activation} />}
              </figure>
            );
          })}
        </div>
      ) : (
        <p className="hint">{valid ? v.waiting : v.fixFirst}</p>
      )}
    </>
  );
}
