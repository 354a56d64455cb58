import { useShallow } from 'zustand/react/shallow';
import { useShell } from '../storeContext';
import { megabytes } from '../format';
import { useText } from '../useText';

/** Download progress of the MNIST shards (shared by both labs), with Retry when a shard is missing or corrupt. */
export function DataLoadBar() {
  const t = useText();
  const { loadedBytes, totalBytes, trainAvailable, testAvailable, dataReady, dataProblem, retryData } = useShell(useShallow((s) => ({
    loadedBytes: s.loadedBytes, totalBytes: s.totalBytes, trainAvailable: s.trainAvailable, testAvailable: s.testAvailable,
    dataReady: s.dataReady, dataProblem: s.dataProblem, retryData: s.retryData,
  })));
  const done = totalBytes > 0 && loadedBytes >= totalBytes && trainAvailable === 60_000 && testAvailable === 10_000;
  if (dataProblem) {
    return (
      <div className="data-bar data-error" role="alert">
        <strong>{t.data.failed}</strong> {t.problems.dataProblem(dataProblem)}
        <button type="button" onClick={retryData}>{t.data.retry}</button>
      </div>
    );
  }
  const fraction = totalBytes > 0 ? loadedBytes / totalBytes : 0;
  return (
    <div className={`data-bar${done ? ' data-done' : ''}`}>
      <progress aria-label={t.data.label} max={1} value={fraction} />
      <span className="data-text" aria-live="polite">
        {done ? t.data.done : dataReady ? t.data.readyPartial(trainAvailable) : t.data.loading(megabytes(loadedBytes), totalBytes ? megabytes(totalBytes) : '…')}
      </span>
    </div>
  );
}
