/** The pooling explainer (a lazily loaded chunk): windows on an editable grid, then the translation demo. */
import { createPoolExplainer } from '../../store/explain/explainerStores';
import { useShellStore } from '../storeContext';
import { labStoreCache } from '../lab/labStores';
import { useText } from '../useText';
import { PoolContext } from './poolContext';
import { PoolSettings } from './PoolSettings';
import { PoolWorkbench } from './PoolWorkbench';
import { ShiftDemo } from './ShiftDemo';
import '../explain/explainers.css';

const poolStoreFor = labStoreCache(createPoolExplainer);

export default function PoolScreen() {
  const store = poolStoreFor(useShellStore());
  return (
    <PoolContext.Provider value={store}>
      <PoolExplainer />
    </PoolContext.Provider>
  );
}

function PoolExplainer() {
  const t = useText();
  const p = t.explainers.pool;
  return (
    <main className="explainer" aria-label={t.shell.pooling}>
      <section className="panel panel-explain" aria-labelledby="pool-heading">
        <h2 id="pool-heading">{p.title}</h2>
        <p className="intro presentation-secondary">{p.intro}</p>
        <PoolSettings />
        <p className="hint presentation-secondary">{t.explainers.grid.editHint}</p>
        <PoolWorkbench />
      </section>
      <ShiftDemo />
    </main>
  );
}
