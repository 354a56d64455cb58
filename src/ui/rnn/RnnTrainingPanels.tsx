/** The RNN lab's training panel and learning curves: the shared lab parts, worded for the current task. */
import { useMemo } from 'react';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import { ADDING_BASELINE_MSE } from '../../data/tasks/addingProblem';
import { naiveSignalMse } from '../../data/tasks/noisySignal';
import type { TaskSpec } from '../../data/tasks/taskTypes';
import { PALETTE } from '../../viz/palette';
import { TrainingControls } from '../lab/TrainingControls';
import { FailureBanner } from '../lab/FailureBanner';
import { Readout, Readouts } from '../lab/Readouts';
import { TrainingSettings } from '../lab/TrainingSettings';
import { TrainingCharts, type ChartLabels } from '../lab/TrainingCharts';
import { useLab } from '../storeContext';
import { lossText, percent } from '../format';
import { useRnn } from './rnnContext';
import { ClippingSettings } from './time/ClippingSettings';
import { GradientNormChart } from './time/GradientNormChart';
import { GradientNormReadouts } from './time/GradientNormReadouts';
import { useText } from '../useText';
import { ModelActions } from '../lab/models/ModelActions';
import { exportInputOf } from '../lab/models/exportInput';
import { useShallow } from 'zustand/react/shallow';


/** The squared error of the simplest answer, to beat: always 1 for adding, "next = current" for the signal. */
export function baselineMse(task: TaskSpec): number | null {
  if (task.id === 'adding') return ADDING_BASELINE_MSE;
  if (task.id === 'signal') return naiveSignalMse(task.noise);
  return null;
}

/** Cross-entropy in bits (nats ÷ ln 2) and its perplexity e^loss, the usual figures of a character model. */
function BitsPerCharacterReadout({ symbols }: { symbols: number }) {
  const t = useText();
  const test = useLab((s) => s.test);
  const b = t.time.text;
  return (
    <Readout id="rnn-readout-bits" label={b.bitsPerCharacter} value={test ? (test.loss / Math.LN2).toFixed(3) : '—'} tip={b.bitsTip}
      note={test ? b.bitsNote(Math.exp(test.loss).toFixed(2), Math.log2(symbols).toFixed(2)) : undefined} />
  );
}

function TestMseReadout({ baseline }: { baseline: number | null }) {
  const r = useText().rnn.readouts;
  const test = useLab((s) => s.test);
  return (
    <Readout id="rnn-readout-test-mse" label={r.testMse} value={test ? lossText(test.loss) : '—'} tip={r.testMseTip}
      note={baseline === null ? undefined : r.testMseNote(lossText(baseline))} />
  );
}

export function RnnTrainingPanel({ blocker }: { blocker: string | null }) {
  const t = useText();
  const r = t.rnn.readouts;
  const task = useRnn((s) => s.task);
  const output = taskGeometry(task).output;
  const what = (n: number) => (task.id === 'rowMnist' ? r.digits(n) : task.id === 'text' ? r.textWindows(n, task.length) : r.sequences(n));
  return (
    <>
      <TrainingControls blocker={blocker} />
      <FailureBanner />
      <Readouts idPrefix="rnn"
        lossTip={output.kind === 'classes' ? r.lossTipClasses : r.lossTipValues}
        testTip={output.kind === 'classes' ? r.testTipClasses : r.testTipValues(output.tolerance)}
        testNote={(test, epoch) => (test.scope === 'full' && task.id === 'rowMnist' ? r.testNoteFull(test.count, epoch ?? 0) : r.testNoteSubset(test.count, what(test.count)))}>
        {output.kind === 'values' && <TestMseReadout baseline={baselineMse(task)} />}
        {task.id === 'text' && <BitsPerCharacterReadout symbols={output.kind === 'classes' ? output.classes : 1} />}
        <GradientNormReadouts idPrefix="rnn" />
      </Readouts>
      <RnnModelActions />
    </>
  );
}

function RnnModelActions() {
  const t = useText();
  const presetId = useRnn((s) => s.presetId);
  const { network, task, hyper, seed, buildConfig } = useRnn(useShallow((s) => ({ network: s.network, task: s.task, hyper: s.hyper, seed: s.seed, buildConfig: s.buildConfig })));
  const networkName = (id: string | null) => (id ? t.rnn.preset.names[id] ?? id : t.models.customNetwork);
  const title = networkName(presetId);
  // Rebuilt when the network, task or settings change, not on every training report.
  const exportInput = useMemo(() => exportInputOf(buildConfig(), title), [network, task, hyper, seed, title, buildConfig]); // eslint-disable-line react-hooks/exhaustive-deps
  return <ModelActions lab="rnn" presetId={presetId} networkName={networkName} exportInput={exportInput} />;
}

export function RnnTrainingSettings() {
  return (
    <TrainingSettings idPrefix="rnn">
      <ClippingSettings idPrefix="rnn" />
    </TrainingSettings>
  );
}

export function RnnCharts() {
  const t = useText();
  const task = useRnn((s) => s.task);
  const c = t.rnn.charts;
  const labels = useMemo<ChartLabels>(() => {
    const geometry = taskGeometry(task);
    const output = geometry.output;
    if (output.kind === 'classes') {
      const chance = 1 / output.classes;
      return {
        costTitle: c.costClasses, costAxis: t.charts.costAxis, accuracyTitle: c.accuracyTitle,
        testSubset: c.testSubset(task.id === 'rowMnist' ? 500 : 512),
        testFull: task.id === 'rowMnist' ? c.testFull : undefined,
        accuracyReference: { value: chance, label: c.chance(percent(chance, 1)) },
      };
    }
    const baseline = baselineMse(task);
    return {
      costTitle: c.costValues, costAxis: 'MSE', accuracyTitle: c.accuracyTitleValues(output.tolerance), testSubset: c.testSubset(512),
      costSeries: (history) => [{ name: c.testCost, color: PALETTE.orange, points: history.testLoss }],
      costReference: baseline === null ? null : { value: baseline, label: c.baseline(lossText(baseline)) },
    };
  }, [task, c, t.charts.costAxis]);
  return (
    <>
      <TrainingCharts labels={labels} />
      <div className="presentation-secondary"><GradientNormChart /></div>
    </>
  );
}
