/** Both networks' settings and buttons, their curves on shared charts, and each one's gradients through time. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { delayedRecallChance } from '../../../data/tasks/delayedRecall';
import { compareActions, type ComparePair } from '../../../store/rnn/compareStores';
import type { RnnLabStore } from '../../../store/rnn/rnnLabStore';
import type { LineChartData, LineChartOptions } from '../../../viz/lineChart';
import { PALETTE } from '../../../viz/palette';
import { percent } from '../../format';
import { Chart } from '../../lab/TrainingCharts';
import { LabProviders } from '../../lab/LabProviders';
import { NumberField } from '../../lab/NumberField';
import { RnnContext } from '../rnnContext';
import { CompareColumn } from './CompareColumn';
import { useText } from '../../useText';
import { FIELD_RULES } from '../../../store/fieldRules';

const COLOURS = { simple: PALETTE.blue, lstm: PALETTE.orange } as const;

function useLabValue<T>(store: RnnLabStore, pick: (s: ReturnType<RnnLabStore['getState']>) => T): T {
  return useStore(store, pick);
}

export function CompareLab({ pair }: { pair: ComparePair }) {
  const t = useText();
  const c = t.time.compare;
  const task = useLabValue(pair.lstm, (s) => s.task);
  const units = useLabValue(pair.lstm, (s) => s.network.units);
  const forgetBias = useLabValue(pair.lstm, (s) => s.network.forgetBias);
  const simpleTraining = useLabValue(pair.simple, (s) => s.status === 'training');
  const lstmTraining = useLabValue(pair.lstm, (s) => s.status === 'training');
  const simpleReady = useLabValue(pair.simple, (s) => s.configured);
  const lstmReady = useLabValue(pair.lstm, (s) => s.configured);
  const ready = simpleReady && lstmReady;
  const delay = task.id === 'delayedRecall' ? task.delay : FIELD_RULES.delay.min;
  const training = simpleTraining || lstmTraining;
  return (
    <div className="compare">
      <p>{c.intro}</p>
      <form className="hyper-form compare-settings" onSubmit={(e) => e.preventDefault()} aria-label={c.region}>
        <div className="field">
          <NumberField id="compare-delay" label={c.delay} visibleLabel value={delay} tip={c.delayTip}
            rule={FIELD_RULES.delay} onCommit={(v) => compareActions.setDelay(pair, v)} />
        </div>
        <div className="field">
          <NumberField id="compare-units" label={c.units} visibleLabel value={units} tip={c.unitsTip}
            rule={FIELD_RULES.recurrentUnits} onCommit={(v) => compareActions.setUnits(pair, v)} />
        </div>
        <div className="field">
          <NumberField id="compare-forget-bias" label={c.forgetBias} visibleLabel value={forgetBias} tip={c.forgetBiasTip}
            rule={FIELD_RULES.forgetBias} onCommit={(v) => compareActions.setForgetBias(pair, v)} />
        </div>
      </form>
      <div className="button-row" role="group" aria-label={c.region}>
        <button type="button" className="primary" disabled={!ready || (simpleTraining && lstmTraining)} onClick={() => compareActions.train(pair)}>{c.trainBoth}</button>
        <button type="button" disabled={!training} onClick={() => compareActions.pause(pair)}>{c.pauseBoth}</button>
        <button type="button" onClick={() => compareActions.reset(pair)}>{c.resetBoth}</button>
      </div>
      <CompareCharts pair={pair} symbols={task.id === 'delayedRecall' ? task.symbols : 4} />
      <div className="compare-columns">
        <LabProviders context={RnnContext} store={pair.simple}><CompareColumn name={c.names.simpleRNN} idPrefix="compare-simple" /></LabProviders>
        <LabProviders context={RnnContext} store={pair.lstm}><CompareColumn name={c.names.lstm} idPrefix="compare-lstm" /></LabProviders>
      </div>
    </div>
  );
}

function CompareCharts({ pair, symbols }: { pair: ComparePair; symbols: number }) {
  const t = useText();
  const c = t.time.compare;
  const simple = useLabValue(pair.simple, (s) => s.history);
  const lstm = useLabValue(pair.lstm, (s) => s.history);
  const chance = delayedRecallChance(symbols);
  const accuracyOptions = useMemo<LineChartOptions>(() => ({
    yLabel: t.charts.accuracyAxis, yDomain: [0, 1], formatY: (v) => `${Math.round(v * 100)}%`, emptyMessage: t.charts.empty, xLabel: t.lab.trainingStep,
  }), [t]);
  const costOptions = useMemo<LineChartOptions>(() => ({
    yLabel: t.charts.costAxis, formatY: (v) => v.toFixed(2), emptyMessage: t.charts.empty, xLabel: t.lab.trainingStep,
  }), [t]);
  const accuracy = useMemo<LineChartData>(() => ({
    series: [
      { name: c.names.simpleRNN, color: COLOURS.simple, points: simple.testAccuracy },
      { name: c.names.lstm, color: COLOURS.lstm, points: lstm.testAccuracy },
    ],
    reference: { value: chance, label: c.chance(percent(chance, 0)) },
  }), [simple.testAccuracy, lstm.testAccuracy, chance, c]);
  const cost = useMemo<LineChartData>(() => ({
    series: [
      { name: c.names.simpleRNN, color: COLOURS.simple, points: simple.loss },
      { name: c.names.lstm, color: COLOURS.lstm, points: lstm.loss },
    ],
  }), [simple.loss, lstm.loss, c]);
  const last = (points: { value: number }[]) => (points.length > 0 ? percent(points.at(-1)!.value, 0) : '—');
  return (
    <div className="charts">
      <Chart label={c.accuracyLabel} title={c.accuracyTitle} options={accuracyOptions} data={accuracy}
        description={c.latestAccuracy(last(simple.testAccuracy), last(lstm.testAccuracy))} />
      <Chart label={c.costLabel} title={c.costTitle} options={costOptions} data={cost} description={c.costTitle} />
    </div>
  );
}
