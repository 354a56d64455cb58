import { en } from '../../content/en';
import { useApp } from '../storeContext';
import { BACKEND_NAMES } from '../backendNames';

export function Header() {
  const backend = useApp((s) => s.backend);
  return (
    <header className="app-header">
      <div>
        <h1>{en.appTitle}</h1>
        <p className="tagline">{en.appTagline}</p>
      </div>
      <p className="backend-badge" title={backend?.reason ?? 'Choosing a compute backend…'}>
        {backend ? `Running on ${BACKEND_NAMES[backend.name]}` : 'Choosing a backend…'}
      </p>
    </header>
  );
}
