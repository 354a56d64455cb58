import { useLab } from '../../storeContext';
import { useText } from '../../useText';
import { modelNoticeText } from './modelNoticeText';

/**
 * The outcome of the last save or load. A problem is an alert with a Dismiss button; a success is
 * a quiet status line.
 */
export function ModelNoticeLine() {
  const t = useText();
  const notice = useLab((s) => s.modelNotice);
  const dismiss = useLab((s) => s.dismissModelNotice);
  if (!notice) return <p className="model-notice" role="status" />;
  const { text, problem, title } = modelNoticeText(t, notice);
  if (!problem) return <p className="model-notice" role="status">{text}</p>;
  return (
    <div className="banner banner-error" role="alert">
      {title && <strong>{title}</strong>}
      <p>{text}</p>
      <button type="button" onClick={dismiss}>{t.shell.dismiss}</button>
    </div>
  );
}
