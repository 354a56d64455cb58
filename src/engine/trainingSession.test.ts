import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TrainingSession, type BatchSource, type TrainingOptions } from './trainingSession';
import { findPreset } from './presets';
import { buildModel } from './buildModel';
import { rawMnist } from '../test/mnistFixture';
import { MNIST_INPUT, type NetworkSpec } from './spec';
import { mnistGeometry, pixelsToInputs } from '../data/tasks/mnistTask';
import type { Batch, EvalSet } from '../data/tasks/taskTypes';

const train = rawMnist('train', 512);
const test = rawMnist('t10k', 200);
const geometry = mnistGeometry('mnistImages');
const toBatch = (pixels: Uint8Array, labels: Uint8Array, count: number): Batch =>
  ({ inputs: pixelsToInputs(pixels), targets: { kind: 'classes', labels: Int32Array.from(labels) }, count });
const testSet: EvalSet = { count: test.count, chunk: (start, n) => toBatch(test.images.subarray(start * 784, (start + n) * 784), test.labels.subarray(start, start + n), n) };

/** Serves the same fixed batch forever, or consecutive slices of the first 512 images. */
function source(fixed: boolean): BatchSource {
  let at = 0;
  return {
    nextBatch(size: number): Batch {
      const start = fixed ? 0 : at;
      at = (at + size) % (train.count - size);
      return toBatch(train.images.slice(start * 784, (start + size) * 784), train.labels.slice(start, start + size), size);
    },
  };
}

/** Small enough for the pure-JS cpu backend, yet it has every kind of layer that trains differently. */
const smallConvNet: NetworkSpec = {
  input: { ...MNIST_INPUT }, classes: 10,
  layers: [
    { type: 'conv2d', name: 'conv1', filters: 4, kernel: 5, stride: 1, padding: 'valid', activation: 'relu' },
    { type: 'pool', name: 'pool1', kind: 'l2', size: 2, stride: 2 },
    { type: 'conv2d', name: 'conv2', filters: 6, kernel: 3, stride: 2, padding: 'same', activation: 'tanh' },
    { type: 'pool', name: 'pool2', kind: 'max', size: 2, stride: 2 },
    { type: 'flatten', name: 'flatten' },
    { type: 'dropout', name: 'dropout', rate: 0.3 },
    { type: 'dense', name: 'output', units: 10, activation: 'softmax' },
  ],
};

const options: TrainingOptions = { optimizer: 'adam', learningRate: 0.01, batchSize: 16, l2: 0 };
const sessions: TrainingSession[] = [];
function session(presetId: string, opts: Partial<TrainingOptions> = {}, fixed = true, seed = 7) {
  const spec = presetId === 'small-conv' ? smallConvNet : findPreset(presetId)!.spec;
  const s = new TrainingSession(buildModel(spec, seed), geometry, { ...options, ...opts }, source(fixed));
  sessions.push(s);
  return s;
}
afterEach(() => {
  sessions.splice(0).forEach((s) => s.dispose());
});

