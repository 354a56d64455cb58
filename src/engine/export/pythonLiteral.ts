/**
 * Python literals for generated code. Every user string (a title, a layer name, a whole pasted
 * text) goes through pyString, so nothing a user types can end the string early, start a comment
 * or hide code behind a bidirectional-text control character; Chinese and emoji stay readable.
 */
import { needsEscape } from './literalRules';

/** One code point as a Python escape: \xNN, \uNNNN (lone surrogates included) or \UNNNNNNNN. */
function pyEscape(codePoint: number): string {
  if (codePoint <= 0xff) return `\\x${codePoint.toString(16).padStart(2, '0')}`;
  if (codePoint <= 0xffff) return `\\u${codePoint.toString(16).padStart(4, '0')}`;
  return `\\U${codePoint.toString(16).padStart(8, '0')}`;
}

const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The body of a double-quoted Python string (without the quotes). */
function pyStringBody(text: string): string {
  let out = '';
  // for…of walks code points, so an emoji stays one character and a lone surrogate is seen alone.
  for (const character of text) {
    const short = SHORT_ESCAPES[character];
    const codePoint = character.codePointAt(0)!;
    if (short !== undefined) out += short;
    else if (needsEscape(character, codePoint)) out += pyEscape(codePoint);
    else out += character;
  }
  return out;
}

/** A double-quoted Python str literal equal to `text`, code point for code point. */
export function pyString(text: string): string {
  return `"${pyStringBody(String(text))}"`;
}

/**
 * A long text as adjacent string literals, one per line (Python joins adjacent literals), broken
 * after each newline and every `width` code points, indented by `indent`.
 */
export function pyLongString(text: string, indent: string, width = 72): string {
  const pieces = splitForLines(String(text), width);
  if (pieces.length <= 1) return pyString(text);
  return `(\n${pieces.map((piece) => `${indent}${pyString(piece)}`).join('\n')}\n${indent.slice(4)})`;
}

/** Cuts a text into pieces of at most `width` code points, ending a piece after every newline. */
export function splitForLines(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let count = 0;
  for (const character of text) {
    piece += character;
    count += 1;
    if (character === '\n' || count >= width) {
      pieces.push(piece);
      piece = '';
      count = 0;
    }
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece);
  return pieces;
}

/**
 * A number exactly as JavaScript holds it: the shortest decimal that reads back as the same double
 * (so 0.001 stays `0.001`). Python's float() reads the same decimal to the same double.
 */
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return 'float("nan")';
  if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
  return String(value);
}

/** As pyNumber, but always a Python float (1 → `1.0`), for settings Keras documents as floats. */
export function pyFloat(value: number): string {
  const text = pyNumber(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

/** A Python list of strings, several per line when they are short. */
export function pyStringList(items: readonly string[], indent: string, perLine = 12): string {
  if (items.length === 0) return '[]';
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(`${indent}${items.slice(i, i + perLine).map(pyString).join(', ')},`);
  return `[\n${lines.join('\n')}\n${indent.slice(4)}]`;
}

/** Python's True / False. */
export const pyBool = (value: boolean): string => (value ? 'True' : 'False');

/** 12345 → "12,345" (the summary's thousands separators, independent of the machine's locale). */
export function grouped(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const withCommas = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}
