import { lazy, Suspense } from 'react';
import { en } from '../../content/en';
import type { ScreenId } from '../../store/shellStore';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { DataLoadBar } from './DataLoadBar';
import { WorkerProblemBanner } from './WorkerProblemBanner';
import { ScreenBoundary } from './ScreenBoundary';
import { useHashRoute } from './useHashRoute';

// Each screen is its own chunk, loaded when first shown, so the first paint stays small.
const SCREENS: Record<ScreenId, ReturnType<typeof lazy>> = {
  cnn: lazy(() => import('../cnn/CnnScreen')),
  rnn: lazy(() => import('../rnn/RnnScreen')),
};

export function App() {
  const screen = useHashRoute();
  const Screen = SCREENS[screen];
  return (
    <div className="app">
      <Header />
      <NavBar current={screen} />
      <DataLoadBar />
      <WorkerProblemBanner />
      <ScreenBoundary key={screen}>
        <Suspense fallback={<p className="hint screen-loading" role="status">{en.shell.loadingScreen}</p>}>
          <Screen />
        </Suspense>
      </ScreenBoundary>
    </div>
  );
}
