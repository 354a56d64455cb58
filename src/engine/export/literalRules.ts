/**
 * Which characters a generated string literal writes as an escape rather than as itself, shared
 * by the Python and the JavaScript writers: controls, line and paragraph separators, format
 * characters (bidirectional overrides, zero-width joiners, the byte-order mark) and lone
 * surrogates. Escaped, they still read back as exactly the same character, but they can neither
 * break the literal nor make the code look different from what it does.
 */

/** Control (Cc), format (Cf), line (Zl) and paragraph (Zp) separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** True when `character` (one code point, or one lone surrogate) must be written as an escape. */
export function needsEscape(character: string, codePoint: number): boolean {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return true;
  return INVISIBLE.test(character);
}
