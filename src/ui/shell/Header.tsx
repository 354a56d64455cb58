import { useText } from '../useText';
import { Toolbar } from './Toolbar';

/** The playground's name and the page settings; the compute backend is a readout of each lab. */
export function Header(props: { shortcutsOpen: boolean; setShortcutsOpen(open: boolean): void }) {
  const t = useText();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t.appTitle}</h1>
        <p className="tagline">{t.appTagline}</p>
      </div>
      <Toolbar {...props} />
    </header>
  );
}
