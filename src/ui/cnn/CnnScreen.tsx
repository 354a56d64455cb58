/** The CNN lab screen (a lazily loaded chunk): network editor, training, curves and the views inside. */
import { useMemo } from 'react';
import { findPreset } from '../../engine/presets';
import { useShellStore } from '../storeContext';
import { LabProviders } from '../lab/LabProviders';
import { TrainingControls } from '../lab/TrainingControls';
import { FailureBanner } from '../lab/FailureBanner';
import { Readouts } from '../lab/Readouts';
import { TrainingSettings } from '../lab/TrainingSettings';
import { TrainingCharts, type ChartLabels } from '../lab/TrainingCharts';
import { useTrainBlocker } from '../lab/useTrainBlocker';
import { percent } from '../format';
import { CnnContext, useCnn } from './cnnContext';
import { cnnStoreFor } from './cnnStore';
import { PresetPicker } from './PresetPicker';
import { ModelSummaryTable } from './ModelSummaryTable';
import { WeightInitPicker } from './WeightInitPicker';
import { CnnTrainingExtras } from './CnnTrainingExtras';
import { InspectPanel } from './inspect/InspectPanel';
import { ConfusionMatrix } from './ConfusionMatrix';
import { useText } from '../useText';
import { ModelActions } from '../lab/models/ModelActions';
import { exportInputOf } from '../lab/models/exportInput';
import { useShallow } from 'zustand/react/shallow';


export default function CnnScreen() {
  const shell = useShellStore();
  const store = cnnStoreFor(shell);
  return (
    <LabProviders context={CnnContext} store={store}>
      <CnnLab />
    </LabProviders>
  );
}

function CnnCharts() {
  const t = useText();
  const presetId = useCnn((s) => s.presetId);
  const reference = presetId ? findPreset(presetId)?.reference ?? null : null;
  const c = t.charts;
  const labels = useMemo<ChartLabels>(() => ({
    costTitle: c.costTitle, costAxis: c.costAxis, accuracyTitle: c.accuracyTitle, testSubset: c.testSubset, testFull: c.testFull,
    accuracyReference: reference ? { value: reference.accuracy, label: `${c.reference}: ${percent(reference.accuracy)}` } : null,
  }), [reference, c]);
  return <TrainingCharts labels={labels} />;
}

function CnnModelActions() {
  const t = useText();
  const presetId = useCnn((s) => s.presetId);
  const { spec, hyper, seed, buildConfig } = useCnn(useShallow((s) => ({ spec: s.spec, hyper: s.hyper, seed: s.seed, buildConfig: s.buildConfig })));
  const networkName = (id: string | null) => (id ? t.cnn.presets.names[id] ?? id : t.models.customNetwork);
  const title = networkName(presetId);
  // Rebuilt when the network or its settings change, not on every training report.
  const exportInput = useMemo(() => exportInputOf(buildConfig(), title), [spec, hyper, seed, title, buildConfig]); // eslint-disable-line react-hooks/exhaustive-deps
  return <ModelActions lab="cnn" presetId={presetId} networkName={networkName} exportInput={exportInput} />;
}

function CnnLab() {
  const t = useText();
  const valid = useCnn((s) => s.summary.trainable);
  const blocker = useTrainBlocker(valid, true);
  const r = t.readouts;
  return (
    <main className="lab" aria-label={t.shell.cnnLab}>
      <section className="panel panel-network" aria-labelledby="network-heading">
        <h2 id="network-heading">{t.cnn.network}</h2>
        <PresetPicker />
        <ModelSummaryTable />
        <WeightInitPicker />
      </section>
      <div className="side">
        <section className="panel panel-training" aria-labelledby="training-heading">
          <h2 id="training-heading">{t.cnn.training}</h2>
          <TrainingControls blocker={blocker} />
          <FailureBanner />
          <Readouts idPrefix="cnn" lossTip={r.lossTip} testTip={r.testTip}
            testNote={(test, epoch) => (test.scope === 'full' ? r.fullNote(test.count, epoch ?? 0) : r.subsetNote(test.count))} />
          <CnnModelActions />
        </section>
        <section className="panel panel-charts" aria-labelledby="charts-heading">
          <h2 id="charts-heading">{t.cnn.curves}</h2>
          <CnnCharts />
        </section>
        <section className="panel panel-settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t.lab.settings}</h2>
          <TrainingSettings idPrefix="cnn"><CnnTrainingExtras /></TrainingSettings>
        </section>
      </div>
      <InspectPanel />
      <ConfusionMatrix />
    </main>
  );
}
