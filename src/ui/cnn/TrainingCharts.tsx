import { useCallback, useMemo } from 'react';
import { en } from '../../content/en';
import { findPreset } from '../../engine/presets';
import { createLineChart, type LineChartData, type LineChartOptions } from '../../viz/lineChart';
import { PALETTE } from '../../viz/palette';
import { useApp } from '../storeContext';
import { useViz } from '../hooks/useViz';
import { lossText, percent } from '../format';

function Chart({ label, title, options, data, description }: {
  label: string; title: string; options: LineChartOptions; data: LineChartData; description: string;
}) {
  const create = useCallback((el: HTMLDivElement) => createLineChart(el, options), [options]);
  const ref = useViz(create, data);
  return (
    <figure className="chart" aria-label={label}>
      <figcaption>{title}</figcaption>
      <div ref={ref} className="chart-body" />
      <p className="visually-hidden">{description}</p>
    </figure>
  );
}

const costOptions: LineChartOptions = { yLabel: 'cost', formatY: (v) => v.toFixed(2), emptyMessage: en.charts.empty };
const accuracyOptions: LineChartOptions = { yLabel: 'accuracy', yDomain: [0, 1], formatY: (v) => `${Math.round(v * 100)}%`, emptyMessage: en.charts.empty };

export function TrainingCharts() {
  const history = useApp((s) => s.history);
  const presetId = useApp((s) => s.presetId);
  const reference = presetId ? findPreset(presetId)?.reference ?? null : null;
  const c = en.charts;
  const costData = useMemo<LineChartData>(() => ({
    series: [{ name: c.train, color: PALETTE.blue, points: history.loss }],
  }), [history.loss, c.train]);
  const accuracyData = useMemo<LineChartData>(() => ({
    series: [
      { name: c.train, color: PALETTE.blue, points: history.trainAccuracy },
      { name: c.testSubset, color: PALETTE.orange, points: history.testAccuracy },
      { name: c.testFull, color: PALETTE.green, points: history.fullTestAccuracy, dots: true },
    ],
    reference: reference ? { value: reference.accuracy, label: `${c.reference}: ${percent(reference.accuracy)}` } : null,
  }), [history.trainAccuracy, history.testAccuracy, history.fullTestAccuracy, reference, c]);
  const lastLoss = history.loss.at(-1);
  const lastTest = history.testAccuracy.at(-1);
  return (
    <div className="charts">
      <Chart label={c.cost} title={c.costTitle} options={costOptions} data={costData}
        description={lastLoss ? `Latest training cost ${lossText(lastLoss.value)} at step ${lastLoss.step}.` : c.empty} />
      <Chart label={c.accuracy} title={c.accuracyTitle} options={accuracyOptions} data={accuracyData}
        description={lastTest ? `Latest test accuracy estimate ${percent(lastTest.value)} at step ${lastTest.step}.` : c.empty} />
    </div>
  );
}
