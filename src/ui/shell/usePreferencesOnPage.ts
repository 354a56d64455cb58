/** Puts the reader's language, theme and presentation mode on the document, where CSS and assistive technology read them. */
import { useEffect } from 'react';
import { useShell } from '../storeContext';
import { useText } from '../useText';

export function usePreferencesOnPage(): void {
  const { locale, theme, presentation } = useShell((s) => s.preferences);
  const title = useText().appTitle;
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    root.classList.toggle('presentation', presentation);
    document.title = title;
  }, [locale, theme, presentation, title]);
}
