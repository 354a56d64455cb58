import { shardFile } from '../test/fileFetch';
import { describe, expect, it, vi } from 'vitest';
import { createShellStore } from './shellStore';
import { fakeRunner } from '../test/fakeRunner';

describe('shell store', () => {
  it('starts the one trainer and folds backend and download messages into shared state', () => {
    const { runner, sent, emit } = fakeRunner();
    const shell = createShellStore(runner, 'http://x/data/');
    expect(sent).toEqual([{ type: 'init', dataUrl: 'http://x/data/', backend: 'auto' }]);
    emit({ type: 'backend', backend: 'wasm', choice: 'auto', reason: { code: 'autoNoWebgl' } });
    emit({ type: 'dataProgress', loadedBytes: 10, totalBytes: 100, trainAvailable: 0, testAvailable: 0, readyToTrain: false });
    expect(shell.getState()).toMatchObject({ backend: { name: 'wasm', reason: { code: 'autoNoWebgl' } }, loadedBytes: 10, dataReady: false });
    emit({ type: 'testSamples', pixels: new Uint8Array(784 * 2), labels: Uint8Array.from([7, 2]), count: 2 });
    expect(shell.getState().dataReady).toBe(true);
    expect(shell.getState().samples?.count).toBe(2);
    emit({ type: 'dataFailed', problem: { code: 'shardMissing', file: shardFile('train-3-images'), status: 404 } });
    expect(shell.getState().dataProblem).toMatchObject({ code: 'shardMissing' });
    shell.getState().retryData();
    expect(shell.getState().dataProblem).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'retryData' });
  });

  it('routes each session message to its lab, and tells a lab when the user leaves its screen', () => {
    const { runner, emit } = fakeRunner();
    const shell = createShellStore(runner, 'http://x/', { screen: 'cnn' });
    const cnn = { screen: 'cnn' as const, apply: vi.fn(), leave: vi.fn(), trainerRestarted: vi.fn() };
    const rnn = { screen: 'rnn' as const, apply: vi.fn(), leave: vi.fn(), trainerRestarted: vi.fn() };
    // The compare mode's second lab lives on the RNN screen: leaving it pauses both.
    const compare = { screen: 'rnn' as const, apply: vi.fn(), leave: vi.fn(), trainerRestarted: vi.fn() };
    shell.getState().registerLab('cnn', cnn);
    shell.getState().registerLab('rnn', rnn);
    shell.getState().registerLab('compareLstm', compare);
    emit({ type: 'status', slot: 'rnn', sessionId: 4, status: 'training' });
    expect(rnn.apply).toHaveBeenCalledWith({ type: 'status', slot: 'rnn', sessionId: 4, status: 'training' });
    expect(cnn.apply).not.toHaveBeenCalled();
    shell.getState().showScreen('rnn');
    expect(cnn.leave).toHaveBeenCalledTimes(1);
    shell.getState().showScreen('rnn');
    expect(rnn.leave).not.toHaveBeenCalled();
    shell.getState().showScreen('cnn');
    expect(rnn.leave).toHaveBeenCalledTimes(1);
    expect(compare.leave).toHaveBeenCalledTimes(1);
    expect(compare.apply).not.toHaveBeenCalled();
  });

  it('hands out session ids that only grow, across labs', () => {
    const shell = createShellStore(fakeRunner().runner, 'http://x/');
    const ids = [shell.getState().nextSessionId(), shell.getState().nextSessionId(), shell.getState().nextSessionId()];
    expect(ids).toEqual([1, 2, 3]);
  });

  it('keeps a failure of the worker itself until dismissed', () => {
    const { runner, emit } = fakeRunner();
    const shell = createShellStore(runner, 'http://x/');
    emit({ type: 'workerFailed', problem: { code: 'unexpected', detail: 'x' } });
    expect(shell.getState().workerProblem).toEqual({ code: 'unexpected', detail: 'x' });
    shell.getState().dismissWorkerProblem();
    expect(shell.getState().workerProblem).toBeNull();
  });

  it('restarts a crashed worker with the same backend choice and has every lab build its configuration again', () => {
    const { runner, sent, emit, restarts } = fakeRunner();
    const shell = createShellStore(runner, 'http://x/', { backend: 'wasm' });
    const cnn = { screen: 'cnn' as const, apply: vi.fn(), leave: vi.fn(), trainerRestarted: vi.fn() };
    shell.getState().registerLab('cnn', cnn);
    emit({ type: 'backend', backend: 'wasm', choice: 'wasm', reason: { code: 'chosen', backend: 'wasm', softwareRenderer: null } });
    emit({ type: 'workerFailed', problem: { code: 'workerStopped', detail: 'RangeError: out of memory' } });
    expect(restarts()).toBe(1);
    expect(sent.filter((m) => m.type === 'init')).toEqual([
      { type: 'init', dataUrl: 'http://x/', backend: 'wasm' }, { type: 'init', dataUrl: 'http://x/', backend: 'wasm' },
    ]);
    expect(cnn.trainerRestarted).toHaveBeenCalledTimes(1);
    expect(shell.getState()).toMatchObject({ workerProblem: { code: 'workerRestarted', detail: 'RangeError: out of memory' }, backend: null, dataReady: false });
    // A worker that keeps dying is left stopped, with the reason, instead of restarting forever.
    for (let i = 0; i < 3; i++) emit({ type: 'workerFailed', problem: { code: 'workerStopped', detail: 'again' } });
    expect(restarts()).toBe(3);
    expect(shell.getState().workerProblem).toEqual({ code: 'workerStopped', detail: 'again' });
    // An error the trainer caught itself is only reported: the worker is fine.
    emit({ type: 'workerFailed', problem: { code: 'unexpected', detail: 'bad' } });
    expect(restarts()).toBe(3);
  });

  it('shows what really runs when the choice was overruled, and rebuilds every lab after a lost GPU', () => {
    const { runner, emit, restarts } = fakeRunner();
    const shell = createShellStore(runner, 'http://x/', { backend: 'webgl' });
    const cnn = { screen: 'cnn' as const, apply: vi.fn(), leave: vi.fn(), trainerRestarted: vi.fn() };
    shell.getState().registerLab('cnn', cnn);
    emit({ type: 'backend', backend: 'webgl', choice: 'webgl', reason: { code: 'chosen', backend: 'webgl', softwareRenderer: null } });
    expect(shell.getState().backendChoice).toBe('webgl');
    emit({ type: 'backend', backend: 'wasm', choice: 'webgl', reason: { code: 'webglLost', backend: 'wasm' } });
    emit({ type: 'workerFailed', problem: { code: 'webglLost', backend: 'wasm' } });
    expect(shell.getState()).toMatchObject({ backendChoice: 'wasm', backend: { name: 'wasm' }, workerProblem: { code: 'webglLost', backend: 'wasm' } });
    expect(cnn.trainerRestarted).toHaveBeenCalledTimes(1);
    // The worker itself is fine: no restart.
    expect(restarts()).toBe(0);

    shell.getState().setBackendChoice('webgl');
    emit({ type: 'backend', backend: 'wasm', choice: 'webgl', reason: { code: 'fallback', wanted: 'webgl', auto: { code: 'autoNoWebgl' } } });
    expect(shell.getState().backendChoice).toBe('wasm');
  });
});
