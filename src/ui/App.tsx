import { Header } from './shell/Header';
import { DataLoadBar } from './shell/DataLoadBar';
import { FailureBanner } from './shell/FailureBanner';
import { PresetPicker } from './cnn/PresetPicker';
import { ModelSummaryTable } from './cnn/ModelSummaryTable';
import { WeightInitPicker } from './cnn/WeightInitPicker';
import { TrainingControls } from './cnn/TrainingControls';
import { HyperparameterForm } from './cnn/HyperparameterForm';
import { Readouts } from './cnn/Readouts';
import { TrainingCharts } from './cnn/TrainingCharts';
import { InspectPanel } from './cnn/inspect/InspectPanel';
import { ConfusionMatrix } from './cnn/ConfusionMatrix';

export function App() {
  return (
    <div className="app">
      <Header />
      <DataLoadBar />
      <main className="lab">
        <section className="panel panel-network" aria-labelledby="network-heading">
          <h2 id="network-heading">Network</h2>
          <PresetPicker />
          <ModelSummaryTable />
          <WeightInitPicker />
        </section>
        <div className="side">
          <section className="panel panel-training" aria-labelledby="training-heading">
            <h2 id="training-heading">Training</h2>
            <TrainingControls />
            <FailureBanner />
            <Readouts />
            <HyperparameterForm />
          </section>
          <section className="panel panel-charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">Learning curves</h2>
            <TrainingCharts />
          </section>
        </div>
        <InspectPanel />
        <ConfusionMatrix />
      </main>
    </div>
  );
}
