/** The architectures explorer (a lazily loaded chunk): the classic networks analysed layer by layer. */
import { createArchExplorer } from '../../store/arch/archStores';
import { useShellStore } from '../storeContext';
import { labStoreCache } from '../lab/labStores';
import { useText } from '../useText';
import { ArchContext } from './archContext';
import { ArchSettings } from './ArchSettings';
import { ArchTotals } from './ArchTotals';
import { LayerTable } from './LayerTable';
import { CostChart } from './CostChart';
import { NetworkDiagram } from './NetworkDiagram';
import { InceptionComparison } from './InceptionComparison';
import { useArchAnalysis } from './useArchAnalysis';
import '../explain/explainers.css';
import './architectures.css';

const archStoreFor = labStoreCache(createArchExplorer);

export default function ArchScreen() {
  const store = archStoreFor(useShellStore());
  return (
    <ArchContext.Provider value={store}>
      <ArchExplorer />
    </ArchContext.Provider>
  );
}

function ArchExplorer() {
  const t = useText();
  const a = t.arch;
  const analysis = useArchAnalysis();
  const { summary, info, spec } = analysis;
  const name = info?.name ?? a.labNetwork;
  const blocking = summary.valid ? [] : summary.problems;
  return (
    <main className="explainer" aria-label={t.shell.architectures}>
      <section className="panel panel-explain" aria-labelledby="arch-heading">
        <h2 id="arch-heading">{a.title}</h2>
        <p className="intro presentation-secondary">{a.intro}</p>
        <ArchSettings inputSize={analysis.inputSize} hasWidth={info?.widthMultiplier === true} />
        {blocking.length > 0 ? (
          <div className="explain-problem" role="alert">
            <p>{a.problem}</p>
            <ul>{blocking.slice(0, 3).map((p) => <li key={`${p.layerIndex}-${p.problem.code}`}>{p.layerName}: {t.cnn.shapeProblem(p.problem, (s) => s)}</li>)}</ul>
            <p className="hint">{a.problemHint}</p>
          </div>
        ) : (
          <>
            <ArchTotals analysis={analysis} />
            <CostChart name={name} summary={summary} />
          </>
        )}
      </section>
      {summary.valid && (
        <>
          <section className="panel panel-explain" aria-labelledby="arch-layers-heading">
            <h2 id="arch-layers-heading">{a.table.label}</h2>
            <p className="hint">{a.table.sortHint}</p>
            <LayerTable name={name} inputSize={analysis.inputSize} layers={spec.layers} summary={summary} />
          </section>
          <section className="panel panel-explain">
            <NetworkDiagram summary={summary} />
          </section>
        </>
      )}
      <InceptionComparison />
    </main>
  );
}
