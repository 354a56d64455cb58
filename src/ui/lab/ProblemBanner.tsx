import type { TrainerProblem } from '../../workers/problems';
import { useText } from '../useText';

/** A worded trainer problem with, where it helps, a Dismiss button. */
export function ProblemBanner({ problem, onDismiss }: { problem: TrainerProblem; onDismiss?: () => void }) {
  const t = useText();
  const text = t.problems.trainerProblem(problem);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{text.title}</strong>
      <p>{text.body}</p>
      {onDismiss && <button type="button" onClick={onDismiss}>{t.shell.dismiss}</button>}
    </div>
  );
}
