import { describe, expect, it } from 'vitest';
import { grouped, pyFloat, pyLongString, pyNumber, pyString, pyStringList } from './pythonLiteral';
import { jsLongString, jsNumber, jsString, jsStringList } from './jsLiteral';
import { HOSTILE_TEXT } from './exportCases';
import { pythonMissing, runPython } from './pythonCheck';

/** Strings a literal must survive: quotes, backslashes, every line break, controls, bidi, surrogates. */
const STRINGS = [
  '', 'plain', '"double" and \'single\'', 'back\\slash\\', 'line\nbreak', 'cr\rlf\r\n', 'tab\tform\fvertical\v',
  'nul\u0000bell\u0007esc\u001bdel\u007f', 'c1\u0085\u009f', 'sep\u2028para\u2029', 'bidi \u202Eevil\u202C \u2066iso\u2069',
  'zero\u200Bwidth\u200D joiner\uFEFF', '學而時習之', '😀👨‍👩‍👧🇹🇼', 'lone high \uD83D end', 'lone low \uDE00 end', 'low then high \uDE00\uD83D',
  '\uFFFD replacement', '""" triple', "''' triple", '# not a comment', '${template}`', '</script>', HOSTILE_TEXT,
  'x'.repeat(500) + '\n'.repeat(3) + '😀'.repeat(100),
];

/** Evaluates a JavaScript literal the way a module would read it (tests only). */
const evalJs = (literal: string): unknown => new Function(`return ${literal};`)();

describe('JavaScript literals', () => {
  it('read back as exactly the same string', () => {
    for (const s of STRINGS) {
      expect(evalJs(jsString(s))).toBe(s);
      expect(evalJs(jsLongString(s, '  '))).toBe(s);
    }
    expect(evalJs(jsStringList(STRINGS, '  '))).toEqual(STRINGS);
  });

  it('never contain a raw line break, control, format character or lone surrogate', () => {
    for (const s of STRINGS) {
      expect(jsString(s)).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
    }
  });

  it('print numbers exactly', () => {
    for (const n of [0.001, 1e-7, 0.1 + 0.2, 5, -2, 1.5e-10, 123456789.125, 1e21]) expect(evalJs(jsNumber(n))).toBe(n);
    expect(jsNumber(0.001)).toBe('0.001');
  });
});

describe('Python literals', () => {
  const missing = pythonMissing();

  it.skipIf(missing !== null)(`read back as exactly the same string in python3${missing ? ` (skipped: ${missing})` : ''}`, () => {
    const jobs = STRINGS.flatMap((s) => [{ kind: 'literal' as const, text: pyString(s) }, { kind: 'literal' as const, text: pyLongString(s, '    ') }]);
    jobs.push({ kind: 'literal', text: pyStringList(STRINGS, '    ') });
    const results = runPython(jobs);
    STRINGS.forEach((s, i) => {
      expect(results[2 * i]).toBe(s);
      expect(results[2 * i + 1]).toBe(s);
    });
    expect(results.at(-1)).toEqual(STRINGS);
  });

  it.skipIf(missing !== null)('print numbers that python3 reads as the same double', () => {
    const numbers = [0.001, 1e-7, 0.1 + 0.2, 5, -2, 1.5e-10, 123456789.125, 1e21, 0.9, 0.999];
    const results = runPython(numbers.flatMap((n) => [{ kind: 'literal' as const, text: pyNumber(n) }, { kind: 'literal' as const, text: pyFloat(n) }]));
    numbers.forEach((n, i) => {
      expect(results[2 * i]).toBe(n);
      expect(results[2 * i + 1]).toBe(n);
    });
    expect(pyNumber(0.001)).toBe('0.001');
    expect(pyFloat(2)).toBe('2.0');
  });

  it('never contain a raw line break, control, format character or lone surrogate', () => {
    for (const s of STRINGS) {
      expect(pyString(s)).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
    }
  });

  it('groups thousands like the summary table', () => {
    expect(grouped(0)).toBe('0');
    expect(grouped(999)).toBe('999');
    expect(grouped(12345)).toBe('12,345');
    expect(grouped(1672570)).toBe('1,672,570');
    expect(grouped(12345)).toBe((12345).toLocaleString('en-US'));
  });
});
