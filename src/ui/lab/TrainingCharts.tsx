import { useCallback, useMemo } from 'react';
import { createLineChart, type LineChartData, type LineChartOptions, type ReferenceLine, type Series } from '../../viz/lineChart';
import { PALETTE } from '../../viz/palette';
import type { TrainingHistory } from '../../store/lab/trainingSlice';
import { useLab } from '../storeContext';
import { useViz } from '../hooks/useViz';
import { lossText, percent } from '../format';
import { useText } from '../useText';

export function Chart({ label, title, options, data, description }: {
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

export interface ChartLabels {
  costTitle: string;
  costAxis: string;
  /** Extra series on the cost chart (e.g. the test error of a value task). */
  costSeries?(history: TrainingHistory): Series[];
  costReference?: ReferenceLine | null;
  accuracyTitle: string;
  testSubset: string;
  /** The per-epoch whole-test-set series; absent for tasks without epochs. */
  testFull?: string;
  accuracyReference?: ReferenceLine | null;
}

/** The cost and accuracy curves of the lab's session, redrawn live as reports arrive. */
export function TrainingCharts({ labels }: { labels: ChartLabels }) {
  const t = useText();
  const history = useLab((s) => s.history);
  const c = t.charts;
  const costOptions = useMemo<LineChartOptions>(() => ({
    yLabel: labels.costAxis, formatY: (v) => v.toFixed(2), emptyMessage: c.empty, xLabel: t.lab.trainingStep, nonFiniteLabel: c.notANumber,
  }), [labels.costAxis, c.empty, t.lab.trainingStep, c.notANumber]);
  const accuracyOptions = useMemo<LineChartOptions>(() => ({
    yLabel: c.accuracyAxis, yDomain: [0, 1], formatY: (v) => `${Math.round(v * 100)}%`, emptyMessage: c.empty, xLabel: t.lab.trainingStep,
  }), [c.accuracyAxis, c.empty, t.lab.trainingStep]);
  const costData = useMemo<LineChartData>(() => ({
    series: [{ name: c.train, color: PALETTE.blue, points: history.loss }, ...(labels.costSeries?.(history) ?? [])],
    reference: labels.costReference ?? null,
  }), [history, labels, c.train]);
  const accuracyData = useMemo<LineChartData>(() => ({
    series: [
      { name: c.train, color: PALETTE.blue, points: history.trainAccuracy },
      { name: labels.testSubset, color: PALETTE.orange, points: history.testAccuracy },
      ...(labels.testFull ? [{ name: labels.testFull, color: PALETTE.green, points: history.fullTestAccuracy, dots: true }] : []),
    ],
    reference: labels.accuracyReference ?? null,
  }), [history.trainAccuracy, history.testAccuracy, history.fullTestAccuracy, labels, c.train]);
  const lastLoss = history.loss.at(-1);
  const lastTest = history.testAccuracy.at(-1);
  return (
    <div className="charts">
      <Chart label={c.cost} title={labels.costTitle} options={costOptions} data={costData}
        description={lastLoss ? t.lab.latestCost(lossText(lastLoss.value), lastLoss.step) : c.empty} />
      <Chart label={c.accuracy} title={labels.accuracyTitle} options={accuracyOptions} data={accuracyData}
        description={lastTest ? t.lab.latestTest(percent(lastTest.value), lastTest.step) : c.empty} />
    </div>
  );
}
