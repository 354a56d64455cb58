import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App';
import { routeOfHash } from './ui/shell/useHashRoute';
import { createShellStore, HOME_SCREEN, SCREENS, type ScreenId } from './store/shellStore';
import { createRunner } from './workers/runner';
import { ShellContext } from './ui/storeContext';
import { DEFAULT_PREFERENCES, readPreferences, writePreferences, type KeyValueStorage, type Preferences } from './store/preferences';
import { readShareHash } from './store/share/shareCodec';
import { createShareSync } from './store/share/shareSync';
import { createModelLibrary } from './store/models/modelLibrary';
import { createServiceWorkerControl } from './store/offline/serviceWorkerControl';
import { readBackendVerdict, writeBackendVerdict } from './store/backendMemory';
import './ui/styles.css';

/** Local storage, or null where the browser refuses it (some private modes throw on access). */
function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** First visit: the reader's system theme and, for Chinese readers, Traditional Chinese. */
function systemPreferences(): Preferences {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const chinese = navigator.languages.some((l) => /^zh-(TW|HK|MO|Hant)/i.test(l));
  return { ...DEFAULT_PREFERENCES, theme: dark ? 'dark' : 'light', locale: chinese ? 'zh-TW' : 'en' };
}

// ?runner=main runs training on the page's thread (for debugging and browsers without module workers).
const params = new URLSearchParams(window.location.search);
const runner = createRunner(params.get('runner') === 'main');
const dataUrl = new URL('data/mnist/', document.baseURI).href;
const storage = localStorageOrNull();
const link = readShareHash(window.location.hash);
const screen: ScreenId = (SCREENS as readonly string[]).includes(link.route) ? (link.route as ScreenId) : HOME_SCREEN;
const stored = readPreferences(storage, systemPreferences());
// A link's language wins, and is remembered: the reader chose to open it.
const preferences: Preferences = link.locale ? { ...stored, locale: link.locale } : stored;
writePreferences(storage, preferences);
/** This tab's session storage, or null where the browser refuses it. */
function sessionStorageOrNull(): KeyValueStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const share = createShareSync({
  link, storage, session: sessionStorageOrNull(), currentHash: window.location.hash,
  writeHash: (hash) => history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${hash}`),
  addressRoute: () => routeOfHash(window.location.hash),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
}, screen, preferences.locale);
// A link pasted into this tab changes only the hash; open it as a fresh page would.
window.addEventListener('hashchange', () => {
  if (!share.isForeign(window.location.hash)) return;
  // The screen the link names may start and write its own settings before the reload lands; it must not.
  share.stop();
  window.location.reload();
});
/** The page's IndexedDB, or null where the browser refuses it (then models can only be downloaded). */
function indexedDbOrNull(): IDBFactory | null {
  try {
    return window.indexedDB ?? null;
  } catch {
    return null;
  }
}

const shell = createShellStore(runner, dataUrl, {
  screen, preferences, savePreferences: (p) => writePreferences(storage, p), share, modelLibrary: createModelLibrary(indexedDbOrNull()),
  // The service worker exists only in the production build (the dev server serves none).
  offline: import.meta.env.PROD ? createServiceWorkerControl(new URL('sw.js', document.baseURI).href) : null,
  rememberedBackend: readBackendVerdict(storage), rememberBackend: (verdict) => writeBackendVerdict(storage, verdict),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ShellContext.Provider value={shell}>
      <App />
    </ShellContext.Provider>
  </StrictMode>,
);
