import { describe, expect, it } from 'vitest';
import { BUILTIN_TEXTS } from './builtinTexts';
import { textProblems } from './textCorpus';
import { createTextTask, holdsOutTest, textGeometry } from './textTask';

const TEXT = 'the quick brown fox jumps over the lazy dog. '.repeat(10);
const chars = Array.from(TEXT);

describe('the text task', () => {
  it('reads one character per step and answers the next one at every step', () => {
    const task = createTextTask({ id: 'text', text: TEXT, length: 8 }, 3);
    const symbols = task.corpus.symbols.length;
    expect(task.geometry).toEqual({ input: [8, symbols], output: { kind: 'classes', classes: symbols }, perStep: true, shape: 'manyToMany' });
    expect(textGeometry({ id: 'text', text: TEXT, length: 8 })).toEqual(task.geometry);
    const batch = task.nextBatch(5);
    expect(batch.count).toBe(5);
    expect(batch.inputs).toHaveLength(5 * 8 * symbols);
    const labels = batch.targets.kind === 'classes' ? batch.targets.labels : new Int32Array(0);
    for (let i = 0; i < 5; i++) {
      // Decode the one-hot rows naively and find the window in the text: its labels must be the following characters.
      const read: string[] = [];
      for (let t = 0; t < 8; t++) {
        const row = batch.inputs.subarray((i * 8 + t) * symbols, (i * 8 + t + 1) * symbols);
        expect(row.reduce((a, b) => a + b, 0)).toBe(1);
        read.push(task.corpus.symbols[row.indexOf(1)]!);
      }
      const window = read.join('');
      const at = TEXT.indexOf(window);
      expect(at).toBeGreaterThanOrEqual(0);
      for (let t = 0; t < 8; t++) expect(task.corpus.symbols[labels[i * 8 + t]!]).toBe(chars[at + t + 1]);
    }
  });

  it('the same seed gives the same batches; test windows are fixed and come from the held-out end', () => {
    const a = createTextTask({ id: 'text', text: TEXT, length: 8 }, 3);
    const b = createTextTask({ id: 'text', text: TEXT, length: 8 }, 3);
    const c = createTextTask({ id: 'text', text: TEXT, length: 8 }, 4);
    expect(a.nextBatch(4)).toEqual(b.nextBatch(4));
    expect(a.estimateSet.chunk(0, a.estimateSet.count)).toEqual(c.estimateSet.chunk(0, c.estimateSet.count));
    expect(a.heldOut).toBe(true);
    const example = a.example(0);
    // The first test window starts where training stops: 90 % into the text.
    expect(example.characters!.join('')).toBe(chars.slice(chars.length - Math.ceil(chars.length * 0.1)).slice(0, 8).join(''));
    expect(a.exampleCount).toBeGreaterThan(0);
  });

  it('a text too short to spare a test part is tested on itself, and says so', () => {
    const task = createTextTask({ id: 'text', text: 'abcabcabcabc', length: 6 }, 1);
    expect(task.heldOut).toBe(false);
    expect(holdsOutTest(12, 6)).toBe(false);
    // 450 characters keep 45 aside and leave 405 ≥ 9 for training; 17 keep 9 aside and leave only 8 < 9.
    expect(holdsOutTest(450, 8)).toBe(true);
    expect(holdsOutTest(17, 8)).toBe(false);
    expect(task.estimateSet.count).toBeGreaterThan(0);
  });

  it('refuses a spec with problems', () => {
    expect(() => createTextTask({ id: 'text', text: '', length: 8 }, 1)).toThrow();
  });

  it('both built-in texts train as they are; the Chinese one reads Han characters', () => {
    for (const builtin of BUILTIN_TEXTS) expect(textProblems({ text: builtin.text, length: 40 })).toEqual([]);
    const chinese = createTextTask({ id: 'text', text: BUILTIN_TEXTS.find((b) => b.id === 'chinese')!.text, length: 40 }, 1);
    expect(chinese.corpus.symbols.filter((s) => /\p{Script=Han}/u.test(s)).length).toBeGreaterThan(150);
    expect(chinese.corpus.unknownIndex).toBeNull();
  });
});
