import { useId, useState } from 'react';
import { useModalDialog } from '../../common/useModalDialog';
import { downloadFile } from '../../common/downloadFile';
import { useLab } from '../../storeContext';
import { useText } from '../../useText';
import { SLOTS_PER_WEIGHT } from '../../../engine/sessionState';
import { MAX_MODEL_NAME } from '../../../store/models/modelFileFormat';
import { modelFileName } from '../../../store/models/modelFileName';
import { modelNoticeText } from './modelNoticeText';

interface Props {
  open: boolean;
  /** What the name field starts with, e.g. "LeNet-5 · step 1,200". */
  defaultName: string;
  onClose(): void;
}

/** Names the model and saves it in this browser or downloads it as a file. */
export function SaveModelDialog({ open, defaultName, onClose }: Props) {
  const t = useText();
  const m = t.models;
  const id = useId();
  const dialog = useModalDialog(open);
  const [name, setName] = useState(defaultName);
  const [shownOpen, setShownOpen] = useState(false);
  if (open !== shownOpen) {
    setShownOpen(open);
    if (open) setName(defaultName);
  }
  const step = useLab((s) => s.step);
  const paramCount = useLab((s) => s.paramCount);
  const optimizer = useLab((s) => s.hyper.optimizer);
  const busy = useLab((s) => s.modelBusy) !== null;
  const notice = useLab((s) => s.modelNotice);
  const saveModel = useLab((s) => s.saveModel);
  const dismiss = useLab((s) => s.dismissModelNotice);
  const trimmed = name.trim() || defaultName;
  // Weights plus the optimizer's accumulators, four bytes each; the header adds little.
  const estimate = paramCount * 4 * (1 + SLOTS_PER_WEIGHT[optimizer]);
  const problem = notice && (notice.kind === 'notSaved' || notice.kind === 'libraryProblem') ? modelNoticeText(t, notice).text : null;

  const save = async (where: 'browser' | 'file') => {
    const bytes = await saveModel(trimmed, where);
    if (!bytes) return;
    if (where === 'file') downloadFile(bytes, modelFileName(trimmed), 'application/octet-stream');
    onClose();
  };
  const close = () => {
    if (problem) dismiss();
    onClose();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={() => { if (open) close(); }}>
      {open && (
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); void save('browser'); }}>
          <h2 id={`${id}-heading`}>{m.saveHeading}</h2>
          <p className="field">
            <label htmlFor={`${id}-name`}>{m.name}</label>
            <input id={`${id}-name`} type="text" value={name} maxLength={MAX_MODEL_NAME} autoComplete="off" onChange={(e) => setName(e.target.value)} />
          </p>
          <p>{m.contents(step, t.lab.optimizers[optimizer])} {paramCount > 0 && m.estimate(estimate)}</p>
          {problem && <p className="banner banner-error" role="alert">{problem}</p>}
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>{m.saveInBrowser}</button>
            <button type="button" disabled={busy} onClick={() => void save('file')}>{m.downloadFile}</button>
            <button type="button" onClick={close}>{m.cancel}</button>
          </div>
          {busy && <p className="hint" role="status">{m.saving}</p>}
        </form>
      )}
    </dialog>
  );
}
