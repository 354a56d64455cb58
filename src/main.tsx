import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { createAppStore } from './store/appStore';
import { createRunner } from './workers/runner';
import { StoreContext } from './ui/storeContext';
import './ui/styles.css';

// ?runner=main runs training on the page's thread (for debugging and browsers without module workers).
const params = new URLSearchParams(window.location.search);
const runner = createRunner(params.get('runner') === 'main');
const dataUrl = new URL('data/mnist/', document.baseURI).href;
const store = createAppStore(runner, dataUrl);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
