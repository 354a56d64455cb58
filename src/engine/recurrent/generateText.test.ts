/**
 * Generation is checked against the layers themselves: the next-character probabilities after
 * any prefix equal model.predict's last step on that prefix, and greedy generation (temperature
 * 0) writes exactly what repeatedly asking model.predict for its most likely character writes.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../data/random';
import type { TaskGeometry } from '../../data/tasks/taskTypes';
import { buildRecurrentModel } from './buildRecurrentModel';
import { CharacterReader, generateSymbols, readCharacterModel } from './generateText';
import { CELL_KINDS, type RecurrentSpec } from './recurrentSpec';

const SYMBOLS = 6;
const geometryFor = (steps: number): TaskGeometry => ({ input: [steps, SYMBOLS], output: { kind: 'classes', classes: SYMBOLS }, perStep: true, shape: 'manyToMany' });
const specFor = (cell: RecurrentSpec['cell']): RecurrentSpec => ({ cell, units: 5, layers: 2, bidirectional: false, forgetBias: 1 });

/** A model of `steps` steps carrying the weights of `source` (recurrent weights do not depend on the length). */
function sameWeights(source: ReturnType<typeof buildRecurrentModel>, spec: RecurrentSpec, steps: number) {
  const model = buildRecurrentModel(spec, geometryFor(steps), 99);
  model.setWeights(source.getWeights());
  return model;
}

/** model.predict's probabilities for the character after `codes`. */
function predictNext(source: ReturnType<typeof buildRecurrentModel>, spec: RecurrentSpec, codes: number[]): Float32Array {
  const model = sameWeights(source, spec, codes.length);
  const out = tf.tidy(() => {
    const x = tf.oneHot(tf.tensor1d(codes, 'int32'), SYMBOLS).toFloat().expandDims(0);
    const probabilities = model.predict(x) as tf.Tensor;
    return probabilities.slice([0, codes.length - 1, 0], [1, 1, SYMBOLS]).dataSync() as Float32Array;
  });
  model.dispose();
  return out;
}

describe('generating text one character at a time', () => {
  for (const cell of CELL_KINDS) {
    it(`${cell}: the probabilities after every prefix equal model.predict's`, async () => {
      const spec = specFor(cell);
      const model = buildRecurrentModel(spec, geometryFor(4), 3);
      const weights = await readCharacterModel(model, spec, SYMBOLS);
      const reader = new CharacterReader(weights);
      const codes = [0, 3, 5, 1, 1, 2];
      codes.forEach((code, i) => {
        const ours = reader.read(code);
        const theirs = predictNext(model, spec, codes.slice(0, i + 1));
        ours.forEach((p, k) => expect(Math.abs(p - theirs[k]!)).toBeLessThan(1e-5));
      });
      model.dispose();
    });
  }

  it('temperature 0 writes what always picking model.predict\'s most likely character writes', async () => {
    const spec = specFor('lstm');
    const model = buildRecurrentModel(spec, geometryFor(4), 8);
    const weights = await readCharacterModel(model, spec, SYMBOLS);
    const seed = [2, 4];
    const ours = generateSymbols(weights, seed, 6, 0, createRandom(1));
    const text = [...seed];
    for (let i = 0; i < 6; i++) {
      const p = predictNext(model, spec, text);
      text.push(p.indexOf(Math.max(...p)));
    }
    expect(Array.from(ours.symbols)).toEqual(text.slice(seed.length));
    model.dispose();
  });

  it('the same seed gives the same text; another seed (at temperature 1) gives another; nothing leaks', async () => {
    const spec = specFor('gru');
    const model = buildRecurrentModel(spec, geometryFor(4), 5);
    const before = tf.memory().numTensors;
    const weights = await readCharacterModel(model, spec, SYMBOLS);
    expect(tf.memory().numTensors).toBe(before);
    const a = generateSymbols(weights, [1], 40, 1, createRandom(7));
    const b = generateSymbols(weights, [1], 40, 1, createRandom(7));
    const c = generateSymbols(weights, [1], 40, 1, createRandom(8));
    expect(Array.from(a.symbols)).toEqual(Array.from(b.symbols));
    expect(Array.from(a.symbols)).not.toEqual(Array.from(c.symbols));
    expect([...a.symbols].every((s) => s >= 0 && s < SYMBOLS)).toBe(true);
    expect([...a.probabilities].every((p) => p > 0 && p <= 1)).toBe(true);
    model.dispose();
  });

  it('refuses a bidirectional model and an empty seed', async () => {
    const spec = { ...specFor('lstm'), bidirectional: true };
    const model = buildRecurrentModel(spec, geometryFor(4), 5);
    await expect(readCharacterModel(model, spec, SYMBOLS)).rejects.toThrow();
    model.dispose();
    const forward = specFor('lstm');
    const m2 = buildRecurrentModel(forward, geometryFor(4), 5);
    const weights = await readCharacterModel(m2, forward, SYMBOLS);
    expect(() => generateSymbols(weights, [], 3, 1, createRandom(1))).toThrow();
    m2.dispose();
  });
});
