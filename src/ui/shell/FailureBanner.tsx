import { en } from '../../content/en';
import { useApp } from '../storeContext';

/** Explains a diverged run or a trainer error, and says how to recover. */
export function FailureBanner() {
  const failure = useApp((s) => s.failure);
  const dismiss = useApp((s) => s.dismissFailure);
  if (!failure) return null;
  return (
    <div className="banner banner-error" role="alert">
      <strong>{failure.kind === 'diverged' ? en.diverged : 'Something went wrong'}</strong>
      <p>{failure.message}</p>
      {failure.kind === 'error' && <button type="button" onClick={dismiss}>Dismiss</button>}
    </div>
  );
}
