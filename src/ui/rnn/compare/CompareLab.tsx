/** Both networks' settings and buttons, their curves on shared charts, and each one's gradients through time. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { en } from '../../../content/en';
import { TASK_OPTION_RANGES } from '../../../data/tasks/syntheticTask';
import { delayedRecallChance } from '../../../data/tasks/delayedRecall';
import { MAX_FORGET_BIAS, MAX_RECURRENT_UNITS } from '../../../engine/recurrent/recurrentSpec';
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

const c = en.time.compare;
const { delay: DELAY } = TASK_OPTION_RANGES;
const validateDelay = (v: number) => (Number.isInteger(v) && v >= DELAY.min && v <= DELAY.max ? null : en.rnn.task.problems.delayOutOfRange(DELAY.min, DELAY.max));
const validateUnits = (v: number) => (Number.isInteger(v) && v >= 1 && v <= MAX_RECURRENT_UNITS ? null : en.rnn.network.problems.unitsOutOfRange(1, MAX_RECURRENT_UNITS));
const validateBias = (v: number) => (Math.abs(v) <= MAX_FORGET_BIAS ? null : en.rnn.network.problems.forgetBiasOutOfRange(-MAX_FORGET_BIAS, MAX_FORGET_BIAS));
const COLOURS = { simple: PALETTE.blue, lstm: PALETTE.orange } as const;

function useLabValue<T>(store: RnnLabStore, pick: (s: ReturnType<RnnLabStore['getState']>) => T): T {
  return useStore(store, pick);
}

export function CompareLab({ pair }: { pair: ComparePair }) {
  const task = useLabValue(pair.lstm, (s) => s.task);
  const units = useLabValue(pair.lstm, (s) => s.network.units);
  const forgetBias = useLabValue(pair.lstm, (s) => s.network.forgetBias);
  const simpleTraining = useLabValue(pair.simple, (s) => s.status === 'training');
  const lstmTraining = useLabValue(pair.lstm, (s) => s.status === 'training');
  const simpleReady = useLabValue(pair.simple, (s) => s.configured);
  const lstmReady = useLabValue(pair.lstm, (s) => s.configured);
  const ready = simpleReady && lstmReady;
  const delay = task.id === 'delayedRecall' ? task.delay : DELAY.min;
  const training = simpleTraining || lstmTraining;
  return (
    <div className="compare">
      <p>{c.intro}</p>
      <form className="hyper-form compare-settings" onSubmit={(e) => e.preventDefault()} aria-label={c.region}>
        <div className="field">
          <NumberField id="compare-delay" label={c.delay} visibleLabel min={DELAY.min} value={delay} tip={c.delayTip}
            validate={validateDelay} onCommit={(v) => compareActions.setDelay(pair, v)} />
        </div>
        <div className="field">
          <NumberField id="compare-units" label={c.units} visibleLabel min={1} value={units} tip={c.unitsTip}
            validate={validateUnits} onCommit={(v) => compareActions.setUnits(pair, v)} />
        </div>
        <div className="field">
          <NumberField id="compare-forget-bias" label={c.forgetBias} visibleLabel step="any" value={forgetBias} tip={c.forgetBiasTip}
            validate={validateBias} onCommit={(v) => compareActions.setForgetBias(pair, v)} />
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
  const simple = useLabValue(pair.simple, (s) => s.history);
  const lstm = useLabValue(pair.lstm, (s) => s.history);
  const chance = delayedRecallChance(symbols);
  const accuracyOptions = useMemo<LineChartOptions>(() => ({
    yLabel: 'accuracy', yDomain: [0, 1], formatY: (v) => `${Math.round(v * 100)}%`, emptyMessage: en.charts.empty, xLabel: en.lab.trainingStep,
  }), []);
  const costOptions = useMemo<LineChartOptions>(() => ({
    yLabel: 'cost', formatY: (v) => v.toFixed(2), emptyMessage: en.charts.empty, xLabel: en.lab.trainingStep,
  }), []);
  const accuracy = useMemo<LineChartData>(() => ({
    series: [
      { name: c.names.simpleRNN, color: COLOURS.simple, points: simple.testAccuracy },
      { name: c.names.lstm, color: COLOURS.lstm, points: lstm.testAccuracy },
    ],
    reference: { value: chance, label: c.chance(percent(chance, 0)) },
  }), [simple.testAccuracy, lstm.testAccuracy, chance]);
  const cost = useMemo<LineChartData>(() => ({
    series: [
      { name: c.names.simpleRNN, color: COLOURS.simple, points: simple.loss },
      { name: c.names.lstm, color: COLOURS.lstm, points: lstm.loss },
    ],
  }), [simple.loss, lstm.loss]);
  const last = (points: { value: number }[]) => (points.length > 0 ? percent(points.at(-1)!.value, 0) : '—');
  return (
    <div className="charts">
      <Chart label={c.accuracyLabel} title={c.accuracyTitle} options={accuracyOptions} data={accuracy}
        description={c.latestAccuracy(last(simple.testAccuracy), last(lstm.testAccuracy))} />
      <Chart label={c.costLabel} title={c.costTitle} options={costOptions} data={cost} description={c.costTitle} />
    </div>
  );
}
