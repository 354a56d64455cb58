/**
 * The configurations the export is checked on: every preset of both labs plus settings the
 * presets do not reach (each pooling kind, same padding, stride 2, every optimizer, clipping, the
 * L2 penalty, expanded data, every cell, bidirectional stacks, every sequence task, hostile
 * strings). Used by the unit test and by the real-Keras check (bench/exportCode.measure.ts).
 */
import { PRESETS } from '../presets';
import { RNN_PRESETS } from '../recurrent/rnnPresets';
import type { RecurrentSpec } from '../recurrent/recurrentSpec';
import type { LayerSpec, NetworkSpec } from '../spec';
import { MNIST_INPUT } from '../spec';
import type { TaskSpec } from '../../data/tasks/taskTypes';
import type { ExportInput } from './exportTypes';

export interface ExportCase {
  id: string;
  input: ExportInput;
}

const baseTraining: ExportInput['training'] = {
  optimizer: 'adam', learningRate: 0.001, batchSize: 32, l2: 0, expandedData: false, clipping: false, clipThreshold: 1,
};

const cnn = (id: string, layers: LayerSpec[], training: Partial<ExportInput['training']>, init: NetworkSpec['init'] = 'glorotUniform', title = id): ExportCase => ({
  id,
  input: { model: { kind: 'convolutional', network: { input: { ...MNIST_INPUT }, classes: 10, layers, init } }, task: { id: 'mnistImages' }, training: { ...baseTraining, ...training }, seed: 7, title },
});

const rnn = (id: string, recurrent: RecurrentSpec, task: TaskSpec, training: Partial<ExportInput['training']>, title = id): ExportCase => ({
  id, input: { model: { kind: 'recurrent', recurrent }, task, training: { ...baseTraining, ...training }, seed: 3, title },
});

const softmax: LayerSpec = { type: 'dense', name: 'output', units: 10, activation: 'softmax' };

/** A text with every kind of character a literal must survive. */
export const HOSTILE_TEXT = '子曰：「學而時習之」😀👨‍👩‍👧 "quotes" \'single\' back\\slash\nnew line\r\nwindows\rmac\ttab \u202Ebidi\u202C \uFFFD end \u0000nul \u2028sep 🇹🇼 學而時習之，不亦說乎？';

/** 400 different characters, repeated past 50,000 code points: the text is cut and the vocabulary capped. */
function hugeText(): string {
  const alphabet = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
  const chars = Array.from(alphabet);
  let text = '';
  // Skewed frequencies (u² of an equidistributed u), so which 299 symbols are kept is decided by
  // counts, not only by order; every one of the 400 still appears.
  for (let i = 0; text.length < 60_000; i++) text += chars[Math.floor(chars.length * ((i * 0.6180339887) % 1) ** 2)]!;
  return text;
}

