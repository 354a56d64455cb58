/** One network of the comparison: where it stands, and its gradients through time (inside its own store's provider). */
import { percent } from '../../format';
import { GradientsView } from '../time/GradientsPanel';
import { UnrollRefresher } from '../unrolled/useUnrolled';
import { useRnn } from '../rnnContext';
import { FailureBanner } from '../../lab/FailureBanner';
import { useText } from '../../useText';


/** Where the network stands; re-rendered on every report, apart from the gradient view beside it. */
function CompareStatus({ name }: { name: string }) {
  const t = useText();
  const c = t.time.compare;
  const step = useRnn((s) => s.step);
  const test = useRnn((s) => s.test);
  return <p className="compare-status" aria-live="polite">{c.summary(name, step, test ? percent(test.accuracy, 0) : '—')}</p>;
}

export function CompareColumn({ name, idPrefix }: { name: string; idPrefix: string }) {
  const t = useText();
  const c = t.time.compare;
  return (
    <section className="compare-column" aria-label={c.column(name)}>
      <UnrollRefresher />
      <h3>{c.gradientsOf(name)}</h3>
      <CompareStatus name={name} />
      <FailureBanner />
      <GradientsView idPrefix={idPrefix} compact />
    </section>
  );
}