describe('TrainingSession', () => {
  it('lowers the loss on a fixed batch within a few steps', async () => {
    const s = session('small-conv');
    s.trainStep();
    const first = (await s.readMetrics())!.loss;
    for (let i = 0; i < 20; i++) s.trainStep();
    await s.readMetrics();
    s.trainStep();
    const later = (await s.readMetrics())!.loss;
    expect(later).toBeLessThan(first * 0.7);
  });

  it.each(['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'] as const)('%s lowers the loss too', async (optimizer) => {
    const learningRate = optimizer === 'sgd' || optimizer === 'momentum' ? 0.1 : 0.003;
    const s = session('keras-mlp', { optimizer, learningRate });
    s.trainStep();
    const first = (await s.readMetrics())!.loss;
    for (let i = 0; i < 10; i++) s.trainStep();
    await s.readMetrics();
    s.trainStep();
    expect((await s.readMetrics())!.loss).toBeLessThan(first);
  });

  it('leaks no tensors over 50 steps, metric reads and an evaluation', async () => {
    const s = session('small-conv', { l2: 1e-4 }, false);
    s.trainStep();
    await s.readMetrics();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) {
      s.trainStep();
      if (i % 10 === 0) await s.readMetrics();
    }
    await s.readMetrics();
    await s.evaluate(testSet);
    s.setOptions({ ...options, learningRate: 0.001 });
    s.trainStep();
    await s.readMetrics();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a new learning rate keeps the optimizer (Adam goes on counting); a new optimizer starts fresh', async () => {
    const s = session('small-conv', {}, false);
    for (let i = 0; i < 4; i++) s.trainStep();
    await s.readMetrics();
    s.setOptions({ ...options, learningRate: 0.002 });
    s.trainStep();
    const kept = await s.exportOptimizer();
    expect(kept.iterations).toBe(5);
    // tfjs starts its running β₁ power at β₁ and multiplies after each update: β₁⁶ after 5 steps (a restart would give β₁¹).
    expect(kept.powers?.[0]).toBeCloseTo(0.9 ** 6, 6);
    s.setOptions({ ...options, learningRate: 0.002, optimizer: 'rmsprop' });
    s.trainStep();
    expect((await s.exportOptimizer()).iterations).toBe(1);
    await s.readMetrics();
  });

  it('an evaluation that fails part-way frees everything it made', async () => {
    const s = session('small-conv');
    const before = tf.memory().numTensors;
    let served = 0;
    const failing: EvalSet = {
      count: 3 * 500,
      chunk: (_start, n) => {
        if (++served === 2) throw new Error('chunk unavailable');
        return testSet.chunk(0, Math.min(n, testSet.count));
      },
    };
    await expect(s.evaluate(failing, true)).rejects.toThrow('chunk unavailable');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the same seed gives the same initial weights and the same first-batch loss', async () => {
    const a = session('small-conv', {}, true, 42);
    const b = session('small-conv', {}, true, 42);
    const c = session('small-conv', {}, true, 43);
    const wa = await a.exportWeights();
    const wb = await b.exportWeights();
    const wc = await c.exportWeights();
    expect(wa.map((w) => Array.from(w.values))).toEqual(wb.map((w) => Array.from(w.values)));
    expect(Array.from(wa[0]!.values)).not.toEqual(Array.from(wc[0]!.values));
    // Dropout masks are deliberately unseeded, so compare first-batch losses on a network without dropout.
    const d = session('fc-100', {}, true, 42);
    const e = session('fc-100', {}, true, 42);
    d.trainStep();
    e.trainStep();
    expect((await d.readMetrics())!.loss).toBe((await e.readMetrics())!.loss);
  });

  it('evaluates accuracy as the fraction of argmax hits, with dropout off', async () => {
    const s = session('keras-mlp');
    const e1 = await s.evaluate(testSet);
    const e2 = await s.evaluate(testSet);
    expect(e1.accuracy).toBe(e2.accuracy);
    expect(e1.correct).toBe(Math.round(e1.accuracy * test.count));
    expect(e1.loss).toBeGreaterThan(1);
    const before = tf.memory().numTensors;
    const withPredictions = await s.evaluate(testSet, true);
    expect(tf.memory().numTensors).toBe(before);
    const hits = Array.from(withPredictions.predictions!).filter((p, i) => p === test.labels[i]).length;
    expect(hits).toBe(withPredictions.correct);
    expect(withPredictions.predictions!.length).toBe(test.count);
    expect(Array.from(withPredictions.labels!)).toEqual(Array.from(test.labels));
  });

  it('moves its weights to a new session (as when switching backend)', async () => {
    const a = session('small-conv', {}, true, 1);
    for (let i = 0; i < 3; i++) a.trainStep();
    const weights = await a.exportWeights();
    const b = session('small-conv', {}, true, 2);
    b.importWeights(weights);
    const ea = await a.evaluate(testSet);
    const eb = await b.evaluate(testSet);
    expect(eb.loss).toBeCloseTo(ea.loss, 5);
  });
});
