/** The languages the playground speaks; each has a complete dictionary (content/dictionaries.ts). */
export type Locale = 'en' | 'zh-TW';
export const LOCALES: readonly Locale[] = ['en', 'zh-TW'];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so a reader finds their own whatever language is showing. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-TW': '繁體中文' };

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
