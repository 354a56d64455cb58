import { en } from '../../content/en';
import { trainerProblemText } from '../../content/problems';
import { useShell } from '../storeContext';

/** A failure of the trainer as a whole (not of one lab's session). */
export function WorkerProblemBanner() {
  const problem = useShell((s) => s.workerProblem);
  const dismiss = useShell((s) => s.dismissWorkerProblem);
  if (!problem) return null;
  const text = trainerProblemText(problem);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{text.title}</strong>
      <p>{text.body}</p>
      <button type="button" onClick={dismiss}>{en.shell.dismiss}</button>
    </div>
  );
}
