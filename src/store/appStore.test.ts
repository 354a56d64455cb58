import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './appStore';
import type { Runner, RunnerListener } from '../workers/runner';
import type { FromWorker, ToWorker } from '../workers/protocol';

function fakeRunner() {
  const sent: ToWorker[] = [];
  let listener: RunnerListener = () => undefined;
  const runner: Runner = {
    kind: 'main-thread',
    send: (m) => sent.push(m),
    subscribe: (l) => { listener = l; return () => undefined; },
    dispose: () => undefined,
  };
  return { runner, sent, emit: (m: FromWorker) => listener(m) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('app store', () => {
  it('starts the trainer with the default preset', () => {
    const { runner, sent } = fakeRunner();
    createAppStore(runner, 'http://x/data/');
    expect(sent.map((m) => m.type)).toEqual(['init', 'configure']);
    expect(sent[0]).toMatchObject({ dataUrl: 'http://x/data/', backend: 'auto' });
  });

  it('sends one configure per burst of edits, and none for an impossible network', () => {
    const { runner, sent } = fakeRunner();
    const store = createAppStore(runner, 'http://x/');
    sent.length = 0;
    store.getState().choosePreset('lenet5');
    store.getState().updateLayer(1, { filters: 8 });
    vi.advanceTimersByTime(300);
    expect(sent.filter((m) => m.type === 'configure')).toHaveLength(1);
    expect(store.getState().hyper.batchSize).toBe(32);
    store.getState().updateLayer(1, { kernel: 40 });
    vi.advanceTimersByTime(300);
    expect(store.getState().summary.valid).toBe(false);
    expect(store.getState().presetId).toBeNull();
    expect(sent.filter((m) => m.type === 'configure')).toHaveLength(1);
  });

  it('folds trainer messages into readouts and chart history, and clears them on configure', () => {
    const { runner, emit } = fakeRunner();
    const store = createAppStore(runner, 'http://x/');
    emit({ type: 'configured', paramCount: 99, seed: 1 });
    emit({ type: 'progress', step: 10, epoch: 0, epochProgress: 0.1, loss: 1.5, trainAccuracy: 0.5, examplesPerSecond: 300 });
    emit({ type: 'evaluation', step: 10, epoch: 0, accuracy: 0.6, loss: 1.2, scope: 'subset', count: 500 });
    emit({ type: 'evaluation', step: 20, epoch: 1, accuracy: 0.7, loss: 1.0, scope: 'full', count: 10000 });
    const s = store.getState();
    expect(s).toMatchObject({ step: 10, loss: 1.5, examplesPerSecond: 300, configured: true, paramCount: 99 });
    expect(s.test).toEqual({ accuracy: 0.7, scope: 'full', count: 10000, step: 20 });
    expect(s.history.loss).toEqual([{ step: 10, value: 1.5 }]);
    expect(s.history.testAccuracy).toEqual([{ step: 10, value: 0.6 }]);
    expect(s.history.fullTestAccuracy).toEqual([{ step: 20, value: 0.7 }]);
    emit({ type: 'configured', paramCount: 99, seed: 1 });
    expect(store.getState()).toMatchObject({ step: 0, loss: null, test: null });
    expect(store.getState().history.loss).toEqual([]);
  });

  it('keeps a trainer failure until Reset', () => {
    const { runner, emit, sent } = fakeRunner();
    const store = createAppStore(runner, 'http://x/');
    emit({ type: 'failed', kind: 'diverged', message: 'boom' });
    expect(store.getState().failure).toEqual({ kind: 'diverged', message: 'boom' });
    store.getState().reset();
    expect(store.getState().failure).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'reset' });
  });
});
