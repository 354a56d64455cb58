import { trainerProblemText } from '../../content/problems';
import { en } from '../../content/en';
import { useLab } from '../storeContext';

/** Explains a diverged run or a trainer error of this lab's session, and says how to recover. */
export function FailureBanner() {
  const failure = useLab((s) => s.failure);
  const dismiss = useLab((s) => s.dismissFailure);
  if (!failure) return null;
  const text = trainerProblemText(failure);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{text.title}</strong>
      <p>{text.body}</p>
      {failure.code !== 'diverged' && <button type="button" onClick={dismiss}>{en.shell.dismiss}</button>}
    </div>
  );
}
