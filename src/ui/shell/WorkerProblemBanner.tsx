import { useShell } from '../storeContext';
import { ProblemBanner } from '../lab/ProblemBanner';

/** A failure of the trainer as a whole (not of one lab's session). */
export function WorkerProblemBanner() {
  const problem = useShell((s) => s.workerProblem);
  const dismiss = useShell((s) => s.dismissWorkerProblem);
  return problem ? <ProblemBanner problem={problem} onDismiss={dismiss} /> : null;
}
