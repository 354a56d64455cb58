/** One network of the comparison: where it stands, and its gradients through time (inside its own store's provider). */
import { en } from '../../../content/en';
import { percent } from '../../format';
import { GradientsView } from '../time/GradientsPanel';
import { useUnrollRefresh } from '../unrolled/useUnrolled';
import { useRnn } from '../rnnContext';
import { FailureBanner } from '../../lab/FailureBanner';

const c = en.time.compare;

export function CompareColumn({ name, idPrefix }: { name: string; idPrefix: string }) {
  useUnrollRefresh();
  const step = useRnn((s) => s.step);
  const test = useRnn((s) => s.test);
  return (
    <section className="compare-column" aria-label={c.column(name)}>
      <h3>{c.gradientsOf(name)}</h3>
      <p className="compare-status" aria-live="polite">{c.summary(name, step, test ? percent(test.accuracy, 0) : '—')}</p>
      <FailureBanner />
      <GradientsView idPrefix={idPrefix} compact />
    </section>
  );
}
