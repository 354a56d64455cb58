import { useCallback, useMemo } from 'react';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { createLineChart, type LineChartData, type LineChartOptions } from '../../../viz/lineChart';
import { PALETTE } from '../../../viz/palette';
import { useViz } from '../../hooks/useViz';
import { lossText } from '../../format';
import { useText } from '../../useText';


/** The noisy input, the noise-free next value the network should predict, and its prediction, per step. */
export function SignalPlot({ unrolled }: { unrolled: Unrolled }) {
  const t = useText();
  const u = t.rnn.unrolled;
  // Made again when the language changes, so the axes speak it.
  const create = useCallback((element: HTMLDivElement) => {
    const options: LineChartOptions = { yLabel: u.valueAxis, xLabel: u.stepAxis, formatY: (v) => v.toFixed(1), emptyMessage: '', symmetricY: true };
    return createLineChart(element, options);
  }, [u]);
  const { steps, inputs, targets, network } = unrolled;
  const { data, mse } = useMemo(() => {
    const points = (values: ArrayLike<number>, shift: number) => Array.from({ length: steps }, (_v, t) => ({ step: t + shift, value: values[t]! }));
    const truth = targets.kind === 'values' ? targets.values : new Float32Array(steps);
    let squared = 0;
    for (let t = 0; t < steps; t++) squared += (network.output[t]! - truth[t]!) ** 2;
    // The target and prediction at step t are about step t + 1: drawn where they belong in time.
    const chart: LineChartData = {
      series: [
        { name: u.signalSeries.input, color: PALETTE.sky, points: points(inputs, 0), dots: true },
        { name: u.signalSeries.target, color: PALETTE.text, points: points(truth, 1) },
        { name: u.signalSeries.prediction, color: PALETTE.vermillion, points: points(network.output, 1) },
      ],
    };
    return { data: chart, mse: squared / steps };
  }, [steps, inputs, targets, network.output, u]);
  const ref = useViz(create, data);
  return (
    <figure className="chart signal-plot" aria-label={u.signalTitle}>
      <figcaption>{u.signalTitle}</figcaption>
      <div ref={ref} className="chart-body" />
      <p className="visually-hidden">{u.signalLabel(steps, lossText(mse))}</p>
    </figure>
  );
}
