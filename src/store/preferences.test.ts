import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences, PREFERENCES_KEY, readPreferences, writePreferences } from './preferences';

describe('the reader\'s preferences', () => {
  it('read back what was written', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    writePreferences(storage, { locale: 'zh-TW', theme: 'dark', presentation: true });
    expect(readPreferences(storage)).toEqual({ locale: 'zh-TW', theme: 'dark', presentation: true });
    expect(store.has(PREFERENCES_KEY)).toBe(true);
  });

  it('fall back field by field, never throw', () => {
    expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('[1]')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('{"locale":"fr","theme":"dark","presentation":"yes"}')).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' });
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(readPreferences(refusing)).toEqual(DEFAULT_PREFERENCES);
    expect(() => writePreferences(refusing, DEFAULT_PREFERENCES)).not.toThrow();
  });
});
