import { useShallow } from 'zustand/react/shallow';
import type { ReactNode } from 'react';
import { en } from '../../content/en';
import { useApp } from '../storeContext';
import { integer, lossText, percent } from '../format';
import { BACKEND_NAMES } from '../backendNames';

function Readout({ id, label, value, note, tip }: { id: string; label: string; value: string; note?: ReactNode; tip?: string }) {
  return (
    <div className="readout" title={tip}>
      <span id={id} className="readout-label">{label}</span>
      <output aria-labelledby={id} className="readout-value">{value}</output>
      {note && <span className="readout-note">{note}</span>}
    </div>
  );
}

export function Readouts() {
  const s = useApp(useShallow((state) => ({
    step: state.step, epoch: state.epoch, epochProgress: state.epochProgress, loss: state.loss, test: state.test,
    examplesPerSecond: state.examplesPerSecond, backend: state.backend, trainAccuracy: state.trainAccuracy,
  })));
  const r = en.readouts;
  return (
    <>
    <div className="readouts">
      <Readout id="readout-step" label={r.step} value={integer(s.step)} tip="Mini-batches of gradient descent so far." />
      <Readout id="readout-epoch" label={r.epoch} value={integer(s.epoch)} note={`${Math.floor(s.epochProgress * 100)}% through epoch ${s.epoch + 1}`} tip="Full passes over the 60,000 training images." />
      <Readout id="readout-loss" label={r.loss} value={s.loss === null ? '—' : lossText(s.loss)} tip={r.lossTip}
        note={s.trainAccuracy === null ? undefined : `training batches: ${percent(s.trainAccuracy, 1)} right`} />
      <Readout id="readout-test" label={r.testAccuracy} value={s.test ? percent(s.test.accuracy) : '—'} tip={r.testTip}
        note={s.test ? (s.test.scope === 'full' ? r.fullNote(s.test.count, s.epoch) : r.subsetNote(s.test.count)) : undefined} />
      <Readout id="readout-speed" label={r.examplesPerSecond} value={integer(s.examplesPerSecond)} tip="Training images processed per second (forward and backward pass)." />
      <Readout id="readout-backend" label={r.backend} value={s.backend ? BACKEND_NAMES[s.backend.name] : '…'} tip={s.backend?.reason} />
    </div>
    {s.backend && <p className="backend-reason" id="backend-reason">{s.backend.reason}</p>}
    </>
  );
}
