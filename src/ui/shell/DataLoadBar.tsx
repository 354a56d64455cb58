import { en } from '../../content/en';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../storeContext';
import { megabytes } from '../format';

/** Download progress of the MNIST shards, with a retry button when a shard is missing or corrupt. */
export function DataLoadBar() {
  const { loadedBytes, totalBytes, trainAvailable, testAvailable, dataReady, dataError, retryData } = useApp(useShallow((s) => ({
    loadedBytes: s.loadedBytes, totalBytes: s.totalBytes, trainAvailable: s.trainAvailable, testAvailable: s.testAvailable,
    dataReady: s.dataReady, dataError: s.dataError, retryData: s.retryData,
  })));
  const done = totalBytes > 0 && loadedBytes >= totalBytes && trainAvailable === 60_000 && testAvailable === 10_000;
  if (dataError) {
    return (
      <div className="data-bar data-error" role="alert">
        <strong>{en.data.failed}</strong> {dataError}
        <button type="button" onClick={retryData}>{en.data.retry}</button>
      </div>
    );
  }
  const fraction = totalBytes > 0 ? loadedBytes / totalBytes : 0;
  return (
    <div className={`data-bar${done ? ' data-done' : ''}`}>
      <progress aria-label={en.data.label} max={1} value={fraction} />
      <span className="data-text" aria-live="polite">
        {done ? en.data.done : dataReady ? en.data.readyPartial(trainAvailable) : en.data.loading(megabytes(loadedBytes), totalBytes ? megabytes(totalBytes) : '…')}
      </span>
    </div>
  );
}
