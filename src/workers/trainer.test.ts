import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Trainer } from './trainer';
import type { FromWorker, Hyperparameters, SessionConfig, SlotId, ToWorker } from './protocol';
import { fileFetch, TEST_DATA_URL, shardFile } from '../test/fileFetch';
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
const hyper: Hyperparameters = { optimizer: 'adam', learningRate: 0.01, batchSize: 16, l2: 0, expandedData: true, clipping: false, clipThreshold: 1 };
const cnnConfig = (overrides: Partial<SessionConfig> = {}): SessionConfig =>
  ({ model: { kind: 'convolutional', network: spec }, task: { id: 'mnistImages' }, hyper, seed: 3, ...overrides });
const rnnConfig = (overrides: Partial<SessionConfig> = {}): SessionConfig => ({
  model: { kind: 'recurrent', recurrent: { cell: 'lstm', units: 6, layers: 1, bidirectional: false, forgetBias: 1 } },
  task: { id: 'delayedRecall', delay: 5, symbols: 3 }, hyper: { ...hyper, batchSize: 8 }, seed: 2, ...overrides,
});

/** Which shard downloads fail (by file name); tests flip it to simulate a late failure. */
const failing = new Set<string>();

/** Drives a Trainer the way the UI does and records everything it says. */
function harness() {
  const messages: FromWorker[] = [];
  const trainer = new Trainer((m) => messages.push(m));
  let sessionId = 0;
  const last = <T extends FromWorker['type']>(type: T, slot?: SlotId) =>
    messages.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type && (!slot || ('slot' in m && m.slot === slot))).at(-1);
  const waitFor = (predicate: () => boolean, timeout = 60_000) => vi.waitFor(() => expect(predicate()).toBe(true), { timeout, interval: 20 });
  const configure = (slot: SlotId, config: SessionConfig) => {
    sessionId += 1;
    trainer.handle({ type: 'configure', slot, sessionId, config });
    return { slot, sessionId };
  };
  const send = (message: ToWorker) => trainer.handle(message);
  return { trainer, messages, last, waitFor, configure, send };
}

beforeAll(() => {
  vi.stubGlobal('fetch', fileFetch((name, bytes) => (failing.has(name) ? null : bytes)));
});
afterAll(() => vi.unstubAllGlobals());

