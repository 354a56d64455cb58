import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRnnLabStore } from './rnnLabStore';
import { createShellStore } from '../shellStore';
import { fakeRunner } from '../../test/fakeRunner';
import { findRnnPreset } from '../../engine/recurrent/rnnPresets';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const fake = fakeRunner();
  const shell = createShellStore(fake.runner, 'http://x/');
  return { ...fake, shell, lab: createRnnLabStore(shell) };
}

describe('RNN lab store', () => {
  it('configures the row-by-row MNIST LSTM preset in the RNN slot', () => {
    const { lastSent, lab } = setup();
    const configure = lastSent('configure')!;
    expect(configure).toMatchObject({
      slot: 'rnn', sessionId: lab.getState().sessionId,
      config: { task: { id: 'rowMnist' }, model: { kind: 'recurrent', recurrent: { cell: 'lstm', units: 64, forgetBias: 1 } } },
    });
  });

  it('starts a new session for every change of task or network, and remembers each task\'s options', () => {
    const { lastSent, lab } = setup();
    const first = lab.getState().sessionId;
    lab.getState().chooseTask('adding');
    lab.getState().setTaskOptions({ length: 12 });
    lab.getState().setNetwork({ cell: 'gru', bidirectional: true });
    vi.advanceTimersByTime(300);
    const configure = lastSent('configure')!;
    expect(configure.sessionId).toBeGreaterThan(first);
    expect(configure.config).toMatchObject({ task: { id: 'adding', length: 12 }, model: { recurrent: { cell: 'gru', bidirectional: true } } });
    expect(lab.getState().presetId).toBeNull();
    lab.getState().chooseTask('signal');
    lab.getState().chooseTask('adding');
    expect(lab.getState().task).toEqual({ id: 'adding', length: 12 });
  });

  it('a preset replaces task, network and optimizer settings', () => {
    const { lab } = setup();
    lab.getState().setHyper({ learningRate: 0.5 });
    lab.getState().choosePreset('delay-lstm');
    const preset = findRnnPreset('delay-lstm')!;
    expect(lab.getState()).toMatchObject({ task: preset.task, network: preset.network, presetId: 'delay-lstm' });
    expect(lab.getState().hyper.learningRate).toBe(preset.training.learningRate);
  });

  it('sends no configuration while the task options are impossible, and says why', () => {
    const { sent, lab } = setup();
    lab.getState().chooseTask('delayedRecall');
    vi.advanceTimersByTime(300);
    const before = sent.filter((m) => m.type === 'configure').length;
    lab.getState().setTaskOptions({ delay: 0 });
    vi.advanceTimersByTime(300);
    expect(lab.getState().taskProblems).toEqual([{ code: 'delayOutOfRange', min: 1, max: 100 }]);
    expect(sent.filter((m) => m.type === 'configure')).toHaveLength(before);
  });

  it('keeps the newest unrolled answer only, for the session it shows', () => {
    const { emit, lab, lastSent } = setup();
    const at = { slot: 'rnn' as const, sessionId: lab.getState().sessionId };
    emit({ type: 'configured', ...at, paramCount: 5 });
    lab.getState().requestUnroll();
    lab.getState().requestUnroll();
    const request = lastSent('unroll')!;
    expect(request).toMatchObject({ ...at, example: 0 });
    const answer = (requestId: number, step: number) => ({
      type: 'unrolled' as const, ...at, requestId, step, example: 0, inputs: new Float32Array(4), steps: 2, features: 2,
      targets: { kind: 'classes' as const, labels: Int32Array.from([1]) }, pixels: null,
      network: { steps: 2, layers: [], output: new Float32Array(2), outputShape: [2] }, characters: null, vocabulary: null,
      gradients: { loss: 1, steps: 2, layers: [] }, spectrum: { cell: 'lstm' as const, block: 'candidate' as const, radius: 1, norm: 1 },
    });
    emit(answer(request.requestId, 9));
    emit(answer(request.requestId - 1, 7));
    expect(lab.getState().unrollHolder.current?.step).toBe(9);
    emit({ ...answer(request.requestId + 1, 11), sessionId: at.sessionId - 1 });
    expect(lab.getState().unrollHolder.current?.step).toBe(9);
  });
});
