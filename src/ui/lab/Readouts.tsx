import { useShallow } from 'zustand/react/shallow';
import type { ReactNode } from 'react';
import { en } from '../../content/en';
import { BACKEND_LABELS, backendReasonText } from '../../content/problems';
import type { TestAccuracy } from '../../store/lab/trainingSlice';
import { useLab, useShell } from '../storeContext';
import { integer, lossText, percent } from '../format';

export function Readout({ id, label, value, note, tip }: { id: string; label: string; value: string; note?: ReactNode; tip?: string }) {
  return (
    <div className="readout" title={tip}>
      <span id={id} className="readout-label">{label}</span>
      <output aria-labelledby={id} className="readout-value">{value}</output>
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
  const s = useLab(useShallow((state) => ({
    step: state.step, epoch: state.epoch, epochProgress: state.epochProgress, loss: state.loss, test: state.test,
    examplesPerSecond: state.examplesPerSecond, trainAccuracy: state.trainAccuracy,
  })));
  const backend = useShell((state) => state.backend);
  const r = en.readouts;
  const id = (name: string) => `${idPrefix}-readout-${name}`;
  return (
    <>
      <div className="readouts">
        <Readout id={id('step')} label={r.step} value={integer(s.step)} tip={en.lab.stepTip} />
        {s.epoch !== null && (
          <Readout id={id('epoch')} label={r.epoch} value={integer(s.epoch)} note={en.lab.epochNote(Math.floor(s.epochProgress * 100), s.epoch + 1)} tip={en.lab.epochTip} />
        )}
        <Readout id={id('loss')} label={r.loss} value={s.loss === null ? '—' : lossText(s.loss)} tip={lossTip}
          note={s.trainAccuracy === null ? undefined : en.lab.trainNote(percent(s.trainAccuracy, 1))} />
        <Readout id={id('test')} label={r.testAccuracy} value={s.test ? percent(s.test.accuracy) : '—'} tip={testTip}
          note={s.test ? testNote(s.test, s.epoch) : undefined} />
        {children}
        <Readout id={id('speed')} label={r.examplesPerSecond} value={integer(s.examplesPerSecond)} tip={en.lab.speedTip} />
        <Readout id={id('backend')} label={r.backend} value={backend ? BACKEND_LABELS[backend.name] : '…'} tip={backend ? backendReasonText(backend.reason) : undefined} />
      </div>
      {backend && <p className="backend-reason">{backendReasonText(backend.reason)}</p>}
    </>
  );
}
