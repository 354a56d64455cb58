import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCnnLabStore } from './cnnLabStore';
import { createShellStore } from '../shellStore';
import { fakeRunner } from '../../test/fakeRunner';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const fake = fakeRunner();
  const shell = createShellStore(fake.runner, 'http://x/data/');
  const lab = createCnnLabStore(shell);
  return { ...fake, shell, lab };
}

describe('CNN lab store', () => {
  it('starts the trainer and configures the default preset in the CNN slot', () => {
    const { sent, lab } = setup();
    expect(sent.map((m) => m.type)).toEqual(['init', 'configure']);
    expect(sent[0]).toMatchObject({ dataUrl: 'http://x/data/', backend: 'auto' });
    expect(sent[1]).toMatchObject({ slot: 'cnn', sessionId: lab.getState().sessionId, config: { task: { id: 'mnistImages' }, model: { kind: 'convolutional' } } });
  });

  it('sends one configure per burst of edits, and none for an impossible network', () => {
    const { sent, lab } = setup();
    sent.length = 0;
    lab.getState().choosePreset('lenet5');
    lab.getState().updateLayer(1, { filters: 8 });
    vi.advanceTimersByTime(300);
    expect(sent.filter((m) => m.type === 'configure')).toHaveLength(1);
    expect(lab.getState().hyper.batchSize).toBe(32);
    lab.getState().updateLayer(1, { kernel: 40 });
    vi.advanceTimersByTime(300);
    expect(lab.getState().summary.trainable).toBe(false);
    expect(lab.getState().presetId).toBeNull();
    expect(sent.filter((m) => m.type === 'configure')).toHaveLength(1);
  });

  it('folds its session\'s messages into readouts and chart history', () => {
    const { emit, lab } = setup();
    const sessionId = lab.getState().sessionId;
    const at = { slot: 'cnn' as const, sessionId };
    emit({ type: 'configured', ...at, paramCount: 99 });
    emit({ type: 'progress', ...at, step: 10, epoch: 0, epochProgress: 0.1, loss: 1.5, trainAccuracy: 0.5, examplesPerSecond: 300, gradientNorms: Float32Array.of(4, 2.5), clipped: Uint8Array.of(1, 0) });
    emit({ type: 'evaluation', ...at, step: 10, epoch: 0, accuracy: 0.6, loss: 1.2, scope: 'subset', count: 500 });
    emit({ type: 'evaluation', ...at, step: 20, epoch: 1, accuracy: 0.7, loss: 1.0, scope: 'full', count: 10000 });
    const s = lab.getState();
    expect(s).toMatchObject({ step: 10, loss: 1.5, examplesPerSecond: 300, configured: true, paramCount: 99 });
    expect(s.test).toEqual({ accuracy: 0.7, loss: 1.0, scope: 'full', count: 10000, step: 20 });
    expect(s.history.loss).toEqual([{ step: 10, value: 1.5 }]);
    expect(s.history.gradientNorm).toEqual([{ step: 9, value: 4 }, { step: 10, value: 2.5 }]);
    expect(s.history.clipped).toEqual([{ step: 9, value: 4 }]);
    expect(s).toMatchObject({ gradientNorm: 2.5, clippedSteps: 1 });
    expect(s.history.testAccuracy).toEqual([{ step: 10, value: 0.6 }]);
    expect(s.history.fullTestAccuracy).toEqual([{ step: 20, value: 0.7 }]);
    lab.getState().reset();
    expect(lab.getState()).toMatchObject({ step: 0, loss: null, test: null, configured: false });
    expect(lab.getState().history.loss).toEqual([]);
  });

  it('drops what the worker says about any session but the one it shows', () => {
    const { emit, lab } = setup();
    const old = lab.getState().sessionId;
    emit({ type: 'configured', slot: 'cnn', sessionId: old, paramCount: 1 });
    lab.getState().reset();
    emit({ type: 'progress', slot: 'cnn', sessionId: old, step: 500, epoch: 0, epochProgress: 0.5, loss: 0.2, trainAccuracy: 0.9, examplesPerSecond: 1, gradientNorms: Float32Array.of(1), clipped: Uint8Array.of(0) });
    emit({ type: 'status', slot: 'cnn', sessionId: old, status: 'training' });
    expect(lab.getState()).toMatchObject({ step: 0, loss: null, status: 'idle', configured: false });
    // Another lab's session with the same-looking numbers does not reach this lab either.
    emit({ type: 'configured', slot: 'rnn', sessionId: lab.getState().sessionId, paramCount: 5 });
    expect(lab.getState().configured).toBe(false);
  });

  // Defect 1 of the original protocol: 'configured' was accepted for any configuration, so Train
  // could be enabled for network A while the editor already showed network B.
  it('does not enable Train for network A while the editor shows B', () => {
    const { emit, lab, lastSent } = setup();
    const a = lastSent('configure')!;
    lab.getState().updateLayer(1, { filters: 8 }); // the editor shows B; B's configure is still debounced
    emit({ type: 'configured', slot: 'cnn', sessionId: a.sessionId, paramCount: 1 }); // the late reply for A
    expect(lab.getState().configured).toBe(false);
    vi.advanceTimersByTime(300);
    const b = lastSent('configure')!;
    expect(b.sessionId).toBeGreaterThan(a.sessionId);
    expect(b.config.model).toMatchObject({ kind: 'convolutional' });
    emit({ type: 'configured', slot: 'cnn', sessionId: b.sessionId, paramCount: 2 });
    expect(lab.getState()).toMatchObject({ configured: true, paramCount: 2 });
  });

  it('keeps a trainer failure until Reset, which starts a new session', () => {
    const { emit, lab, lastSent } = setup();
    const at = { slot: 'cnn' as const, sessionId: lab.getState().sessionId };
    emit({ type: 'failed', ...at, problem: { code: 'diverged', step: 40, cause: 'notANumber', loss: Number.NaN, limit: Number.NaN, learningRate: 1, suggestedRate: 0.1, canClip: false } });
    expect(lab.getState().failure).toMatchObject({ code: 'diverged', step: 40 });
    // The step count names the same step as the message (the last chunk was never reported as progress).
    expect(lab.getState().step).toBe(40);
    lab.getState().reset();
    expect(lab.getState().failure).toBeNull();
    expect(lastSent('configure')!.sessionId).toBeGreaterThan(at.sessionId);
  });

  it('a preset replaces the training settings only when the user has not set them, or asks for the preset\'s', () => {
    const { lab } = setup();
    lab.getState().choosePreset('relu');
    expect(lab.getState()).toMatchObject({ presetId: 'relu', hyperEdited: false });
    lab.getState().setHyper({ learningRate: 0.5, batchSize: 7 });
    expect(lab.getState().hyperEdited).toBe(true);
    lab.getState().choosePreset('lenet5', true);
    expect(lab.getState()).toMatchObject({ presetId: 'lenet5', hyper: { learningRate: 0.5, batchSize: 7 } });
    lab.getState().choosePreset('fc-100');
    expect(lab.getState()).toMatchObject({ presetId: 'fc-100', hyperEdited: false, hyper: { learningRate: 0.002, batchSize: 32 } });
  });

  it('Train pressed while the network is being rebuilt starts training once it is built', () => {
    const { emit, lab, lastSent } = setup();
    lab.getState().updateLayer(0, { filters: 8 } as never);
    lab.getState().train();
    expect(lab.getState().pendingStart).toBe('train');
    expect(lastSent('train')).toBeUndefined();
    // The worker reports the rebuilt session (its configure goes out after the editing pause).
    const { sessionId } = lab.getState();
    emit({ type: 'configured', slot: 'cnn', sessionId, paramCount: 2 });
    expect(lastSent('train')).toMatchObject({ sessionId });
    expect(lab.getState().pendingStart).toBeNull();
  });

  it('pauses a training run when the user switches screens, and says so', () => {
    const { emit, lab, shell, lastSent } = setup();
    const at = { slot: 'cnn' as const, sessionId: lab.getState().sessionId };
    emit({ type: 'configured', ...at, paramCount: 1 });
    lab.getState().train();
    emit({ type: 'status', ...at, status: 'training' });
    shell.getState().showScreen('rnn');
    expect(lastSent('pause')).toEqual({ type: 'pause', ...at });
    expect(lab.getState().pausedOnLeave).toBe(true);
    lab.getState().train();
    expect(lab.getState().pausedOnLeave).toBe(false);
  });
});
