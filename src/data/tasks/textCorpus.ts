/**
 * Turning a user's text into the symbols a character model reads. A "character" is a Unicode
 * code point, never a UTF-16 unit, so an emoji or a rare Han character is one symbol, not two
 * halves. Very long texts are cut, and very large vocabularies keep their most frequent symbols
 * and read the rest as one "unknown" symbol; the UI says when either happened.
 */

export const TEXT_LIMITS = {
  /** Code points used for training; the rest of a longer text is left out. */
  maxCharacters: 50_000,
  /** Symbols in the vocabulary, the unknown symbol included (one-hot inputs and softmax outputs of this size). */
  maxSymbols: 300,
  /** Characters per training sequence (steps the network is unrolled for). */
  length: { min: 4, max: 100 },
} as const;

/** What every character outside the kept vocabulary is read as. */
export const UNKNOWN_SYMBOL = '\uFFFD';

export interface Corpus {
  /** Symbol index → character, in order of first appearance; the unknown symbol (if any) last. */
  symbols: string[];
  /** The (cut) text as symbol indices. */
  codes: Int32Array;
  /** Code points used. */
  characters: number;
  /** Code points in the text as given (after line-end normalisation). */
  originalCharacters: number;
  /** Different characters in the used part, before the vocabulary cap. */
  distinctCharacters: number;
  /** Index of the unknown symbol, or null when every character kept its own symbol. */
  unknownIndex: number | null;
  /** Occurrences read as unknown. */
  unknownCount: number;
}

/** What is wrong with a text task, as codes the UI words. */
export type TextProblem =
  | { code: 'textEmpty' }
  | { code: 'textSingleSymbol' }
  | { code: 'textTooShort'; min: number }
  | { code: 'lengthOutOfRange'; min: number; max: number };

/** The code points of a text with Windows and old Mac line ends made "\n". */
export function codePoints(text: string): string[] {
  return Array.from(text.replace(/\r\n?/g, '\n'));
}

export function prepareCorpus(text: string): Corpus {
  const all = codePoints(text);
  const used = all.length > TEXT_LIMITS.maxCharacters ? all.slice(0, TEXT_LIMITS.maxCharacters) : all;
  // Count each character, remembering where it first appeared (ties in frequency go to the earlier one).
  const counts = new Map<string, { count: number; first: number }>();
  used.forEach((c, i) => {
    const seen = counts.get(c);
    if (seen) seen.count += 1;
    else counts.set(c, { count: 1, first: i });
  });
  const distinct = [...counts.entries()];
  let kept = distinct;
  const overflow = distinct.length > TEXT_LIMITS.maxSymbols;
  if (overflow) {
    kept = [...distinct].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first).slice(0, TEXT_LIMITS.maxSymbols - 1);
    kept.sort((a, b) => a[1].first - b[1].first);
  }
  const symbols = kept.map(([c]) => c);
  const unknownIndex = overflow ? symbols.length : null;
  if (overflow) symbols.push(UNKNOWN_SYMBOL);
  const index = new Map(symbols.map((c, i) => [c, i]));
  if (unknownIndex !== null) index.delete(UNKNOWN_SYMBOL);
  let unknownCount = 0;
  const codes = Int32Array.from(used, (c) => {
    const at = index.get(c);
    if (at !== undefined) return at;
    unknownCount += 1;
    return unknownIndex!;
  });
  return {
    symbols, codes, characters: used.length, originalCharacters: all.length, distinctCharacters: distinct.length, unknownIndex, unknownCount,
  };
}

/**
 * A seed string as symbol indices: characters outside the vocabulary become the unknown symbol
 * when there is one, and are dropped otherwise; either way they are counted in `unknown`.
 */
export function encodeText(corpus: Corpus, text: string): { codes: Int32Array; unknown: number } {
  const index = new Map(corpus.symbols.map((c, i) => [c, i]));
  if (corpus.unknownIndex !== null) index.delete(UNKNOWN_SYMBOL);
  const codes: number[] = [];
  let unknown = 0;
  for (const c of codePoints(text)) {
    const at = index.get(c);
    if (at !== undefined) codes.push(at);
    else {
      unknown += 1;
      if (corpus.unknownIndex !== null) codes.push(corpus.unknownIndex);
    }
  }
  return { codes: Int32Array.from(codes), unknown };
}

export function textProblems(spec: { text: string; length: number }): TextProblem[] {
  const problems: TextProblem[] = [];
  const { min, max } = TEXT_LIMITS.length;
  const length = spec.length;
  const lengthOk = typeof length === 'number' && Number.isInteger(length) && length >= min && length <= max;
  if (!lengthOk) problems.push({ code: 'lengthOutOfRange', min, max });
  const characters = codePoints(typeof spec.text === 'string' ? spec.text : '').slice(0, TEXT_LIMITS.maxCharacters);
  if (characters.length === 0) problems.push({ code: 'textEmpty' });
  else if (new Set(characters).size < 2) problems.push({ code: 'textSingleSymbol' });
  else if (lengthOk && characters.length < length + 2) problems.push({ code: 'textTooShort', min: length + 2 });
  return problems;
}
