import { useLab, useShell } from '../storeContext';
import { useText } from '../useText';

/**
 * Why Train is disabled, in words, or null when training can start. `valid` says whether the
 * lab's own settings can be built; `needsMnist` whether its task waits for the download.
 */
export function useTrainBlocker(valid: boolean, needsMnist: boolean): string | null {
  const dataProblem = useShell((s) => s.dataProblem !== null);
  const dataReady = useShell((s) => s.dataReady);
  const backend = useShell((s) => s.backend !== null);
  const diverged = useLab((s) => s.failure?.code === 'diverged');
  const b = useText().lab.blockers;
  if (!valid) return b.invalid;
  if (needsMnist && dataProblem && !dataReady) return b.dataFailed;
  if (needsMnist && !dataReady) return b.waitingForData;
  if (!backend) return b.choosingBackend;
  if (diverged) return b.diverged;
  return null;
}