describe('Trainer (the worker\'s logic, run in Node on the cpu backend)', () => {
  it('starts the MNIST download beside the backend choice, not after it', async () => {
    const order: string[] = [];
    const trainer = new Trainer((m) => {
      if (m.type === 'backend' || m.type === 'testSamples') order.push(m.type);
    });
    const files = fileFetch((_name, bytes) => bytes);
    vi.stubGlobal('fetch', (...[url, init]: Parameters<typeof files>) => {
      order.push('fetch');
      return files(url, init);
    });
    try {
      trainer.handle({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
      await vi.waitFor(() => expect(order).toContain('testSamples'), { timeout: 60_000, interval: 20 });
      // Before: the download waited for the backend (Auto's trial takes seconds on a software GPU).
      expect(order.indexOf('fetch')).toBeLessThan(order.indexOf('backend'));
    } finally {
      vi.stubGlobal('fetch', fileFetch((name, bytes) => (failing.has(name) ? null : bytes)));
    }
  });

  it('loads data, trains, pauses, steps exactly once and resets, leaking no tensors', async () => {
    const { last, waitFor, messages, configure, send } = harness();
    send({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    const at = configure('cnn', cnnConfig());
    await waitFor(() => last('configured') !== undefined);
    // A session just built owns its weights (and the optimizer's step counters), nothing more yet.
    const tensorsBuilt = tf.memory().numTensors;
    expect(last('backend')).toMatchObject({ backend: 'cpu', reason: { code: 'chosen', backend: 'cpu', softwareRenderer: null } });
    expect(last('configured')).toEqual({ type: 'configured', ...at, paramCount: 4 * 26 + (6 * 6 * 4 + 1) * 10 });

    send({ type: 'train', ...at });
    await waitFor(() => (last('progress')?.step ?? 0) >= 60);
    send({ type: 'pause', ...at });
    await waitFor(() => last('status')?.status === 'paused');
    const pausedAt = last('progress')!.step;
    await new Promise((r) => setTimeout(r, 300));
    expect(last('progress')!.step).toBe(pausedAt);
    await waitFor(() => messages.some((m) => m.type === 'evaluation' && m.step === pausedAt));
    expect(last('evaluation')!.accuracy).toBeGreaterThan(0.3);
    send({ type: 'inspect', ...at, requestId: 7, input: { kind: 'test', index: 3 } });
    await waitFor(() => last('inspected')?.requestId === 7);
    expect(last('inspected')!.layers.map((l) => l.name)).toEqual(['input', 'conv1', 'pool1', 'flatten', 'output']);
    expect(last('inspected')!.label).toBe(0);
    // The model, the optimizer's running averages and nothing else stay alive between steps.
    const tensorsAtRest = tf.memory().numTensors;

    send({ type: 'step', ...at });
    await waitFor(() => last('progress')!.step === pausedAt + 1);
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.at(-1)!.loss).toBeLessThan(progress[0]!.loss);

    send({ type: 'inspect', ...at, requestId: 8, input: { kind: 'pixels', pixels: new Uint8Array(784).fill(90) } });
    await waitFor(() => last('inspected')?.requestId === 8);
    expect(last('inspected')!.label).toBeNull();
    send({ type: 'setHyper', ...at, hyper: { ...hyper, learningRate: 0.005, batchSize: 8 } });
    send({ type: 'step', ...at });
    await waitFor(() => last('progress')!.step === pausedAt + 2);
    expect(tf.memory().numTensors).toBe(tensorsAtRest);

    // Reset is a configure under a new id: fresh weights, step 0, and the old id is dead.
    const reset = configure('cnn', cnnConfig());
    await waitFor(() => last('configured')?.sessionId === reset.sessionId);
    // The reset session, built and idle, owns what the first one owned when built: anything more is
    // the old session (model, optimizer state, views) left behind.
    expect(last('status')).toMatchObject({ sessionId: reset.sessionId, status: 'idle' });
    expect(tf.memory().numTensors).toBe(tensorsBuilt);
    send({ type: 'step', ...at });
    send({ type: 'step', ...reset });
    await waitFor(() => last('progress')?.sessionId === reset.sessionId);
    expect(last('progress')!.step).toBe(1);
    await waitFor(() => last('status')?.sessionId === reset.sessionId && last('status')?.status === 'paused');
    // After its first step Adam has made its running averages too: the count of the first session at rest.
    expect(tensorsAtRest).toBeGreaterThan(tensorsBuilt);
    expect(tf.memory().numTensors).toBe(tensorsAtRest);
    expect(messages.filter((m) => m.type === 'failed')).toEqual([]);
  });

  it('stops a diverging run with a code that carries the step and a lower learning rate', async () => {
    const { last, waitFor, configure, send } = harness();
    send({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    const at = configure('cnn', cnnConfig({ hyper: { ...hyper, optimizer: 'sgd', learningRate: 1e6 } }));
    await waitFor(() => last('configured') !== undefined);
    send({ type: 'train', ...at });
    await waitFor(() => last('failed') !== undefined);
    const failed = last('failed')!;
    expect(failed.problem).toMatchObject({ code: 'diverged', learningRate: 1e6, suggestedRate: 1e5 });
    // The step in the problem is the step the UI shows: no progress report beyond it.
    const lastProgress = last('progress')?.step ?? 0;
    expect(failed.problem.code === 'diverged' && failed.problem.step).toBeGreaterThan(lastProgress);
    expect(last('status')!.status).toBe('paused');
  });

  it('trains a recurrent net on a generated task without waiting for MNIST, and unrolls its gates', async () => {
    const { last, waitFor, configure, send } = harness();
    send({ type: 'init', dataUrl: 'http://nowhere.test/', backend: 'cpu' });
    const at = configure('rnn', rnnConfig());
    await waitFor(() => last('configured', 'rnn') !== undefined);
    expect(last('configured', 'rnn')!.paramCount).toBe(4 * (7 * 6 + 6 * 6 + 6) + (6 + 1) * 3);
    send({ type: 'train', ...at });
    await waitFor(() => (last('progress', 'rnn')?.step ?? 0) >= 20);
    expect(last('progress', 'rnn')!.epoch).toBeNull();
    send({ type: 'pause', ...at });
    await waitFor(() => last('status', 'rnn')?.status === 'paused');
    await waitFor(() => last('evaluation', 'rnn')?.step === last('progress', 'rnn')!.step);
    send({ type: 'unroll', ...at, requestId: 3, example: 0 });
    await waitFor(() => last('unrolled', 'rnn')?.requestId === 3);
    const tensorsAtRest = tf.memory().numTensors;
    send({ type: 'step', ...at });
    send({ type: 'unroll', ...at, requestId: 4, example: 2 });
    await waitFor(() => last('unrolled', 'rnn')?.requestId === 4);
    expect(tf.memory().numTensors).toBe(tensorsAtRest);
    const unrolled = last('unrolled', 'rnn')!;
    expect(unrolled).toMatchObject({ example: 2, steps: 7, features: 7 });
    expect(unrolled.network.layers[0]!.directions[0]!.values.forget!.length).toBe(7 * 6);
    expect(unrolled.targets.kind).toBe('classes');
  });

  it('refuses an impossible configuration with a code instead of building it', async () => {
    const { last, waitFor, configure, send } = harness();
    send({ type: 'init', dataUrl: 'http://nowhere.test/', backend: 'cpu' });
    configure('rnn', rnnConfig({ model: { kind: 'recurrent', recurrent: { cell: 'lstm', units: 0, layers: 9, bidirectional: false, forgetBias: 1 } } }));
    await waitFor(() => last('failed', 'rnn') !== undefined);
    expect(last('failed', 'rnn')!.problem).toEqual({ code: 'invalidConfiguration', problems: 2 });
    expect(last('configured', 'rnn')).toBeUndefined();
  });

  it('carries a trained session across a backend switch: same id, same step, same weights', async () => {
    const { last, waitFor, configure, send, messages } = harness();
    send({ type: 'init', dataUrl: 'http://nowhere.test/', backend: 'cpu' });
    const at = configure('rnn', rnnConfig());
    await waitFor(() => last('configured', 'rnn') !== undefined);
    send({ type: 'train', ...at });
    await waitFor(() => (last('progress', 'rnn')?.step ?? 0) >= 15);
    send({ type: 'pause', ...at });
    await waitFor(() => last('status', 'rnn')?.status === 'paused');
    const pausedAt = last('progress', 'rnn')!.step;
    await waitFor(() => last('evaluation', 'rnn')?.step === pausedAt);
    const before = last('evaluation', 'rnn')!;
    send({ type: 'setBackend', backend: 'cpu' });
    // The generated task's test set is evaluated whole either way: the same weights give the same loss.
    send({ type: 'evaluateAll', ...at });
    await waitFor(() => last('evaluation', 'rnn')?.scope === 'full');
    expect(last('evaluation', 'rnn')!.loss).toBeCloseTo(before.loss, 5);
    send({ type: 'step', ...at });
    await waitFor(() => last('progress', 'rnn')!.step === pausedAt + 1);
    expect(messages.filter((m) => m.type === 'configured')).toHaveLength(1);
    expect(messages.filter((m) => m.type === 'failed')).toEqual([]);
  });

  it('saves a session and restores it in a new one that goes on exactly as the original would have', async () => {
    const losses = async (restoreAfter: number | null) => {
      const { last, waitFor, configure, send, messages } = harness();
      send({ type: 'init', dataUrl: 'http://nowhere.test/', backend: 'cpu' });
      let at = configure('rnn', rnnConfig());
      await waitFor(() => last('configured', 'rnn') !== undefined);
      for (let step = 1; step <= 6; step++) {
        if (step - 1 === restoreAfter) {
          send({ type: 'snapshot', ...at, requestId: 1 });
          await waitFor(() => last('snapshotTaken') !== undefined);
          const snapshot = last('snapshotTaken')!.snapshot!;
          expect(snapshot.step).toBe(restoreAfter);
          expect(snapshot.taskProgress.kind).toBe('stream');
          at = { slot: 'rnn', sessionId: at.sessionId + 100 };
          send({ type: 'restore', ...at, config: rnnConfig({ seed: 77 }), snapshot });
          await waitFor(() => last('configured', 'rnn')?.sessionId === at.sessionId);
          // The loaded model is evaluated at once, at the step it was saved at.
          await waitFor(() => last('evaluation', 'rnn')?.sessionId === at.sessionId);
          expect(last('evaluation', 'rnn')!.step).toBe(restoreAfter);
        }
        send({ type: 'step', ...at });
        await waitFor(() => last('progress', 'rnn')?.step === step && last('progress', 'rnn')?.sessionId === at.sessionId);
      }
      expect(messages.filter((m) => m.type === 'failed')).toEqual([]);
      return messages.filter((m) => m.type === 'progress').map((m) => (m as { loss: number }).loss);
    };
    const straight = await losses(null);
    const resumed = await losses(4);
    expect(resumed).toEqual(straight);
  });

  it('answers a snapshot request for a replaced session with nothing, and leaks no tensors taking one', async () => {
    const { last, waitFor, configure, send } = harness();
    send({ type: 'init', dataUrl: 'http://nowhere.test/', backend: 'cpu' });
    const old = configure('rnn', rnnConfig());
    const at = configure('rnn', rnnConfig({ seed: 5 }));
    await waitFor(() => last('configured', 'rnn')?.sessionId === at.sessionId);
    send({ type: 'snapshot', ...old, requestId: 4 });
    await waitFor(() => last('snapshotTaken')?.requestId === 4);
    expect(last('snapshotTaken')!.snapshot).toBeNull();
    send({ type: 'step', ...at });
    await waitFor(() => last('progress', 'rnn')?.step === 1);
    const before = tf.memory().numTensors;
    send({ type: 'snapshot', ...at, requestId: 5 });
    await waitFor(() => last('snapshotTaken')?.requestId === 5);
    expect(last('snapshotTaken')!.snapshot!.state.optimizer).toMatchObject({ name: 'adam', iterations: 1 });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps two labs\' sessions apart: each trains, pauses and answers on its own', async () => {
    const { last, waitFor, configure, send, messages } = harness();
    send({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    const cnn = configure('cnn', cnnConfig());
    const rnn = configure('rnn', rnnConfig());
    await waitFor(() => last('configured', 'cnn') !== undefined && last('configured', 'rnn') !== undefined);
    send({ type: 'train', ...cnn });
    send({ type: 'train', ...rnn });
    await waitFor(() => (last('progress', 'cnn')?.step ?? 0) >= 5 && (last('progress', 'rnn')?.step ?? 0) >= 5);
    send({ type: 'pause', ...rnn });
    await waitFor(() => last('status', 'rnn')?.status === 'paused');
    const rnnStep = last('progress', 'rnn')!.step;
    const cnnStep = last('progress', 'cnn')!.step;
    await waitFor(() => last('progress', 'cnn')!.step > cnnStep + 5);
    expect(last('progress', 'rnn')!.step).toBe(rnnStep);
    send({ type: 'pause', ...cnn });
    await waitFor(() => last('status', 'cnn')?.status === 'paused');
    // A command for a slot's old session is ignored.
    send({ type: 'step', slot: 'rnn', sessionId: rnn.sessionId - 1 });
    await new Promise((r) => setTimeout(r, 200));
    expect(last('progress', 'rnn')!.step).toBe(rnnStep);
    expect(messages.filter((m) => m.type === 'failed')).toEqual([]);
  });

  // Defect 2 of the original protocol: pause skipped the serial queue, so a pause sent right after
  // a train (while a configure was still being handled) ran first, and the train then started anyway.
  it('never lets a pause overtake the train sent before it', async () => {
    const { last, waitFor, configure, send, messages } = harness();
    send({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    configure('cnn', cnnConfig());
    await waitFor(() => last('configured') !== undefined);
    const before = messages.length;
    const at = configure('cnn', cnnConfig({ seed: 2 }));
    send({ type: 'train', ...at });
    send({ type: 'pause', ...at });
    await waitFor(() => last('status')?.status === 'paused');
    await new Promise((r) => setTimeout(r, 500));
    const statuses = messages.slice(before).filter((m) => m.type === 'status').map((m) => (m as { status: string }).status);
    expect(statuses).toEqual(['idle', 'training', 'paused']);
    expect(last('status')!.status).toBe('paused');
  });

  // Defect 3: after a late shard failure, Retry used to download into a new data object that the
  // trainer never used, while the UI was told all 60,000 images were in.
  it('resumes a failed download into the data the sessions train on', async () => {
    failing.add(shardFile('train-3-images'));
    const { trainer, last, waitFor, configure, send } = harness();
    send({ type: 'init', dataUrl: TEST_DATA_URL, backend: 'cpu' });
    const at = configure('rnn', rnnConfig({ task: { id: 'rowMnist' } }));
    await waitFor(() => last('dataFailed') !== undefined);
    expect(last('dataFailed')!.problem).toEqual({ code: 'shardMissing', file: shardFile('train-3-images'), status: 404 });
    await waitFor(() => last('configured', 'rnn') !== undefined);
    const trainingData = trainer.mnistData!;
    expect(trainingData.train.available).toBe(30_000);
    failing.clear();
    send({ type: 'retryData' });
    await waitFor(() => last('dataProgress')?.trainAvailable === 60_000);
    expect(trainer.mnistData).toBe(trainingData);
    expect(trainingData.train.available).toBe(60_000);
    send({ type: 'step', ...at });
    await waitFor(() => last('progress', 'rnn')?.step === 1);
  });
});
