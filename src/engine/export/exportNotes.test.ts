import { describe, expect, it } from 'vitest';
import { exportNotes, truncatedSpread } from './exportNotes';
import { exportCases } from './exportCases';
import { exportFileName, slug } from './exportFileName';
import type { ExportInput, ExportNote } from './exportTypes';
import { summarizeRecurrent } from '../recurrent/recurrentSummary';
import { taskGeometry } from '../../data/tasks/syntheticTask';

const cases = new Map(exportCases().map((c) => [c.id, c.input]));
const inputOf = (id: string): ExportInput => cases.get(id)!;
const notesOf = (id: string) => exportNotes(inputOf(id));
const codes = (id: string) => notesOf(id).map((n) => n.code);
const find = <C extends ExportNote['code']>(id: string, code: C) => notesOf(id).find((n): n is Extract<ExportNote, { code: C }> => n.code === code);

describe('export notes', () => {
  it("compute the truncated normal's spread (Keras's own constant is 0.87962566103423978)", () => {
    expect(truncatedSpread()).toBeCloseTo(0.87962566103423978, 14);
    const note = find('cnn-conv-pool', 'truncatedNormal')!;
    expect(note).toMatchObject({ init: 'heNormal', scale: 2, appliesTo: 'keras' });
    expect(note.kerasScale).toBeCloseTo(2 * 0.87962566103423978 ** 2, 12);
  });

  it('name the initializer only when it is not Glorot uniform', () => {
    expect(find('cnn-conv-pool', 'kernelInitializer')).toMatchObject({ init: 'heNormal' });
    expect(codes('cnn-keras-mlp')).not.toContain('kernelInitializer');
    expect(codes('cnn-lenet5')).not.toContain('truncatedNormal');
  });

  it("count what Keras's default GRU would add", () => {
    const input = inputOf('rnn-bigru-signal-clip');
    const spec = input.model.kind === 'recurrent' ? input.model.recurrent : null;
    const geometry = taskGeometry(input.task);
    const params = summarizeRecurrent(spec!, geometry).totalParams;
    // reset_after=True: 3 × (in·u + u·u + 2u) per direction instead of 3 × (in·u + u·u + u).
    const [u, directions] = [spec!.units, 2];
    const withResetAfter = directions * 3 * (1 * u + u * u + 2 * u) + directions * 3 * (2 * u * u + u * u + 2 * u) + (2 * u + 1) * 1;
    expect(find('rnn-bigru-signal-clip', 'gruResetAfter')).toEqual({ code: 'gruResetAfter', appliesTo: 'keras', params, kerasDefaultParams: withResetAfter, extraPerLayer: directions * 3 * u });
    expect(codes('rnn-row-mnist-lstm')).not.toContain('gruResetAfter');
  });

  it('give the recurrent choices with their values', () => {
    expect(find('rnn-delay-lstm', 'forgetBias')).toMatchObject({ value: 5, kerasDefault: 1, tfjsDefault: 0 });
    expect(find('rnn-lstm-forget5-gain-adding', 'recurrentGain')).toMatchObject({ gain: 1.5 });
    expect(codes('rnn-row-mnist-lstm')).not.toContain('recurrentGain');
    expect(codes('rnn-delay-simple-rnn')).not.toContain('recurrentActivation');
    expect(find('rnn-signal-gru', 'recurrentActivation')).toMatchObject({ appliesTo: 'tfjs' });
    expect(find('rnn-row-mnist-lstm', 'fixedSteps')).toMatchObject({ steps: 28 });
  });

  it('list the training settings that apply, and only those', () => {
    expect(find('cnn-l2-pool-same-stride', 'l2Pooling')).toMatchObject({ layers: ['pool1'] });
    expect(find('cnn-l2-pool-same-stride', 'l2Penalty')).toMatchObject({ lambda: 0.0005, recurrent: false });
    expect(find('rnn-lstm-forget5-gain-adding', 'l2Penalty')).toMatchObject({ lambda: 0.001, recurrent: true });
    expect(find('cnn-l2-pool-same-stride', 'clipping')).toMatchObject({ threshold: 5 });
    expect(find('cnn-expanded', 'expandedData')).toMatchObject({ shifts: 5 });
    for (const id of ['cnn-conv-pool', 'rnn-row-mnist-lstm']) {
      expect(codes(id)).not.toContain('l2Pooling');
      expect(codes(id)).not.toContain('l2Penalty');
      expect(codes(id)).not.toContain('clipping');
      expect(codes(id)).not.toContain('expandedData');
    }
    expect(find('rnn-adding-lstm', 'withinTolerance')).toMatchObject({ tolerance: 0.04 });
    expect(codes('rnn-delay-lstm')).not.toContain('withinTolerance');
  });

  it('compare the optimizer with Keras defaults', () => {
    expect(find('cnn-average-momentum', 'optimizerSetting')).toBeDefined();
    expect(notesOf('cnn-average-momentum').filter((n) => n.code === 'optimizerSetting')).toEqual([
      { code: 'optimizerSetting', appliesTo: 'keras', optimizer: 'momentum', setting: 'learning_rate', value: 0.05, kerasDefault: 0.01 },
      { code: 'optimizerSetting', appliesTo: 'keras', optimizer: 'momentum', setting: 'momentum', value: 0.9, kerasDefault: 0 },
    ]);
    // Adam at Keras's default rate: only the ε placement is worth a note.
    expect(notesOf('cnn-conv-pool').filter((n) => n.code === 'optimizerSetting')).toEqual([]);
    const adam = find('cnn-conv-pool', 'adamEpsilon')!;
    expect(adam.firstStepFactor).toBeCloseTo(Math.sqrt(0.001), 12);
    expect(Math.sqrt(1 - 0.999 ** adam.stepsToOnePercent)).toBeGreaterThanOrEqual(0.99);
    expect(Math.sqrt(1 - 0.999 ** (adam.stepsToOnePercent - 1))).toBeLessThan(0.99);
  });

  it('say what an epoch is and what the seed does', () => {
    expect(find('cnn-conv-pool', 'epochs')).toMatchObject({ source: 'mnist', stepsPerEpoch: 1875, batchSize: 32, examplesPerEpoch: 60_000 });
    expect(find('rnn-adding-lstm', 'epochs')).toMatchObject({ source: 'generated', stepsPerEpoch: 100, examplesPerEpoch: 3200 });
    expect(find('cnn-conv-pool', 'seed')).toMatchObject({ seed: 1, tfjsSameKernels: true });
    expect(find('rnn-adding-lstm', 'seed')).toMatchObject({ tfjsSameKernels: false });
  });

  it('report a cut text, a capped vocabulary and renamed layers', () => {
    expect(find('rnn-text-huge', 'textCut')).toMatchObject({ characters: 50_000 });
    expect(find('rnn-text-huge', 'textUnknown')).toMatchObject({ symbols: 300, distinct: 400 });
    expect(codes('rnn-text-english-lstm')).not.toContain('textCut');
    expect(notesOf('cnn-sgd-odd-names').filter((n) => n.code === 'renamedLayer')).toEqual([
      { code: 'renamedLayer', appliesTo: 'keras', from: 'flat/ten', to: 'flat_ten_2' },
      { code: 'renamedLayer', appliesTo: 'keras', from: 'drop/out', to: 'drop_out' },
    ]);
  });

  it('never throw, whatever the strings', () => {
    for (const input of cases.values()) expect(() => exportNotes({ ...input, title: '\uD800"\n\\' })).not.toThrow();
  });
});

describe('file names', () => {
  it('are slugs of the title', () => {
    expect(exportFileName({ ...inputOf('cnn-lenet5'), title: 'LeNet-5' }, 'keras')).toBe('lenet-5.py');
    expect(exportFileName({ ...inputOf('cnn-lenet5'), title: 'LeNet-5' }, 'tfjs')).toBe('lenet-5.mjs');
    expect(slug('+ conv-pool (20 filters 5×5, max-pool 2×2)', 'x')).toBe('conv-pool-20-filters-5-5-max-pool-2-2');
    expect(slug('Café "déjà" vu', 'x')).toBe('cafe-deja-vu');
    expect(exportFileName({ ...inputOf('rnn-delay-lstm'), title: '自訂網路 😀' }, 'keras')).toBe('rnn-model.py');
    expect(exportFileName({ ...inputOf('cnn-fc-100'), title: '../../etc/passwd\n' }, 'tfjs')).toBe('etc-passwd.mjs');
    expect(slug('a'.repeat(30) + ' ' + 'b'.repeat(30), 'x')).toBe('a'.repeat(30));
  });
});
