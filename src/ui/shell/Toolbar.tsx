import { useState } from 'react';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../content/locale';
import { useShell } from '../storeContext';
import { useText } from '../useText';
import { ShortcutsDialog } from './ShortcutsDialog';

/** Language, theme, presentation mode, the share link and the list of shortcuts: what a lecturer sets before class. */
export function Toolbar({ shortcutsOpen, setShortcutsOpen }: { shortcutsOpen: boolean; setShortcutsOpen(open: boolean): void }) {
  const t = useText();
  const preferences = useShell((s) => s.preferences);
  const setPreferences = useShell((s) => s.setPreferences);
  const share = useShell((s) => s.share);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    // An edit made a moment ago may still be waiting for its debounced address write.
    share?.flush();
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      // Without clipboard permission the link is still in the address bar; say so.
      setCopied('failed');
    }
    window.setTimeout(() => setCopied(null), 4000);
  };
  const dark = preferences.theme === 'dark';
  return (
    <div className="toolbar" role="group" aria-label={t.shell.toolbar}>
      <span className="toolbar-field">
        <label htmlFor="language">{t.shell.language}</label>
        <select id="language" value={preferences.locale} onChange={(e) => setPreferences({ locale: e.target.value as Locale })}>
          {LOCALES.map((locale) => <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES[locale]}</option>)}
        </select>
      </span>
      <button type="button" aria-pressed={dark} onClick={() => setPreferences({ theme: dark ? 'light' : 'dark' })}>
        <span aria-hidden="true" className="toolbar-icon">{dark ? '☾' : '☀'}</span>{t.shell.theme}
      </button>
      <button type="button" aria-pressed={preferences.presentation} onClick={() => setPreferences({ presentation: !preferences.presentation })}>
        {t.shell.presentation}
      </button>
      <button type="button" onClick={() => void copy()}>{t.shell.copyLink}</button>
      <button type="button" aria-haspopup="dialog" onClick={() => setShortcutsOpen(true)}>
        <span aria-hidden="true" className="toolbar-icon">⌨</span>{t.shortcuts.button}
      </button>
      <span className="toolbar-status" role="status">{copied === 'copied' ? t.shell.linkCopied : copied === 'failed' ? t.shell.linkNotCopied : ''}</span>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
