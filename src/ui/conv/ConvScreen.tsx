/** The convolution explainer (a lazily loaded chunk): step by step on hand-sized grids, then the costs and a real digit. */
import { createConvExplainer } from '../../store/explain/explainerStores';
import { useShellStore } from '../storeContext';
import { labStoreCache } from '../lab/labStores';
import { useText } from '../useText';
import { ConvContext } from './convContext';
import { ConvSettings } from './ConvSettings';
import { ConvWorkbench } from './ConvWorkbench';
import { SeparablePanel } from './SeparablePanel';
import { SharingPanel } from './SharingPanel';
import { DigitPanel } from './DigitPanel';
import '../explain/explainers.css';

const convStoreFor = labStoreCache(createConvExplainer);

export default function ConvScreen() {
  const store = convStoreFor(useShellStore());
  return (
    <ConvContext.Provider value={store}>
      <ConvExplainer />
    </ConvContext.Provider>
  );
}

function ConvExplainer() {
  const t = useText();
  const c = t.explainers.conv;
  return (
    <main className="explainer" aria-label={t.shell.convolution}>
      <section className="panel panel-explain" aria-labelledby="conv-heading">
        <h2 id="conv-heading">{c.title}</h2>
        <p className="intro presentation-secondary">{c.intro}</p>
        <p className="hint presentation-secondary">{c.flipNote}</p>
        <ConvSettings />
        <p className="hint presentation-secondary">{t.explainers.grid.editHint}</p>
        <ConvWorkbench />
      </section>
      <DigitPanel />
      <SeparablePanel />
      <SharingPanel />
    </main>
  );
}
