/**
 * JavaScript literals for generated code: the same promise as pythonLiteral.ts (every user string
 * reads back exactly, and cannot break out of its literal), in single-quoted ES syntax.
 */
import { needsEscape } from './literalRules';
import { splitForLines } from './pythonLiteral';

const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One UTF-16 unit (escapes are only ever needed for BMP characters and lone surrogates). */
const jsEscape = (codePoint: number) => `\\u${codePoint.toString(16).padStart(4, '0')}`;

/** A single-quoted JavaScript string literal equal to `text`, UTF-16 unit for UTF-16 unit. */
export function jsString(text: string): string {
  let out = '';
  for (const character of String(text)) {
    const short = SHORT_ESCAPES[character];
    const codePoint = character.codePointAt(0)!;
    if (short !== undefined) out += short;
    else if (needsEscape(character, codePoint)) out += codePoint > 0xffff ? [...character].map((c) => jsEscape(c.charCodeAt(0))).join('') : jsEscape(codePoint);
    else out += character;
  }
  return `'${out}'`;
}

/**
 * A long text as a parenthesised, `+`-joined run of literals, one per line. Pieces never split a code point, so
 * joining them gives back exactly the same string.
 */
export function jsLongString(text: string, indent: string, width = 72): string {
  const pieces = splitForLines(String(text), width);
  if (pieces.length <= 1) return jsString(text);
  return `(\n${pieces.map((piece) => `${indent}${jsString(piece)}`).join(' +\n')}\n${indent.slice(2)})`;
}

/** A number exactly as JavaScript holds it (the shortest decimal that reads back as the same double). */
export function jsNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return Object.is(value, -0) ? '-0' : String(value);
}

/** An array literal of strings, several per line. */
export function jsStringList(items: readonly string[], indent: string, perLine = 12): string {
  if (items.length === 0) return '[]';
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(`${indent}${items.slice(i, i + perLine).map(jsString).join(', ')},`);
  return `[\n${lines.join('\n')}\n${indent.slice(2)}]`;
}
