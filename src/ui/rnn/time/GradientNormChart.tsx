/** Every training step's global gradient norm on a log scale, with the steps clipping acted on marked. */
import { useMemo } from 'react';
import { magnitude } from '../../../content/timeText';
import type { LineChartData, LineChartOptions } from '../../../viz/lineChart';
import { PALETTE } from '../../../viz/palette';
import { Chart } from '../../lab/TrainingCharts';
import { useLab } from '../../storeContext';
import { useText } from '../../useText';


export function GradientNormChart() {
  const t = useText();
  const c = t.time.clipping;
  const norms = useLab((s) => s.history.gradientNorm);
  const clipped = useLab((s) => s.history.clipped);
  const hyper = useLab((s) => s.hyper);
  const latest = useLab((s) => s.gradientNorm);
  const step = useLab((s) => s.step);
  const clippedSteps = useLab((s) => s.clippedSteps);
  const options = useMemo<LineChartOptions>(() => ({
    yLabel: c.axis, formatY: magnitude, emptyMessage: t.charts.empty, xLabel: t.lab.trainingStep, logY: true,
  }), [c, t]);
  const data = useMemo<LineChartData>(() => ({
    series: [
      { name: c.series, color: PALETTE.blue, points: norms },
      { name: c.clippedSeries, color: PALETTE.vermillion, points: clipped, dots: true },
    ],
    reference: hyper.clipping ? { value: hyper.clipThreshold, label: c.thresholdLine(magnitude(hyper.clipThreshold)) } : null,
  }), [norms, clipped, hyper.clipping, hyper.clipThreshold, c]);
  return (
    <Chart label={c.chartLabel} title={c.chartTitle} options={options} data={data}
      description={latest === null ? t.charts.empty : c.latest(magnitude(latest), step, clippedSteps)} />
  );
}
