import { useShallow } from 'zustand/react/shallow';
import { en } from '../../content/en';
import { useLab } from '../storeContext';

/** Train, Pause, Step and Reset for the lab's session; `blocker` says why training cannot start. */
export function TrainingControls({ blocker }: { blocker: string | null }) {
  const status = useLab((s) => s.status);
  const configured = useLab((s) => s.configured);
  const pausedOnLeave = useLab((s) => s.pausedOnLeave);
  const { train, pause, step1, reset } = useLab(useShallow((s) => ({ train: s.train, pause: s.pause, step1: s.step1, reset: s.reset })));
  const training = status === 'training';
  const l = en.lab;
  const hint = blocker ?? (training ? l.training : pausedOnLeave ? l.pausedOnLeave : status === 'paused' ? l.paused : l.ready);
  return (
    <div className="controls">
      <div className="button-row" role="group" aria-label={l.controlsGroup}>
        <button type="button" className="primary" onClick={train} disabled={blocker !== null || training} title={blocker ?? en.controls.train}>
          {l.train}
        </button>
        <button type="button" onClick={pause} disabled={!training} title={en.controls.pause}>{l.pause}</button>
        <button type="button" onClick={step1} disabled={blocker !== null || training} title={blocker ?? en.controls.step}>{l.step}</button>
        <button type="button" onClick={reset} disabled={!configured && blocker !== null} title={en.controls.reset}>{l.reset}</button>
      </div>
      <p className="hint" aria-live="polite">{hint}</p>
    </div>
  );
}
