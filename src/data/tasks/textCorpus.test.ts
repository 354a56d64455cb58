import { describe, expect, it } from 'vitest';
import { encodeText, prepareCorpus, TEXT_LIMITS, textProblems, UNKNOWN_SYMBOL } from './textCorpus';

describe('preparing a text', () => {
  it('splits by code point: an emoji and an astral-plane Han character are one symbol each', () => {
    const corpus = prepareCorpus('a😀𠀀a😀');
    expect(corpus.symbols).toEqual(['a', '😀', '𠀀']);
    expect(Array.from(corpus.codes)).toEqual([0, 1, 2, 0, 1]);
    expect(corpus.characters).toBe(5);
    // The symbols put back together give the text again.
    expect(Array.from(corpus.codes, (c) => corpus.symbols[c]).join('')).toBe('a😀𠀀a😀');
  });

  it('reads Windows and old Mac line ends as one "\\n"', () => {
    expect(prepareCorpus('a\r\nb\rc\n').symbols).toEqual(['a', '\n', 'b', 'c']);
  });

  it('cuts an enormous text to the limit and remembers how long it was', () => {
    const corpus = prepareCorpus('ab'.repeat(40_000));
    expect(corpus.characters).toBe(TEXT_LIMITS.maxCharacters);
    expect(corpus.codes).toHaveLength(TEXT_LIMITS.maxCharacters);
    expect(corpus.originalCharacters).toBe(80_000);
  });

  it('keeps the most frequent symbols of a huge vocabulary and reads the rest as unknown', () => {
    // 1000 different Han characters; the first 100 appear three times, the rest once.
    const han = Array.from({ length: 1000 }, (_v, i) => String.fromCodePoint(0x4e00 + i));
    const text = han.slice(0, 100).join('').repeat(3) + han.join('');
    const corpus = prepareCorpus(text);
    expect(corpus.distinctCharacters).toBe(1000);
    expect(corpus.symbols).toHaveLength(TEXT_LIMITS.maxSymbols);
    expect(corpus.symbols.at(-1)).toBe(UNKNOWN_SYMBOL);
    expect(corpus.unknownIndex).toBe(TEXT_LIMITS.maxSymbols - 1);
    // Every one of the 100 frequent characters is kept; 299 kept in all, so 701 rare ones are unknown.
    for (const c of han.slice(0, 100)) expect(corpus.symbols).toContain(c);
    expect(corpus.unknownCount).toBe(1000 - (TEXT_LIMITS.maxSymbols - 1));
    expect(Array.from(corpus.codes).filter((c) => c === corpus.unknownIndex)).toHaveLength(corpus.unknownCount);
  });

  it('encodes a seed: unknown characters become the unknown symbol, or are dropped when there is none', () => {
    const small = prepareCorpus('hello world');
    expect(encodeText(small, 'hex!')).toEqual({ codes: Int32Array.from([0, 1]), unknown: 2 });
    const han = Array.from({ length: 400 }, (_v, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const big = prepareCorpus(han);
    const encoded = encodeText(big, `${han[0]}😀`);
    expect(Array.from(encoded.codes)).toEqual([0, big.unknownIndex]);
    expect(encoded.unknown).toBe(1);
  });
});

describe('text problems', () => {
  it('refuses an empty text, a single repeated character, a text shorter than one sequence, and bad lengths', () => {
    expect(textProblems({ text: '', length: 10 })).toEqual([{ code: 'textEmpty' }]);
    expect(textProblems({ text: 'aaaaaaaaaaaaaaaaaaaa', length: 10 })).toEqual([{ code: 'textSingleSymbol' }]);
    expect(textProblems({ text: 'abcdefghij', length: 10 })).toEqual([{ code: 'textTooShort', min: 12 }]);
    expect(textProblems({ text: 'abcdefghijkl', length: 10 })).toEqual([]);
    for (const length of [3, 101, 3.5, Number.NaN]) {
      expect(textProblems({ text: 'abcdefghij'.repeat(20), length })).toEqual([{ code: 'lengthOutOfRange', ...TEXT_LIMITS.length }]);
    }
  });

  it('counts emoji as single characters when measuring length', () => {
    // 12 emoji are 24 UTF-16 units but only 12 characters: one short of a 11-step sequence plus its target.
    expect(textProblems({ text: '😀😃'.repeat(6), length: 11 })).toEqual([{ code: 'textTooShort', min: 13 }]);
    expect(textProblems({ text: '😀😃'.repeat(6), length: 10 })).toEqual([]);
  });
});
