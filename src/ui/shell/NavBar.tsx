import { en } from '../../content/en';
import type { ScreenId } from '../../store/shellStore';
import { screenHref } from './useHashRoute';

const LINKS: { screen: ScreenId; label: string }[] = [
  { screen: 'cnn', label: en.shell.cnnLab },
  { screen: 'rnn', label: en.shell.rnnLab },
];

/** Links to every screen; plain links, so they open in new tabs and work without JavaScript routing. */
export function NavBar({ current }: { current: ScreenId }) {
  return (
    <nav className="nav-bar" aria-label={en.shell.navigation}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.screen}>
            <a href={screenHref(link.screen)} aria-current={link.screen === current ? 'page' : undefined}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
