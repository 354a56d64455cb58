import { useId, useMemo, useState } from 'react';
import { useModalDialog } from '../../common/useModalDialog';
import { downloadFile } from '../../common/downloadFile';
import { useText } from '../../useText';
import { exportFileName, exportKeras, exportNotes, exportTfjs, type ExportInput, type ExportLanguage } from '../../../engine/export';

interface Props {
  open: boolean;
  /** The lab's network and settings, or null while they have problems (nothing to export then). */
  input: ExportInput | null;
  onClose(): void;
}

const LANGUAGES: readonly ExportLanguage[] = ['keras', 'tfjs'];

/**
 * The lab's network as runnable Keras (Python) or TensorFlow.js code, to read, copy or download,
 * with where it departs from those libraries' defaults.
 */
export function ExportCodeDialog({ open, input, onClose }: Props) {
  const t = useText();
  const e = t.exportCode;
  const id = useId();
  const dialog = useModalDialog(open);
  const [language, setLanguage] = useState<ExportLanguage>('keras');
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  // Written only while the dialog is open: a text task's code carries the whole text.
  const exported = useMemo(() => {
    if (!open || !input) return null;
    return { code: language === 'keras' ? exportKeras(input) : exportTfjs(input), fileName: exportFileName(input, language), notes: exportNotes(input) };
  }, [open, input, language]);
  const notes = exported?.notes.filter((n) => n.appliesTo === 'both' || n.appliesTo === language) ?? [];
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exported?.code ?? '');
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  const choose = (next: ExportLanguage) => {
    setLanguage(next);
    setCopied(null);
  };
  return (
    <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby={`${id}-heading`} onClose={() => { if (open) onClose(); }}>
      {open && (
        <div>
          <h2 id={`${id}-heading`}>{e.heading}</h2>
          {!exported ? <p role="alert" className="banner banner-error">{t.lab.blockers.invalid}</p> : (
            <>
              <fieldset className="segmented">
                <legend>{e.languageChoice}</legend>
                {LANGUAGES.map((l) => (
                  <label key={l} className={l === language ? 'segment segment-on' : 'segment'}>
                    <input type="radio" name={`${id}-language`} value={l} checked={l === language} onChange={() => choose(l)} />
                    {e.languages[l]}
                  </label>
                ))}
              </fieldset>
              <p>{language === 'keras' ? e.kerasIntro(exported.fileName) : e.tfjsIntro(exported.fileName)} {e.sameAsApp}</p>
              <pre className="code-block" tabIndex={0} aria-label={e.languages[language]}><code>{exported.code}</code></pre>
              <div className="button-row">
                <button type="button" className="primary" onClick={() => void copy()}>{e.copy}</button>
                <button type="button" onClick={() => downloadFile(exported.code, exported.fileName, language === 'keras' ? 'text/x-python' : 'text/javascript')}>{e.download}</button>
                <span role="status" className="hint">{copied === 'copied' ? e.copied : copied === 'failed' ? e.copyFailed : ''}</span>
              </div>
              {notes.length > 0 && (
                <>
                  <h3>{e.differencesHeading}</h3>
                  <ul className="export-notes">
                    {notes.map((n, i) => <li key={`${n.code}-${i}`}>{e.note(n)}</li>)}
                  </ul>
                </>
              )}
            </>
          )}
          <div className="button-row">
            <button type="button" onClick={onClose}>{e.close}</button>
          </div>
        </div>
      )}
    </dialog>
  );
}
