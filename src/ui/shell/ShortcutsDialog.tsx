import { useModalDialog } from '../common/useModalDialog';
import { useText } from '../useText';

/** The keyboard shortcuts, in a modal dialog (the browser's own: focus is trapped and Escape closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useText().shortcuts;
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <dl className="shortcut-list">
        {t.keys.map(([key, action]) => (
          <div key={key} className="shortcut">
            <dt><kbd>{key}</kbd></dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="primary-button" onClick={onClose}>{t.close}</button>
    </dialog>
  );
}
