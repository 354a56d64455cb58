import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useModalDialog } from '../../common/useModalDialog';
import { downloadFile } from '../../common/downloadFile';
import { useLab, useShell } from '../../storeContext';
import { useText } from '../../useText';
import type { LabId, SavedModelInfo } from '../../../store/models/modelLibrary';
import { modelFileName, MODEL_FILE_EXTENSION } from '../../../store/models/modelFileName';
import { SavedModelRow } from './SavedModelRow';
import { modelNoticeText } from './modelNoticeText';

interface Props {
  open: boolean;
  lab: LabId;
  /** The network a saved model holds, in words (its preset's name, or "Custom network"). */
  networkName(presetId: string | null): string;
  onClose(): void;
}

/**
 * Loads a model: one of this lab's models saved in this browser (which can also be renamed,
 * downloaded or deleted here), or a file, chosen or dropped. A refused file is explained here and
 * the dialog stays open, so another can be tried; the lab's work is untouched.
 */
export function LoadModelDialog({ open, lab, networkName, onClose }: Props) {
  const t = useText();
  const m = t.models;
  const id = useId();
  const dialog = useModalDialog(open);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const shell = useShell(useShallow((s) => ({
    savedModels: s.savedModels, libraryProblem: s.libraryProblem, refreshSavedModels: s.refreshSavedModels,
    readFromLibrary: s.readFromLibrary, renameSavedModel: s.renameSavedModel, deleteSavedModel: s.deleteSavedModel,
  })));
  const step = useLab((s) => s.step);
  const busy = useLab((s) => s.modelBusy) !== null;
  const notice = useLab((s) => s.modelNotice);
  const { loadModelFile, loadSavedModel, dismissModelNotice } = useLab(useShallow((s) => ({
    loadModelFile: s.loadModelFile, loadSavedModel: s.loadSavedModel, dismissModelNotice: s.dismissModelNotice,
  })));
  const { refreshSavedModels } = shell;

  useEffect(() => {
    if (open) void refreshSavedModels();
  }, [open, refreshSavedModels]);

  const mine = (shell.savedModels ?? []).filter((model) => model.lab === lab);
  const others = (shell.savedModels ?? []).length - mine.length;
  const otherLab = lab === 'cnn' ? t.shell.rnnLab : t.shell.cnnLab;
  const refusal = notice && (notice.kind === 'refused' || notice.kind === 'libraryProblem') ? modelNoticeText(t, notice) : null;

  const close = () => {
    if (refusal) dismissModelNotice();
    onClose();
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    if (await loadModelFile(file.name, file.size, () => file.arrayBuffer())) onClose();
  };
  const loadSaved = async (model: SavedModelInfo) => {
    if (await loadSavedModel(model.id, model.name)) onClose();
  };
  const download = async (model: SavedModelInfo) => {
    try {
      downloadFile(await shell.readFromLibrary(model.id), modelFileName(model.name), 'application/octet-stream');
    } catch {
      await refreshSavedModels();
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void loadFile(e.dataTransfer.files[0]);
  };

  return (
    <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby={`${id}-heading`} onClose={() => { if (open) close(); }}>
      {open && (
        <div onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
          <h2 id={`${id}-heading`}>{m.loadHeading}</h2>
          <p>{m.loadIntro} {step > 0 && m.replacesRun(step)}</p>
          {refusal && (
            <div className="banner banner-error" role="alert">
              {refusal.title && <strong>{refusal.title}</strong>}
              <p>{refusal.text}</p>
            </div>
          )}
          <h3>{m.savedHere}</h3>
          {shell.libraryProblem && <p className="hint">{m.libraryProblem(shell.libraryProblem)}</p>}
          {mine.length === 0 ? <p className="hint">{m.noneSaved}</p> : (
            <ul className="saved-model-list" aria-label={m.savedHere}>
              {mine.map((model) => (
                <SavedModelRow key={model.id} model={model} network={networkName(model.presetId)} busy={busy}
                  onLoad={() => void loadSaved(model)} onRename={(name) => void shell.renameSavedModel(model.id, name)}
                  onDelete={() => void shell.deleteSavedModel(model.id)} onDownload={() => void download(model)} />
              ))}
            </ul>
          )}
          {others > 0 && <p className="hint">{m.otherLab(others, otherLab)}</p>}
          <h3>{m.fromFile}</h3>
          <div className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}>
            <label htmlFor={`${id}-file`} className="visually-hidden">{m.fileLabel}</label>
            <input ref={fileInput} id={`${id}-file`} className="visually-hidden" type="file" accept={`${MODEL_FILE_EXTENSION},application/octet-stream`}
              onChange={(e) => { void loadFile(e.target.files?.[0]); e.target.value = ''; }} />
            <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>{m.chooseFile}</button>
            <span className="hint">{m.dropHint}</span>
          </div>
          {busy && <p className="hint" role="status">{m.reading}</p>}
          <div className="button-row">
            <button type="button" onClick={close}>{m.close}</button>
          </div>
        </div>
      )}
    </dialog>
  );
}
