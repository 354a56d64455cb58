import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { summarizeNetwork, windowOutput, type ShapeProblem } from './shapes';
import { buildModel } from './buildModel';
import { PRESETS } from './presets';
import type { LayerSpec, NetworkSpec } from './spec';
import { MNIST_INPUT } from './spec';

const net = (layers: LayerSpec[]): NetworkSpec => ({ input: { ...MNIST_INPUT }, classes: 10, layers });
const out: LayerSpec = { type: 'dense', name: 'out', units: 10, activation: 'softmax' };
const flat: LayerSpec = { type: 'flatten', name: 'flat' };

describe('shape and parameter inference (the notes\' arithmetic)', () => {
  it('28×28 → 24×24 → 12×12 for a 5×5 convolution and 2×2 max-pooling; 20 filters = 520 parameters', () => {
    const s = summarizeNetwork(net([
      { type: 'conv2d', name: 'conv', filters: 20, kernel: 5, stride: 1, padding: 'valid', activation: 'sigmoid' },
      { type: 'pool', name: 'pool', kind: 'max', size: 2, stride: 2 }, flat, out,
    ]));
    expect(s.trainable).toBe(true);
    expect(s.layers[0]!.outputShape).toEqual([24, 24, 20]);
    expect(s.layers[0]!.params).toBe(520);
    expect(s.layers[1]!.outputShape).toEqual([12, 12, 20]);
    expect(s.layers[2]!.outputShape).toEqual([2880]);
  });

  it('a 784→30 dense layer has 23,550 parameters', () => {
    const s = summarizeNetwork(net([flat, { type: 'dense', name: 'hidden', units: 30, activation: 'sigmoid' }, out]));
    expect(s.layers[1]!.params).toBe(23_550);
  });

  it('LeNet-5 on a zero-padded 32×32 input: 28×28×6 → 14×14×6 → 10×10×16 → 5×5×16 → 1×1×120, 61,706 parameters', () => {
    const s = summarizeNetwork(PRESETS.find((p) => p.id === 'lenet5')!.spec);
    expect(s.layers.map((l) => l.outputShape)).toEqual([
      [32, 32, 1], [28, 28, 6], [14, 14, 6], [10, 10, 16], [5, 5, 16], [1, 1, 120], [120], [84], [10],
    ]);
    // The notes quote "60k"; the exact count is 156 + 2,416 + 48,120 + 10,164 + 850.
    expect(s.totalParams).toBe(61_706);
  });

  it('same padding keeps ⌈n / stride⌉ and valid padding gives ⌊(n − k) / s⌋ + 1', () => {
    expect(windowOutput(28, 5, 1, 'same').size).toBe(28);
    expect(windowOutput(28, 3, 2, 'same').size).toBe(14);
    expect(windowOutput(227, 11, 4, 'valid').size).toBe(55);
    expect(windowOutput(7, 3, 2, 'valid').size).toBe(3);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('inferred parameters equal model.countParams() for preset %s', (_id, preset) => {
    const summary = summarizeNetwork(preset.spec);
    expect(summary.trainable).toBe(true);
    const before = tf.memory().numTensors;
    const model = buildModel(preset.spec, 1);
    try {
      expect(summary.totalParams).toBe(model.countParams());
      // By name: a branched model lists its layers in tfjs's own order.
      expect(model.layers.length).toBe(summary.layers.length + 1);
      summary.layers.forEach((layer) => {
        expect([layer.name, (model.getLayer(layer.name).outputShape as (number | null)[]).slice(1)]).toEqual([layer.name, layer.outputShape]);
      });
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

const conv = (extra: Partial<Extract<LayerSpec, { type: 'conv2d' }>> = {}): LayerSpec =>
  ({ type: 'conv2d', name: 'conv', filters: 8, kernel: 5, stride: 1, padding: 'valid', activation: 'relu', ...extra });

const invalid: [string, NetworkSpec, string, Partial<ShapeProblem>][] = [
  ['kernel larger than its input', net([{ type: 'pool', name: 'pool', kind: 'max', size: 7, stride: 7 }, conv({ kernel: 5 }), flat, out]), 'conv', { code: 'windowTooBig', height: 4, width: 4, window: 5 }],
  ['negative output size', net([conv({ kernel: 31 }), flat, out]), 'conv', { code: 'windowTooBig', rows: '⌊(28 − 31) / 1⌋ + 1 = -2' }],
  ['dense on an unflattened tensor', net([conv(), { type: 'dense', name: 'fc', units: 10, activation: 'softmax' }]), 'fc', { code: 'needsFlat', shape: '24×24×8' }],
  ['convolution after flatten', net([flat, conv(), out]), 'conv', { code: 'needsImage', layer: 'conv2d', length: 784 }],
  ['pooling after flatten', net([flat, { type: 'pool', name: 'pool', kind: 'max', size: 2, stride: 2 }, out]), 'pool', { code: 'needsImage', layer: 'pool', length: 784 }],
  ['pool window too big', net([{ type: 'pool', name: 'pool', kind: 'average', size: 30, stride: 2 }, flat, out]), 'pool', { code: 'windowTooBig', pool: true, window: 30 }],
  ['zero filters', net([conv({ filters: 0 }), flat, out]), 'conv', { code: 'settingOutOfRange', setting: 'filters', value: '0' }],
  ['fractional kernel', net([conv({ kernel: 2.5 }), flat, out]), 'conv', { code: 'settingOutOfRange', setting: 'kernel', value: '2.5' }],
  ['zero stride', net([conv({ stride: 0 }), flat, out]), 'conv', { code: 'settingOutOfRange', setting: 'stride', value: '0' }],
  ['unknown padding', net([conv({ padding: 'full' as 'same' }), flat, out]), 'conv', { code: 'unknownOption', setting: 'padding', value: 'full' }],
  ['unknown activation', net([flat, { type: 'dense', name: 'fc', units: 5, activation: 'swish' as 'relu' }, out]), 'fc', { code: 'unknownOption', setting: 'activation', value: 'swish' }],
  ['dropout rate of 1', net([flat, { type: 'dropout', name: 'drop', rate: 1 }, out]), 'drop', { code: 'settingOutOfRange', setting: 'rate', value: '1', belowMax: true }],
  ['negative dropout rate', net([flat, { type: 'dropout', name: 'drop', rate: -0.1 }, out]), 'drop', { code: 'settingOutOfRange', setting: 'rate', value: '-0.1' }],
  ['duplicate names', net([flat, { type: 'dense', name: 'out', units: 20, activation: 'relu' }, out]), 'out', { code: 'nameTwice', name: 'out' }],
  ['empty name', net([{ type: 'flatten', name: ' ' }, out]), '#1', { code: 'nameMissing' }],
  ['a name tfjs refuses (Chinese)', net([{ type: 'flatten', name: '展平' }, out]), '展平', { code: 'nameNotAllowed', name: '展平' }],
  ['a name tfjs refuses (a space)', net([{ type: 'flatten', name: 'my flatten' }, out]), 'my flatten', { code: 'nameNotAllowed', name: 'my flatten' }],
  ['wrong number of outputs', net([flat, { type: 'dense', name: 'fc', units: 7, activation: 'softmax' }]), 'fc', { code: 'wrongOutput', classes: 10, shape: '7' }],
  ['no softmax at the end', net([flat, { type: 'dense', name: 'fc', units: 10, activation: 'relu' }]), 'fc', { code: 'needsSoftmax' }],
  ['no layers at all', net([]), 'network', { code: 'noLayers', classes: 10 }],
  ['unknown layer type', net([{ type: 'lstm', name: 'rnn' } as unknown as LayerSpec, flat, out]), 'rnn', { code: 'unknownOption', setting: 'type', value: 'lstm' }],
  ['unknown pooling kind', net([{ type: 'pool', name: 'pool', kind: 'median' as 'max', size: 2, stride: 2 }, flat, out]), 'pool', { code: 'unknownOption', setting: 'pooling', value: 'median' }],
  ['an input that names no layer above', net([{ type: 'flatten', name: 'f', inputs: ['x'] }, out]), 'f', { code: 'unknownInput', name: 'x' }],
  ['a branch that leads nowhere', net([conv({ name: 'c1' }), { type: 'flatten', name: 'f', inputs: ['input'] }, out]), 'c1', { code: 'unusedOutput', name: 'c1' }],
  ['an add of different shapes', net([conv({ name: 'c1' }), { type: 'add', name: 'sum', inputs: ['input', 'c1'] }, flat, out]), 'sum', { code: 'shapesDiffer', merge: 'add', shapes: ['28×28×1', '24×24×8'] }],
  ['too many parameters to train here', net([conv({ padding: 'same', filters: 64 }), flat, { type: 'dense', name: 'fc', units: 4096, activation: 'relu' }, out]), 'network', { code: 'tooManyParams', max: 5_000_000 }],
  ['units above what is analysed', net([flat, { type: 'dense', name: 'fc', units: 100000, activation: 'relu' }, out]), 'fc', { code: 'settingOutOfRange', setting: 'units', value: '100000', min: 1, max: 65_536 }],
  ['units above what is trained here', net([flat, { type: 'dense', name: 'fc', units: 5000, activation: 'relu' }, out]), 'fc', { code: 'tooWideToTrain', setting: 'units', value: 5000, max: 4096 }],
  ['flatten of something already flat', net([flat, { type: 'flatten', name: 'flat2' }, out]), 'flat2', { code: 'alreadyFlat', length: 784 }],
  ['zero-padding that is negative', net([{ type: 'zeroPad', name: 'pad', padding: -1 }, flat, out]), 'pad', { code: 'settingOutOfRange', setting: 'padding', value: '-1', min: 0, max: 64 }],
];

describe('validation of impossible networks', () => {
  it.each(invalid)('%s is reported on the offending layer and never throws', (_title, spec, layerName, message) => {
    let summary!: ReturnType<typeof summarizeNetwork>;
    expect(() => { summary = summarizeNetwork(spec); }).not.toThrow();
    expect(summary.trainable).toBe(false);
    const problem = summary.problems[0]!;
    expect(problem.layerName).toBe(layerName);
    expect(problem.problem).toMatchObject(message);
  });

  it('survives garbage that is not a spec at all', () => {
    for (const garbage of [null, undefined, 42, 'net', {}, { layers: 'x' }, { input: {}, layers: [null] }]) {
      expect(() => summarizeNetwork(garbage as unknown as NetworkSpec)).not.toThrow();
      expect(summarizeNetwork(garbage as unknown as NetworkSpec).trainable).toBe(false);
    }
  });
});
