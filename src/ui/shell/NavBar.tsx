import type { ScreenId } from '../../store/shellStore';
import { screenHref } from './useHashRoute';
import { useText } from '../useText';

const LINKS: { screen: ScreenId; label: 'cnnLab' | 'rnnLab' | 'convolution' | 'pooling' | 'architectures' }[] = [
  { screen: 'cnn', label: 'cnnLab' },
  { screen: 'rnn', label: 'rnnLab' },
  { screen: 'conv', label: 'convolution' },
  { screen: 'pool', label: 'pooling' },
  { screen: 'arch', label: 'architectures' },
];

/** Links to every screen; plain links, so they open in new tabs and work without JavaScript routing. */
export function NavBar({ current }: { current: ScreenId }) {
  const t = useText();
  return (
    <nav className="nav-bar" aria-label={t.shell.navigation}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.screen}>
            <a href={screenHref(link.screen)} aria-current={link.screen === current ? 'page' : undefined}>{t.shell[link.label]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