export function exportCases(): ExportCase[] {
  const presets: ExportCase[] = PRESETS.map((p) => ({
    id: `cnn-${p.id}`,
    input: { model: { kind: 'convolutional', network: p.spec }, task: { id: 'mnistImages' }, training: { ...p.training }, seed: 1, title: p.label },
  }));
  const rnnPresets: ExportCase[] = RNN_PRESETS.map((p) => ({
    id: `rnn-${p.id}`,
    input: { model: { kind: 'recurrent', recurrent: p.network }, task: p.task, training: { ...p.training, l2: 0, expandedData: false }, seed: 1, title: p.id },
  }));
  const lstm = (units: number, extra: Partial<RecurrentSpec> = {}): RecurrentSpec => ({ cell: 'lstm', units, layers: 1, bidirectional: false, forgetBias: 1, ...extra });
  const extras: ExportCase[] = [
    cnn('cnn-l2-pool-same-stride', [
      { type: 'zeroPad', name: 'pad', padding: 1 },
      { type: 'conv2d', name: 'conv1', filters: 6, kernel: 3, stride: 2, padding: 'same', activation: 'relu' },
      { type: 'pool', name: 'pool1', kind: 'l2', size: 2, stride: 2 },
      { type: 'conv2d', name: 'conv2', filters: 8, kernel: 3, stride: 1, padding: 'same', activation: 'tanh' },
      { type: 'pool', name: 'gap', kind: 'globalAverage', size: 2, stride: 2 },
      softmax,
    ], { optimizer: 'rmsprop', learningRate: 0.002, l2: 0.0005, clipping: true, clipThreshold: 5, expandedData: true }, 'leCunNormal'),
    cnn('cnn-average-momentum', [
      { type: 'conv2d', name: 'conv1', filters: 4, kernel: 5, stride: 1, padding: 'valid', activation: 'sigmoid' },
      { type: 'pool', name: 'pool1', kind: 'average', size: 3, stride: 2 },
      { type: 'flatten', name: 'flatten' },
      { type: 'dense', name: 'hidden', units: 16, activation: 'relu' },
      { type: 'dropout', name: 'drop', rate: 0.25 },
      { type: 'dense', name: 'logits', units: 10, activation: 'linear' },
      { type: 'activation', name: 'probabilities', activation: 'softmax' },
    ], { optimizer: 'momentum', learningRate: 0.05 }, 'heNormal'),
    cnn('cnn-sgd-odd-names', [
      // tfjs (and so the app) takes `/` and a leading digit in names; TensorFlow's Keras refuses `/`.
      { type: 'flatten', name: 'flat/ten' },
      { type: 'dense', name: '1st.dense', units: 12, activation: 'tanh' },
      { type: 'dropout', name: 'drop/out', rate: 0.1 },
      { type: 'dense', name: 'flat_ten', units: 12, activation: 'relu' },
      softmax,
    ], { optimizer: 'sgd', learningRate: 0.1 }, 'glorotUniform', 'Custom "network"\n# not a comment\\ 自訂網路 😀 \u202Eevil'),
    cnn('cnn-adagrad-l2', [
      { type: 'conv2d', name: 'conv1', filters: 4, kernel: 5, stride: 1, padding: 'valid', activation: 'relu' },
      { type: 'pool', name: 'pool1', kind: 'max', size: 2, stride: 2 },
      { type: 'flatten', name: 'flatten' },
      softmax,
    ], { optimizer: 'adagrad', learningRate: 0.01, l2: 0.001, expandedData: true }, 'heNormal'),
    rnn('rnn-bigru-signal-clip', { cell: 'gru', units: 8, layers: 2, bidirectional: true, forgetBias: 1 }, { id: 'signal', length: 20, noise: 0.2 },
      { clipping: true, clipThreshold: 2.5, learningRate: 0.01 }),
    rnn('rnn-simple-delay-rmsprop', { cell: 'simpleRNN', units: 8, layers: 2, bidirectional: false, forgetBias: 1, recurrentGain: 0.5 }, { id: 'delayedRecall', delay: 5, symbols: 3 },
      { optimizer: 'rmsprop', learningRate: 0.003 }),
    rnn('rnn-lstm-forget5-gain-adding', lstm(8, { forgetBias: 5, recurrentGain: 1.5 }), { id: 'adding', length: 12 },
      { optimizer: 'momentum', learningRate: 0.01, l2: 0.001 }),
    rnn('rnn-bilstm-rowmnist-adagrad', lstm(6, { layers: 2, bidirectional: true, forgetBias: 0 }), { id: 'rowMnist' }, { optimizer: 'adagrad', learningRate: 0.05, clipping: true, clipThreshold: 1 }),
    rnn('rnn-text-hostile', lstm(8, { forgetBias: -2 }), { id: 'text', text: HOSTILE_TEXT, length: 8 }, { optimizer: 'sgd', learningRate: 0.5 }, 'Text "quoted" \\ 😀\n論語'),
    rnn('rnn-text-huge', { cell: 'gru', units: 4, layers: 1, bidirectional: false, forgetBias: 1 }, { id: 'text', text: hugeText(), length: 5 }, {}),
  ];
  return [...presets, ...rnnPresets, ...extras];
}
