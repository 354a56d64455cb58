import { en } from '../../content/en';
import { trainerProblemText } from '../../content/problems';
import type { TrainerProblem } from '../../workers/problems';

/** A worded trainer problem with, where it helps, a Dismiss button. */
export function ProblemBanner({ problem, onDismiss }: { problem: TrainerProblem; onDismiss?: () => void }) {
  const text = trainerProblemText(problem);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{text.title}</strong>
      <p>{text.body}</p>
      {onDismiss && <button type="button" onClick={onDismiss}>{en.shell.dismiss}</button>}
    </div>
  );
}
