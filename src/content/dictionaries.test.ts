import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './dictionaries';
import { LOCALES } from './locale';

type Leaf = { path: string; kind: 'string' | 'function' | 'array'; value: unknown };

/** Every leaf of a dictionary with its path: strings, functions and lists. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, kind: 'string', value }];
  if (typeof value === 'function') return [{ path, kind: 'function', value }];
  if (Array.isArray(value)) return [{ path, kind: 'array', value }, ...value.flatMap((item, i) => leaves(item, `${path}[${i}]`))];
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).sort().flatMap((key) => leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  throw new Error(`${path} holds a ${typeof value}, not text`);
}

describe('the dictionaries', () => {
  const english = leaves(DICTIONARIES.en);

  it('have exactly the same keys, of the same kinds, in every language', () => {
    for (const locale of LOCALES) {
      const other = leaves(DICTIONARIES[locale]);
      expect(other.map((l) => `${l.path}:${l.kind}`)).toEqual(english.map((l) => `${l.path}:${l.kind}`));
    }
  });

  it('have no empty text and no function that writes nothing', () => {
    for (const locale of LOCALES) {
      for (const leaf of leaves(DICTIONARIES[locale])) {
        if (leaf.kind === 'string') expect(String(leaf.value).trim(), `${locale} ${leaf.path}`).not.toBe('');
        if (leaf.kind === 'function') expect((leaf.value as (...args: never[]) => unknown).length, `${locale} ${leaf.path} takes the same arguments`)
          .toBe((english.find((l) => l.path === leaf.path)!.value as (...args: never[]) => unknown).length);
      }
    }
  });

  it('word the same numbers in both languages (a sample of functions)', () => {
    const zh = DICTIONARIES['zh-TW'];
    expect(zh.presetChange.endsRun('LeNet-5', '1,234')).toContain('1,234');
    expect(zh.milestones.epoch(2, '97.50%', 10000)).toContain('10,000');
    expect(zh.field.range({ min: 1, max: 1024, integer: true })).toContain('1,024');
    expect(DICTIONARIES.en.field.range({ min: 0, max: 10, aboveMin: true })).toBe('a number above 0 and at most 10');
  });

  it('the Chinese dictionary is written in Traditional characters (none of the common Simplified forms)', () => {
    const simplified = /[们这个为说时会从对过还进发动样经实现处问题网络训练数据层图]/;
    const text = leaves(DICTIONARIES['zh-TW']).filter((l) => l.kind === 'string').map((l) => String(l.value)).join('\n');
    expect(text.match(simplified)).toBeNull();
  });
});
