import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRnnLabStore } from './rnnLabStore';
import { compareActions, createComparePair } from './compareStores';
import { createShellStore } from '../shellStore';
import { fakeRunner } from '../../test/fakeRunner';
import { findRnnPreset } from '../../engine/recurrent/rnnPresets';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(presetId = 'text-english-lstm') {
  const fake = fakeRunner();
  const shell = createShellStore(fake.runner, 'http://x/');
  const lab = createRnnLabStore(shell, { slot: 'rnn', preset: findRnnPreset(presetId)! });
  return { ...fake, shell, lab };
}

describe('generating text from the store', () => {
  it('starts with a seed from the text, sends the request, keeps only the newest answer, and words refusals as codes', () => {
    const { lab, lastSent, emit } = setup();
    expect(lab.getState().seedText).toBe('Alice was be');
    const at = { slot: 'rnn' as const, sessionId: lab.getState().sessionId };
    lab.getState().generate();
    expect(lab.getState().generationProblem).toEqual({ code: 'notReady' });
    emit({ type: 'configured', ...at, paramCount: 1 });
    lab.getState().setGenerationOptions({ temperature: 0.5, generateLength: 30 });
    lab.getState().generate();
    const first = lastSent('generate')!;
    expect(first.request).toMatchObject({ seedText: 'Alice was be', temperature: 0.5, length: 30 });
    lab.getState().generate();
    const second = lastSent('generate')!;
    expect(second.requestId).toBeGreaterThan(first.requestId);
    expect(second.request.seed).not.toBe(first.request.seed);
    const answer = (requestId: number, characters: string[]) => emit({
      type: 'generated', ...at, requestId, step: 3, characters, probabilities: new Float32Array(characters.length), unknownSeedCharacters: 0,
    });
    answer(second.requestId, ['x']);
    answer(first.requestId, ['y']);
    expect(lab.getState().generation?.characters).toEqual(['x']);
    expect(lab.getState().generating).toBeNull();
    lab.getState().setGenerationOptions({ seedText: '' });
    lab.getState().generate();
    expect(lab.getState().generationProblem).toEqual({ code: 'emptySeed' });
    emit({ type: 'generationRefused', ...at, requestId: 99, problem: { code: 'bidirectionalModel' } });
    expect(lab.getState().generationProblem).toEqual({ code: 'bidirectionalModel' });
  });

  it('a new text the seed cannot be read in gives a new seed from that text; a fitting seed is kept', () => {
    const { lab } = setup();
    lab.getState().setTaskOptions({ text: '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍' });
    expect(lab.getState().seedText).toBe('學而時習之，不亦說乎？有');
    lab.getState().setGenerationOptions({ seedText: '有朋' });
    lab.getState().setTaskOptions({ text: '有朋自遠方來，不亦樂乎？'.repeat(5) });
    expect(lab.getState().seedText).toBe('有朋');
  });

  it('a bad text is a task problem, and no configuration is sent for it', () => {
    const { lab, sent } = setup();
    const before = sent.filter((m) => m.type === 'configure').length;
    lab.getState().setTaskOptions({ text: '' });
    vi.advanceTimersByTime(300);
    expect(lab.getState().taskProblems).toEqual([{ code: 'textEmpty' }]);
    expect(sent.filter((m) => m.type === 'configure')).toHaveLength(before);
  });
});

describe('the compare pair', () => {
  it('builds a SimpleRNN and an LSTM from the same seed in their own slots, and changes the delay live in both', () => {
    const fake = fakeRunner();
    const shell = createShellStore(fake.runner, 'http://x/');
    const pair = createComparePair(shell);
    const configures = fake.sent.filter((m) => m.type === 'configure');
    expect(configures.map((m) => [m.slot, m.config.model.kind === 'recurrent' && m.config.model.recurrent.cell, m.config.seed])).toEqual([
      ['compareSimple', 'simpleRNN', 1], ['compareLstm', 'lstm', 1],
    ]);
    for (const store of [pair.simple, pair.lstm]) {
      const s = store.getState();
      fake.emit({ type: 'configured', slot: s.slot, sessionId: s.sessionId, paramCount: 1 });
    }
    const ids = [pair.simple.getState().sessionId, pair.lstm.getState().sessionId];
    compareActions.train(pair);
    expect(fake.sent.filter((m) => m.type === 'train').map((m) => m.slot)).toEqual(['compareSimple', 'compareLstm']);
    compareActions.setDelay(pair, 20);
    const retasks = fake.sent.filter((m) => m.type === 'retask');
    expect(retasks.map((m) => [m.slot, m.task])).toEqual([
      ['compareSimple', { id: 'delayedRecall', delay: 20, symbols: 4 }], ['compareLstm', { id: 'delayedRecall', delay: 20, symbols: 4 }],
    ]);
    // The same sessions go on: no new ids, no new configuration.
    expect([pair.simple.getState().sessionId, pair.lstm.getState().sessionId]).toEqual(ids);
    compareActions.setUnits(pair, 8);
    expect(pair.simple.getState().sessionId).toBeGreaterThan(ids[0]!);
    // Leaving the RNN screen pauses both.
    for (const store of [pair.simple, pair.lstm]) {
      const s = store.getState();
      fake.emit({ type: 'status', slot: s.slot, sessionId: s.sessionId, status: 'training' });
    }
    shell.getState().showScreen('rnn');
    shell.getState().showScreen('cnn');
    expect(fake.sent.filter((m) => m.type === 'pause').map((m) => m.slot)).toEqual(expect.arrayContaining(['compareSimple', 'compareLstm']));
  });
});
