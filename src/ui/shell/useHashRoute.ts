/**
 * The screen named by the URL hash (#/cnn, #/rnn). Hash routes work on any static host and from
 * any sub-path; back, forward and reload keep the screen. An unknown hash shows the home screen
 * and is replaced (not pushed), so Back still leaves the site.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { HOME_SCREEN, SCREENS, type ScreenId } from '../../store/shellStore';
import { useShellStore } from '../storeContext';

export const screenHref = (screen: ScreenId) => `#/${screen}`;

/** The route an address names, known or not: `rnn` for #/rnn?v=1…, `nowhere` for #/nowhere. */
export const routeOfHash = (hash: string) => hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';

export function screenFromHash(hash: string): ScreenId | null {
  const name = routeOfHash(hash);
  return (SCREENS as readonly string[]).includes(name) ? (name as ScreenId) : null;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): ScreenId {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const screen = screenFromHash(hash) ?? HOME_SCREEN;
  const shell = useShellStore();
  useEffect(() => {
    if (screenFromHash(window.location.hash) === null) {
      history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${screenHref(screen)}`);
    }
    shell.getState().showScreen(screen);
  }, [screen, shell]);
  return screen;
}
