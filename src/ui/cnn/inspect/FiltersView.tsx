import { useEffect, useMemo, useRef, useState } from 'react';
import type { LayerFilters } from '../../../engine/inspection';
import { greyScaleFor, signedScaleFor, type ColorScale } from '../../../viz/colorScales';
import { createFeatureMapGrid, type FeatureMapGrid } from '../../../viz/featureMapGrid';
import { Explain } from '../../common/Explain';
import { useText } from '../../useText';

type Convention = 'darker' | 'signed';

/** Kernel weights [k, k, inChannels, filters] for one input channel, as [k, k, filters]. */
function slice(filters: LayerFilters, inputChannel: number): Float32Array {
  const [k, , inChannels, count] = filters.shape;
  const out = new Float32Array(k * k * count);
  for (let i = 0; i < k * k; i++) {
    for (let f = 0; f < count; f++) out[i * count + f] = filters.kernel[(i * inChannels + inputChannel) * count + f]!;
  }
  return out;
}

function Legend({ scale, convention }: { scale: ColorScale; convention: Convention }) {
  const f = useText().cnn.filters;
  const [lo, hi] = scale.domain;
  const stops = Array.from({ length: 11 }, (_v, i) => scale.color(lo + ((hi - lo) * i) / 10)).join(', ');
  return (
    <div className="legend" aria-label={f.legendLabel(lo.toFixed(3), hi.toFixed(3))}>
      <span>{lo.toFixed(3)}</span>
      <span className="legend-bar" style={{ background: `linear-gradient(90deg, ${stops})` }} />
      <span>{hi.toFixed(3)}</span>
      <span className="hint">{convention === 'darker' ? f.legendDarker : f.legendSigned}</span>
    </div>
  );
}

/** Every convolutional layer's kernels, watched as they form out of noise during training. */
export function FiltersView({ filters }: { filters: LayerFilters[] }) {
  const f = useText().cnn.filters;
  const [layerName, setLayerName] = useState<string | null>(null);
  const [inputChannel, setInputChannel] = useState(0);
  const [convention, setConvention] = useState<Convention>('darker');
  const ref = useRef<HTMLDivElement>(null);
  const viz = useRef<FeatureMapGrid | null>(null);
  const layer = filters.find((f) => f.name === layerName) ?? filters[0];
  const channels = layer?.shape[2] ?? 1;
  const channel = Math.min(inputChannel, channels - 1);
  const values = useMemo(() => (layer ? slice(layer, channel) : new Float32Array()), [layer, channel]);
  // One scale for the whole layer, so blocks of different input channels compare fairly.
  const scale = useMemo(() => (layer ? (convention === 'darker' ? greyScaleFor(layer.kernel) : signedScaleFor(layer.kernel)) : null), [layer, convention]);

  useEffect(() => {
    if (!ref.current) return undefined;
    viz.current = createFeatureMapGrid(ref.current, { tileSize: 60 });
    return () => viz.current?.destroy();
  }, []);
  useEffect(() => {
    if (layer && scale) viz.current?.update({ shape: [layer.shape[0], layer.shape[1], layer.shape[3]], values, selected: null, outline: null, scale });
  }, [layer, values, scale]);

  if (!layer || !scale) return <p className="hint">{f.none}</p>;
  return (
    <div className="filters-view">
      <div className="filter-controls">
        <label>{f.layer} <select value={layer.name} onChange={(e) => setLayerName(e.target.value)}>
          {filters.map((g) => <option key={g.name} value={g.name}>{f.layerOption(g.name, g.shape[3], g.shape[0])}</option>)}
        </select></label>
        {channels > 1 && (
          <span className="field-inline">
            <label>{f.channel} <select value={channel} onChange={(e) => setInputChannel(Number(e.target.value))}>
              {Array.from({ length: channels }, (_v, c) => <option key={c} value={c}>{c}</option>)}
            </select> {f.of(channels)}</label>
            <Explain about={f.channel}>{f.channelTip}</Explain>
          </span>
        )}
        <label>{f.colours} <select value={convention} onChange={(e) => setConvention(e.target.value as Convention)}>
          <option value="darker">{f.darker}</option>
          <option value="signed">{f.signed}</option>
        </select></label>
      </div>
      <div ref={ref} className="layer-map" role="img"
        aria-label={f.label(layer.name, layer.shape[3], layer.shape[0], channels > 1 ? channel : null)} />
      <Legend scale={scale} convention={convention} />
    </div>
  );
}
