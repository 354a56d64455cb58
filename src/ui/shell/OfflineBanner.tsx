import { useShell } from '../storeContext';
import { useText } from '../useText';

/**
 * Tells once that the playground now works offline, and offers a waiting new version: the page
 * reloads into it only when the reader says so (training on screen would otherwise vanish).
 */
export function OfflineBanner() {
  const t = useText();
  const o = t.offline;
  const justReady = useShell((s) => s.offlineJustReady);
  const updateReady = useShell((s) => s.updateReady);
  const applyUpdate = useShell((s) => s.applyUpdate);
  const dismissUpdate = useShell((s) => s.dismissUpdate);
  const dismissOfflineNotice = useShell((s) => s.dismissOfflineNotice);
  if (updateReady) {
    return (
      <div className="banner banner-notice" role="status">
        <strong>{o.updateHeading}</strong>
        <p>{o.updateBody}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={applyUpdate}>{o.reloadToUpdate}</button>
          <button type="button" onClick={dismissUpdate}>{o.later}</button>
        </div>
      </div>
    );
  }
  if (!justReady) return null;
  return (
    <div className="banner banner-notice" role="status">
      <p>{o.ready}</p>
      <button type="button" onClick={dismissOfflineNotice}>{t.shell.dismiss}</button>
    </div>
  );
}
