import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Trainer } from './trainer';
import type { FromWorker, Hyperparameters } from './protocol';
import { fileFetch, TEST_DATA_URL } from '../test/fileFetch';
import { MNIST_INPUT, type NetworkSpec } from '../engine/spec';

const spec: NetworkSpec = {
  input: { ...MNIST_INPUT }, classes: 10,
  layers: [
    { type: 'conv2d', name: 'conv1', filters: 4, kernel: 5, stride: 2, padding: 'valid', activation: 'relu' },
    { type: 'pool', name: 'pool1', kind: 'max', size: 2, stride: 2 },
    { type: 'flatten', name: 'flatten' },
    { type: 'dense', name: 'output', units: 10, activation: 'softmax' },
  ],
};
const hyper: Hyperparameters = { optimizer: 'adam', learningRate: 0.01, batchSize: 16, l2: 0, expandedData: true };

/** Drives a Trainer the way the UI does and records everything it says. */
function harness() {
  const messages: FromWorker[] = [];
  const trainer = new Trainer((m) => messages.push(m));
  const last = <T extends FromWorker['type']>(type: T) =>
    messages.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type).at(-1);
  const waitFor = (predicate: () => boolean, timeout = 60_000) => vi.waitFor(() => expect(predicate()).toBe(true), { timeout, interval: 20 });
  return { trainer, messages, last, waitFor };
}

beforeAll(() => {
  vi.stubGlobal('fetch', fileFetch());
});
afterAll(() => vi.unstubAllGlobals());

describe('Trainer (the worker\'s logic, run in Node on the cpu backend)', () => {
  it('loads data, trains, pauses, steps exactly once and resets, leaking no tensors', async () => {
    const { trainer, last, waitFor, messages } = harness();
    trainer.handle({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    trainer.handle({ type: 'configure', spec, hyper, seed: 3 });
    await waitFor(() => last('configured') !== undefined);
    expect(last('backend')).toMatchObject({ backend: 'cpu', reason: 'You chose CPU.' });
    expect(last('configured')!.paramCount).toBe(4 * 26 + (6 * 6 * 4 + 1) * 10);

    trainer.handle({ type: 'train' });
    await waitFor(() => (last('progress')?.step ?? 0) >= 60);
    trainer.handle({ type: 'pause' });
    await waitFor(() => last('status')?.status === 'paused');
    const pausedAt = last('progress')!.step;
    await new Promise((r) => setTimeout(r, 300));
    expect(last('progress')!.step).toBe(pausedAt);
    await waitFor(() => messages.some((m) => m.type === 'evaluation' && m.step === pausedAt));
    expect(last('evaluation')!.accuracy).toBeGreaterThan(0.3);
    trainer.handle({ type: 'inspect', requestId: 7, input: { kind: 'test', index: 3 } });
    await waitFor(() => last('inspected')?.requestId === 7);
    expect(last('inspected')!.layers.map((l) => l.name)).toEqual(['input', 'conv1', 'pool1', 'flatten', 'output']);
    expect(last('inspected')!.label).toBe(0);
    // The model, the optimizer's running averages and nothing else stay alive between steps.
    const tensorsAtRest = tf.memory().numTensors;

    trainer.handle({ type: 'step' });
    await waitFor(() => last('progress')!.step === pausedAt + 1);
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.at(-1)!.loss).toBeLessThan(progress[0]!.loss);

    trainer.handle({ type: 'inspect', requestId: 8, input: { kind: 'pixels', pixels: new Uint8Array(784).fill(90) } });
    await waitFor(() => last('inspected')?.requestId === 8);
    expect(last('inspected')!.label).toBeNull();
    trainer.handle({ type: 'setHyper', hyper: { ...hyper, learningRate: 0.005, batchSize: 8 } });
    trainer.handle({ type: 'step' });
    await waitFor(() => last('progress')!.step === pausedAt + 2);
    expect(tf.memory().numTensors).toBe(tensorsAtRest);

    const configuredBefore = messages.filter((m) => m.type === 'configured').length;
    trainer.handle({ type: 'reset' });
    await waitFor(() => messages.filter((m) => m.type === 'configured').length === configuredBefore + 1);
    trainer.handle({ type: 'step' });
    await waitFor(() => last('progress')!.step === 1);
    expect(messages.filter((m) => m.type === 'failed')).toEqual([]);
  });

  it('stops a diverging run with a message that suggests a lower learning rate', async () => {
    const { trainer, last, waitFor } = harness();
    trainer.handle({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    trainer.handle({ type: 'configure', spec, hyper: { ...hyper, optimizer: 'sgd', learningRate: 1e6 }, seed: 1 });
    await waitFor(() => last('configured') !== undefined);
    trainer.handle({ type: 'train' });
    await waitFor(() => last('failed') !== undefined);
    expect(last('failed')).toMatchObject({ kind: 'diverged' });
    expect(last('failed')!.message).toMatch(/Lower the learning rate \(it is 1000000; try 100000\)/);
    expect(last('status')!.status).toBe('paused');
  });
});
