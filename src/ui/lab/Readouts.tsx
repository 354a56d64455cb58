import { useShallow } from 'zustand/react/shallow';
import type { ReactNode } from 'react';
import type { TestAccuracy } from '../../store/lab/trainingSlice';
import { useLab, useShell } from '../storeContext';
import { integer, lossText, percent } from '../format';
import { useText } from '../useText';
import { Explain } from '../common/Explain';

/**
 * One figure with its label and explanation. It changes many times a second while training, so it
 * is not a live region (aria-live off): screen readers hear milestones from MilestoneAnnouncer
 * instead, and can read any figure when they reach it.
 */
export function Readout({ id, label, value, note, tip, className }: { id: string; label: string; value: string; note?: ReactNode; tip?: string; className?: string }) {
  return (
    <div className={className ? `readout ${className}` : 'readout'}>
      <span className="readout-head">
        <span id={id} className="readout-label">{label}</span>
        {tip && <Explain about={label}>{tip}</Explain>}
      </span>
      <output aria-labelledby={id} aria-live="off" className="readout-value">{value}</output>
      {note && <span className="readout-note">{note}</span>}
    </div>
  );
}

interface ReadoutsProps {
  /** Prefix for element ids, unique per lab. */
  idPrefix: string;
  lossTip: string;
  testTip: string;
  /** What the test figure was measured on, e.g. "estimate on 500 fixed test images". */
  testNote(test: TestAccuracy, epoch: number | null): string;
  /** Lab-specific readouts after the shared ones. */
  children?: ReactNode;
}

/** Step count, Epoch (when the task has epochs), Loss, Test accuracy, Examples per second and Backend. */
export function Readouts({ idPrefix, lossTip, testTip, testNote, children }: ReadoutsProps) {
  const t = useText();
  const s = useLab(useShallow((state) => ({
    step: state.step, epoch: state.epoch, epochProgress: state.epochProgress, loss: state.loss, test: state.test,
    examplesPerSecond: state.examplesPerSecond, trainAccuracy: state.trainAccuracy,
  })));
  const backend = useShell((state) => state.backend);
  const setBackendChoice = useShell((state) => state.setBackendChoice);
  const r = t.readouts;
  const id = (name: string) => `${idPrefix}-readout-${name}`;
  return (
    <>
      <div className="readouts">
        <Readout id={id('step')} label={r.step} value={integer(s.step)} tip={t.lab.stepTip} />
        {s.epoch !== null && (
          <Readout id={id('epoch')} label={r.epoch} value={integer(s.epoch)} note={t.lab.epochNote(Math.floor(s.epochProgress * 100), s.epoch + 1)} tip={t.lab.epochTip} />
        )}
        <Readout id={id('loss')} label={r.loss} value={s.loss === null ? '—' : lossText(s.loss)} tip={lossTip}
          note={s.trainAccuracy === null ? undefined : t.lab.trainNote(percent(s.trainAccuracy, 1))} />
        <Readout id={id('test')} label={r.testAccuracy} value={s.test ? percent(s.test.accuracy) : '—'} tip={testTip}
          note={s.test ? r.noteAtStep(testNote(s.test, s.epoch), s.test.step) : undefined} />
        {children}
        <Readout id={id('speed')} className="presentation-secondary" label={r.examplesPerSecond} value={integer(s.examplesPerSecond)} tip={t.lab.speedTip} />
        <Readout id={id('backend')} className="readout-text presentation-secondary" label={r.backend} value={backend ? t.problems.backendLabels[backend.name] : '…'} tip={t.controls.backend} />
      </div>
      {backend && (
        <p className="backend-reason">
          {t.problems.backendReason(backend.reason)}
          {backend.reason.code === 'autoRemembered' && (
            <> <button type="button" className="link-button" onClick={() => setBackendChoice('auto')}>{r.measureBackendAgain}</button></>
          )}
        </p>
      )}
    </>
  );
}
