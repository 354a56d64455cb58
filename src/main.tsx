import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App';
import { createShellStore } from './store/shellStore';
import { createRunner } from './workers/runner';
import { ShellContext } from './ui/storeContext';
import './ui/styles.css';

// ?runner=main runs training on the page's thread (for debugging and browsers without module workers).
const params = new URLSearchParams(window.location.search);
const runner = createRunner(params.get('runner') === 'main');
const dataUrl = new URL('data/mnist/', document.baseURI).href;
const shell = createShellStore(runner, dataUrl);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ShellContext.Provider value={shell}>
      <App />
    </ShellContext.Provider>
  </StrictMode>,
);
