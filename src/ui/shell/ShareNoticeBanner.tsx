import { SHARE_VERSION, type ShareProblem } from '../../store/share/shareCodec';
import { useShell } from '../storeContext';
import { useText } from '../useText';
import type { Dictionary } from '../../content/dictionaries';

function problemText(problem: ShareProblem, s: Dictionary['share']): string {
  switch (problem.code) {
    case 'unreadable':
      return s.unreadable;
    case 'tooLong':
      return s.tooLong(problem.length, problem.max);
    case 'noVersion':
      return s.noVersion;
    case 'futureVersion':
      return s.futureVersion(problem.version, SHARE_VERSION);
  }
}

/** Says what a link could not give and what stands in for it; the page works either way. */
export function ShareNoticeBanner() {
  const t = useText();
  const s = t.share;
  const notice = useShell((state) => state.shareNotice);
  const dismiss = useShell((state) => state.dismissShareNotice);
  if (!notice || (notice.problems.length === 0 && notice.replaced.length === 0)) return null;
  return (
    <div className="banner banner-notice" role="status">
      <strong>{s.heading}</strong>
      {notice.problems.map((problem) => <p key={problem.code}>{problemText(problem, s)}</p>)}
      {notice.replaced.length > 0 && <p>{s.replaced(s.list(notice.replaced.map((field) => s.fields[field])))}</p>}
      <button type="button" onClick={dismiss}>{t.shell.dismiss}</button>
    </div>
  );
}
