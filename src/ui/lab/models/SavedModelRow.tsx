import { useState, type KeyboardEvent } from 'react';
import type { SavedModelInfo } from '../../../store/models/modelLibrary';
import { MAX_MODEL_NAME } from '../../../store/models/modelFileFormat';
import { integer, percent } from '../../format';
import { useText } from '../../useText';

interface Props {
  model: SavedModelInfo;
  network: string;
  busy: boolean;
  onLoad(): void;
  onRename(name: string): void;
  onDelete(): void;
  onDownload(): void;
}

/** One saved model: what it is, and Load, Rename (in place), Download and Delete (asked first). */
export function SavedModelRow({ model, network, busy, onLoad, onRename, onDelete, onDownload }: Props) {
  const m = useText().models;
  const [mode, setMode] = useState<'show' | 'rename' | 'delete'>('show');
  const [name, setName] = useState(model.name);
  const commit = () => {
    const next = name.trim();
    if (next && next !== model.name) onRename(next);
    setMode('show');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
    if (e.key === 'Escape') {
      // Escape leaves the renaming, not the dialog.
      e.preventDefault();
      e.stopPropagation();
      setName(model.name);
      setMode('show');
    }
  };
  const details = [
    network, m.stepShort(integer(model.step)),
    model.testAccuracy === null ? null : m.accuracyShort(percent(model.testAccuracy)),
    m.savedAt(model.savedAt), m.size(model.bytes),
  ].filter((d) => d !== null).join(' · ');
  return (
    <li className="saved-model">
      <div className="saved-model-text">
        {mode === 'rename' ? (
          <input type="text" value={name} maxLength={MAX_MODEL_NAME} aria-label={m.newName(model.name)} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={onKey} />
        ) : <strong className="saved-model-name">{model.name}</strong>}
        <span className="hint">{details}</span>
      </div>
      <div className="row-actions">
        {mode === 'rename' && (
          <>
            <button type="button" onClick={commit}>{m.saveName}</button>
            <button type="button" onClick={() => { setName(model.name); setMode('show'); }}>{m.cancel}</button>
          </>
        )}
        {mode === 'delete' && (
          <span className="confirm-delete" role="group" aria-label={m.confirmDelete(model.name)}>
            <span>{m.confirmDelete(model.name)}</span>
            <button type="button" onClick={() => { setMode('show'); onDelete(); }}>{m.deleteShort}</button>
            <button type="button" autoFocus onClick={() => setMode('show')}>{m.keep}</button>
          </span>
        )}
        {mode === 'show' && (
          <>
            <button type="button" className="primary-button" disabled={busy} aria-label={m.loadNamed(model.name)} onClick={onLoad}>{m.loadShort}</button>
            <button type="button" aria-label={m.renameNamed(model.name)} onClick={() => { setName(model.name); setMode('rename'); }}>{m.renameShort}</button>
            <button type="button" aria-label={m.downloadNamed(model.name)} onClick={onDownload}>{m.downloadShort}</button>
            <button type="button" aria-label={m.deleteNamed(model.name)} onClick={() => setMode('delete')}>{m.deleteShort}</button>
          </>
        )}
      </div>
    </li>
  );
}
