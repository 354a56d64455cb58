import { useShallow } from 'zustand/react/shallow';
import { en } from '../../content/en';
import { useApp } from '../storeContext';
import { useTrainBlocker } from './useCanTrain';

export function TrainingControls() {
  const status = useApp((s) => s.status);
  const configured = useApp((s) => s.configured);
  const { train, pause, step1, reset } = useApp(useShallow((s) => ({ train: s.train, pause: s.pause, step1: s.step1, reset: s.reset })));
  const blocker = useTrainBlocker();
  const training = status === 'training';
  return (
    <div className="controls">
      <div className="button-row" role="group" aria-label="Training controls">
        <button type="button" className="primary" onClick={train} disabled={blocker !== null || training} title={blocker ?? en.controls.train}>
          Train
        </button>
        <button type="button" onClick={pause} disabled={!training} title={en.controls.pause}>Pause</button>
        <button type="button" onClick={step1} disabled={blocker !== null || training} title={blocker ?? en.controls.step}>Step</button>
        <button type="button" onClick={reset} disabled={!configured && blocker !== null} title={en.controls.reset}>Reset</button>
      </div>
      <p className="hint" aria-live="polite">{blocker ?? (training ? 'Training…' : status === 'paused' ? 'Paused.' : 'Ready.')}</p>
    </div>
  );
}
