import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { DelayedRecallOptions } from './delayedRecall';
import { delayedRecallChance, delayedRecallFeatures, delayedRecallGeometry, delayedRecallSteps, writeDelayedRecallExample } from './delayedRecall';

function batch(options: DelayedRecallOptions, seed: number, count: number) {
  const random = createRandom(seed);
  const inputs = new Float32Array(count * delayedRecallSteps(options.delay) * delayedRecallFeatures(options.symbols));
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) writeDelayedRecallExample(options, random, inputs, labels, i);
  return { inputs, labels };
}

/** The channels that are on in one step, read straight from the inputs. */
function hotChannels(inputs: Float32Array, example: number, step: number, steps: number, features: number): number[] {
  const row = inputs.subarray((example * steps + step) * features, (example * steps + step + 1) * features);
  return Array.from(row).flatMap((v, channel) => (v === 0 ? [] : [channel]));
}

describe('delayed recall', () => {
  const options = { delay: 5, symbols: 3 };

  it('has delay + 2 steps of 2·symbols + 1 features and one class answer', () => {
    expect(delayedRecallGeometry(options)).toEqual({ input: [7, 7], output: { kind: 'classes', classes: 3 }, perStep: false, shape: 'manyToOne' });
    expect(delayedRecallGeometry({ delay: 20, symbols: 4 }).input).toEqual([22, 9]);
  });

  it('is the same for a seed and different for another', () => {
    const a = batch(options, 7, 20);
    const b = batch(options, 7, 20);
    const c = batch(options, 8, 20);
    expect(a.inputs).toEqual(b.inputs);
    expect(a.labels).toEqual(b.labels);
    expect(a.inputs).not.toEqual(c.inputs);
  });

  it('shows the symbol, one distractor per step, then only the cue; the answer is the symbol', () => {
    const count = 200;
    const { inputs, labels } = batch(options, 1, count);
    const steps = 7;
    const features = 7;
    expect(inputs.length).toBe(count * steps * features);
    expect(new Set(inputs)).toEqual(new Set([0, 1]));
    for (let i = 0; i < count; i++) {
      const symbol = hotChannels(inputs, i, 0, steps, features);
      expect(symbol).toHaveLength(1);
      expect(symbol[0]).toBeLessThan(3);
      expect(labels[i]).toBe(symbol[0]);
      for (let step = 1; step <= options.delay; step++) {
        const distractor = hotChannels(inputs, i, step, steps, features);
        expect(distractor).toHaveLength(1);
        expect(distractor[0]).toBeGreaterThanOrEqual(3);
        expect(distractor[0]).toBeLessThan(6);
      }
      expect(hotChannels(inputs, i, steps - 1, steps, features)).toEqual([6]);
    }
  });

  it('draws every symbol and distractor about equally often, so chance is 1 / symbols', () => {
    expect(delayedRecallChance(4)).toBe(0.25);
    const count = 4000;
    const { inputs, labels } = batch({ delay: 3, symbols: 4 }, 2, count);
    const symbolCounts = [0, 0, 0, 0];
    labels.forEach((label) => symbolCounts[label]!++);
    // Binomial(4000, 1/4): standard deviation ≈ 27, so 5σ ≈ 140.
    for (const n of symbolCounts) expect(Math.abs(n - count / 4)).toBeLessThan(140);
    const distractorCounts = [0, 0, 0, 0];
    for (let i = 0; i < count; i++) distractorCounts[hotChannels(inputs, i, 2, 5, 9)[0]! - 4]!++;
    for (const n of distractorCounts) expect(Math.abs(n - count / 4)).toBeLessThan(140);
  });

  it('clears a reused buffer and leaves the other examples alone', () => {
    const inputs = new Float32Array(2 * 7 * 7).fill(5);
    const labels = new Int32Array(2).fill(-1);
    writeDelayedRecallExample(options, createRandom(3), inputs, labels, 1);
    expect(inputs.subarray(0, 49).every((v) => v === 5)).toBe(true);
    expect(inputs.subarray(49).reduce((a, b) => a + b, 0)).toBe(7);
    expect(labels[0]).toBe(-1);
  });
});
