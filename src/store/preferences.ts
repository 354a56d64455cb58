/**
 * How the reader likes the page: language, light or dark theme, presentation mode. Kept in local
 * storage apart from any lab's configuration; whatever is stored is checked field by field, so a
 * stale or edited entry can only fall back to defaults, never break the page.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../content/locale';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

export interface Preferences {
  locale: Locale;
  theme: Theme;
  presentation: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { locale: DEFAULT_LOCALE, theme: 'light', presentation: false };

export const PREFERENCES_KEY = 'cnn-rnn-playground:preferences';

/** Only what the storage can do that preferences need (a Storage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function parsePreferences(text: string | null, fallback: Preferences = DEFAULT_PREFERENCES): Preferences {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    locale: isLocale(stored.locale) ? stored.locale : fallback.locale,
    theme: THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : fallback.theme,
    presentation: typeof stored.presentation === 'boolean' ? stored.presentation : fallback.presentation,
  };
}

export function readPreferences(storage: KeyValueStorage | null, fallback?: Preferences): Preferences {
  try {
    return parsePreferences(storage?.getItem(PREFERENCES_KEY) ?? null, fallback);
  } catch {
    // Storage can be switched off (private mode, a strict policy); the defaults still work.
    return fallback ?? DEFAULT_PREFERENCES;
  }
}

export function writePreferences(storage: KeyValueStorage | null, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Full or disabled storage: the preference still holds for this visit.
  }
}
