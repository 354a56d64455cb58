import { en } from '../../content/en';
import { BACKEND_LABELS, backendReasonText } from '../../content/problems';
import { useShell } from '../storeContext';

export function Header() {
  const backend = useShell((s) => s.backend);
  return (
    <header className="app-header">
      <div>
        <h1>{en.appTitle}</h1>
        <p className="tagline">{en.appTagline}</p>
      </div>
      <p className="backend-badge" title={backend ? backendReasonText(backend.reason) : en.shell.choosingBackend}>
        {backend ? en.shell.runningOn(BACKEND_LABELS[backend.name]) : en.shell.choosingBackend}
      </p>
    </header>
  );
}
