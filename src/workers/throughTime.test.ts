/**
 * The worker's side of the through-time lessons, in Node on the cpu backend: a live change of the
 * delay keeps the trained weights and the step count; Generate writes text only from the
 * training text's own characters, the same text for the same request; a bidirectional model and
 * a seed the model cannot read are refused with codes; and every progress report carries one
 * gradient norm per step.
 */
import { describe, expect, it, vi } from 'vitest';
import { Trainer } from './trainer';
import type { FromWorker, Hyperparameters, SessionConfig, ToWorker } from './protocol';

const hyper: Hyperparameters = { optimizer: 'adam', learningRate: 0.02, batchSize: 8, l2: 0, expandedData: false, clipping: true, clipThreshold: 1 };
const TEXT = 'abcab cabca bcabc '.repeat(8);

function harness() {
  const messages: FromWorker[] = [];
  const trainer = new Trainer((m) => messages.push(m));
  const send = (message: ToWorker) => trainer.handle(message);
  const last = <T extends FromWorker['type']>(type: T) => messages.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type).at(-1);
  const waitFor = (predicate: () => boolean) => vi.waitFor(() => expect(predicate()).toBe(true), { timeout: 60_000, interval: 20 });
  send({ type: 'init', dataUrl: 'http://unused/', backend: 'cpu' });
  return { messages, send, last, waitFor };
}

const config = (overrides: Partial<SessionConfig>): SessionConfig => ({
  model: { kind: 'recurrent', recurrent: { cell: 'lstm', units: 6, layers: 1, bidirectional: false, forgetBias: 1 } },
  task: { id: 'delayedRecall', delay: 5, symbols: 3 }, hyper, seed: 4, ...overrides,
});

describe('the trainer and the through-time lessons', () => {
  it('changes the delay under the same weights: training goes on, views follow the new length', async () => {
    const { send, last, waitFor, messages } = harness();
    const at = { slot: 'compareLstm' as const, sessionId: 1 };
    send({ type: 'configure', ...at, config: config({}) });
    await waitFor(() => last('configured') !== undefined);
    send({ type: 'step', ...at });
    send({ type: 'step', ...at });
    await waitFor(() => last('progress')?.step === 2);
    expect(last('progress')!.gradientNorms).toHaveLength(1);
    send({ type: 'retask', ...at, task: { id: 'delayedRecall', delay: 12, symbols: 3 } });
    await waitFor(() => last('retasked') !== undefined);
    send({ type: 'step', ...at });
    await waitFor(() => last('progress')?.step === 3);
    send({ type: 'unroll', ...at, requestId: 1, example: 0 });
    await waitFor(() => last('unrolled') !== undefined);
    expect(last('unrolled')!.steps).toBe(14);
    expect(last('unrolled')!.gradients.layers[0]!.norms).toHaveLength(14);
    // A task the network cannot read (other features per step) is refused, and nothing is rebuilt.
    send({ type: 'retask', ...at, task: { id: 'delayedRecall', delay: 12, symbols: 5 } });
    await waitFor(() => last('failed') !== undefined);
    expect(last('failed')!.problem).toMatchObject({ code: 'invalidConfiguration' });
    expect(messages.filter((m) => m.type === 'configured')).toHaveLength(1);
  });

  it('writes text from the training text\'s own characters, the same for the same request, and refuses what it cannot do', async () => {
    const { send, last, waitFor, messages } = harness();
    const at = { slot: 'rnn' as const, sessionId: 1 };
    send({ type: 'configure', ...at, config: config({ task: { id: 'text', text: TEXT, length: 8 } }) });
    await waitFor(() => last('configured') !== undefined);
    for (let i = 0; i < 5; i++) send({ type: 'step', ...at });
    await waitFor(() => last('progress')?.step === 5);
    const request = { seedText: 'ab', length: 60, temperature: 1, seed: 9 };
    send({ type: 'generate', ...at, requestId: 1, request });
    send({ type: 'generate', ...at, requestId: 2, request });
    await waitFor(() => messages.filter((m) => m.type === 'generated').length === 2);
    const [a, b] = messages.filter((m): m is Extract<FromWorker, { type: 'generated' }> => m.type === 'generated');
    expect(a!.characters).toHaveLength(60);
    expect(a!.characters).toEqual(b!.characters);
    expect(a!.characters.every((c) => 'abc '.includes(c))).toBe(true);
    send({ type: 'generate', ...at, requestId: 3, request: { ...request, seedText: 'xyz' } });
    await waitFor(() => last('generationRefused')?.requestId === 3);
    expect(last('generationRefused')!.problem).toEqual({ code: 'seedHasNoKnownCharacter' });

    const bi = { slot: 'rnn' as const, sessionId: 2 };
    send({ type: 'configure', ...bi, config: config({ task: { id: 'text', text: TEXT, length: 8 }, model: { kind: 'recurrent', recurrent: { cell: 'gru', units: 4, layers: 1, bidirectional: true, forgetBias: 1 } } }) });
    await waitFor(() => last('configured')?.sessionId === 2);
    send({ type: 'generate', ...bi, requestId: 4, request });
    await waitFor(() => last('generationRefused')?.requestId === 4);
    expect(last('generationRefused')!.problem).toEqual({ code: 'bidirectionalModel' });
  });
});
