import { useMemo, useState } from 'react';
import { scaleLinear } from 'd3';
import type { LayerSummary, NetworkSummary } from '../../engine/shapes';
import { PALETTE } from '../../viz/palette';
import { LabelledSelect } from '../explain/LabelledSelect';
import { useText } from '../useText';

type Metric = 'params' | 'memory' | 'multiplyAdds';
const METRICS: readonly Metric[] = ['params', 'memory', 'multiplyAdds'];
const SHOWN = 12;
const ROW = 22;
const LABEL = 150;
const WIDTH = 640;

const valueOf = (layer: LayerSummary, metric: Metric) => (metric === 'params' ? layer.params : metric === 'memory' ? layer.activations * 4 : layer.multiplyAdds);
type Kind = 'conv' | 'dense' | 'other';
const kindOf = (layer: LayerSummary): Kind => (layer.type === 'conv2d' || layer.type === 'depthwiseConv2d' ? 'conv' : layer.type === 'dense' ? 'dense' : 'other');
const COLOURS: Record<Kind, string> = { conv: PALETTE.blue, dense: PALETTE.orange, other: PALETTE.green };

/** The largest layers by parameters, activation memory or multiply-adds, each as its share of the total. */
export function CostChart({ name, summary }: { name: string; summary: NetworkSummary }) {
  const a = useText().arch;
  const c = a.chart;
  const [metric, setMetric] = useState<Metric>('params');
  const bars = useMemo(() => {
    const total = summary.layers.reduce((sum, l) => sum + valueOf(l, metric), 0);
    const sorted = summary.layers.filter((l) => valueOf(l, metric) > 0).sort((x, y) => valueOf(y, metric) - valueOf(x, metric));
    const top = sorted.slice(0, SHOWN).map((l) => ({ label: l.name, value: valueOf(l, metric), kind: kindOf(l) }));
    const rest = sorted.slice(SHOWN);
    if (rest.length > 0) top.push({ label: c.others(rest.length), value: rest.reduce((sum, l) => sum + valueOf(l, metric), 0), kind: 'other' });
    return { total, top };
  }, [summary.layers, metric, c]);
  const x = scaleLinear().domain([0, Math.max(1, ...bars.top.map((b) => b.value))]).range([0, WIDTH - LABEL - 150]);
  const format = (v: number) => (metric === 'memory' ? a.bytes(v) : a.grouped(v));
  const percent = (v: number) => `${bars.total ? ((100 * v) / bars.total).toFixed(1) : '0'} %`;
  return (
    <section className="arch-chart" aria-labelledby="arch-chart-heading">
      <h3 id="arch-chart-heading">{c.title}</h3>
      <div className="hyper-form">
        <LabelledSelect<Metric> id="arch-metric" label={c.metric} value={metric} options={METRICS.map((m) => ({ value: m, label: c.metrics[m] }))} onChange={setMetric} />
      </div>
      <svg className="cost-chart" viewBox={`0 0 ${WIDTH} ${bars.top.length * ROW + 4}`} role="img" aria-label={c.label(c.metrics[metric], name)}>
        {bars.top.map((bar, i) => (
          <g key={bar.label} transform={`translate(0, ${i * ROW + 2})`}>
            <text x={LABEL - 6} y={ROW / 2 + 4} textAnchor="end" className="cost-label">{bar.label}</text>
            <rect x={LABEL} y={3} width={Math.max(1, x(bar.value))} height={ROW - 6} fill={COLOURS[bar.kind]} rx={2} />
            <text x={LABEL + Math.max(1, x(bar.value)) + 6} y={ROW / 2 + 4} className="cost-value">{c.share(format(bar.value), percent(bar.value))}</text>
          </g>
        ))}
      </svg>
      <ul className="chart-legend">
        {(Object.keys(COLOURS) as Kind[]).map((kind) => (
          <li key={kind}><span className="swatch swatch-block" style={{ ['--swatch' as string]: COLOURS[kind] }} />{c.kinds[kind]}</li>
        ))}
      </ul>
      <p className="hint">{c.legend}</p>
    </section>
  );
}
