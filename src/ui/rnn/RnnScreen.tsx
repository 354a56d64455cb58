/** The RNN lab screen (a lazily loaded chunk): task and network, training, curves and the unrolled network. */
import { createRnnLabStore } from '../../store/rnn/rnnLabStore';
import { useShellStore } from '../storeContext';
import { LabProviders } from '../lab/LabProviders';
import { labStoreCache } from '../lab/labStores';
import { useTrainBlocker } from '../lab/useTrainBlocker';
import { RnnContext, useRnn } from './rnnContext';
import { RnnPresetPicker } from './RnnPresetPicker';
import { TaskPicker } from './TaskPicker';
import { NetworkForm } from './NetworkForm';
import { RecurrentSummaryTable } from './RecurrentSummaryTable';
import { RnnCharts, RnnTrainingSettings, RnnTrainingPanel } from './RnnTrainingPanels';
import { UnrolledPanel } from './unrolled/UnrolledPanel';
import { UnrollRefresher } from './unrolled/useUnrolled';
import { GradientsPanel } from './time/GradientsPanel';
import { GeneratePanel } from './text/GeneratePanel';
import { ComparePanel } from './compare/ComparePanel';
import { useText } from '../useText';

const rnnStoreFor = labStoreCache(createRnnLabStore);

export default function RnnScreen() {
  const shell = useShellStore();
  const store = rnnStoreFor(shell);
  return (
    <LabProviders context={RnnContext} store={store}>
      <RnnLab />
    </LabProviders>
  );
}

function RnnLab() {
  const t = useText();
  const valid = useRnn((s) => s.networkProblems.length === 0 && s.taskProblems.length === 0);
  const needsMnist = useRnn((s) => s.task.id === 'rowMnist');
  const blocker = useTrainBlocker(valid, needsMnist);
  const textTask = useRnn((s) => s.task.id === 'text');
  return (
    <main className="lab" aria-label={t.shell.rnnLab}>
      <section className="panel panel-network" aria-labelledby="rnn-network-heading">
        <h2 id="rnn-network-heading">{t.rnn.taskAndNetwork}</h2>
        <RnnPresetPicker />
        <TaskPicker />
        <NetworkForm />
        <RecurrentSummaryTable />
      </section>
      <div className="side">
        <section className="panel panel-training" aria-labelledby="rnn-training-heading">
          <h2 id="rnn-training-heading">{t.rnn.training}</h2>
          <RnnTrainingPanel blocker={blocker} />
        </section>
        <section className="panel panel-charts" aria-labelledby="rnn-charts-heading">
          <h2 id="rnn-charts-heading">{t.rnn.curves}</h2>
          <RnnCharts />
        </section>
        <section className="panel panel-settings" aria-labelledby="rnn-settings-heading">
          <h2 id="rnn-settings-heading">{t.lab.settings}</h2>
          <RnnTrainingSettings />
        </section>
      </div>
      <UnrollRefresher />
      {textTask && <GeneratePanel />}
      <GradientsPanel />
      <UnrolledPanel />
      <ComparePanel />
    </main>
  );
}
