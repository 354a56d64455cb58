import { useLab } from '../storeContext';
import { ProblemBanner } from './ProblemBanner';

/** Explains a diverged run or a trainer error of this lab's session, and says how to recover. */
export function FailureBanner() {
  const failure = useLab((s) => s.failure);
  const dismiss = useLab((s) => s.dismissFailure);
  if (!failure) return null;
  // A diverged run stays explained until Reset; other errors can be dismissed.
  return <ProblemBanner problem={failure} onDismiss={failure.code === 'diverged' ? undefined : dismiss} />;
}
