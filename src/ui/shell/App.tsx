import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { ScreenId } from '../../store/shellStore';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { DataLoadBar } from './DataLoadBar';
import { WorkerProblemBanner } from './WorkerProblemBanner';
import { ScreenBoundary } from './ScreenBoundary';
import { useHashRoute } from './useHashRoute';
import { useText } from '../useText';
import { useShellStore } from '../storeContext';
import { createShortcutTarget, ShortcutContext } from './shortcutTarget';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePreferencesOnPage } from './usePreferencesOnPage';
import { SkipLink, MAIN_CONTENT_ID } from './SkipLink';
import { ShareNoticeBanner } from './ShareNoticeBanner';
import { OfflineBanner } from './OfflineBanner';

// Each screen is its own chunk, loaded when first shown, so the first paint stays small.
const SCREENS: Record<ScreenId, ReturnType<typeof lazy>> = {
  cnn: lazy(() => import('../cnn/CnnScreen')),
  rnn: lazy(() => import('../rnn/RnnScreen')),
  conv: lazy(() => import('../conv/ConvScreen')),
  pool: lazy(() => import('../pool/PoolScreen')),
  arch: lazy(() => import('../arch/ArchScreen')),
};

export function App() {
  const t = useText();
  const screen = useHashRoute();
  const shell = useShellStore();
  const Screen = SCREENS[screen];
  const target = useMemo(() => createShortcutTarget(), []);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const togglePresentation = useCallback(() => {
    const { preferences, setPreferences } = shell.getState();
    setPreferences({ presentation: !preferences.presentation });
  }, [shell]);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useKeyboardShortcuts({ target, togglePresentation, showShortcuts });
  usePreferencesOnPage();
  return (
    <ShortcutContext.Provider value={target}>
      <SkipLink />
      <div className="app">
        <Header shortcutsOpen={shortcutsOpen} setShortcutsOpen={setShortcutsOpen} />
        <NavBar current={screen} />
        <section className="status-bars" aria-label={t.shell.status}>
          <DataLoadBar />
          <WorkerProblemBanner />
          <ShareNoticeBanner />
          <OfflineBanner />
        </section>
        <div id={MAIN_CONTENT_ID} tabIndex={-1} className="main-content">
          <ScreenBoundary key={screen}>
            <Suspense fallback={<p className="hint screen-loading" role="status">{t.shell.loadingScreen}</p>}>
              <Screen />
            </Suspense>
          </ScreenBoundary>
        </div>
      </div>
    </ShortcutContext.Provider>
  );
}
