import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeShareHash, readShareHash, SHARE_VERSION } from './shareCodec';
import { cnnSharedToJson, readCnnShared, type CnnShared } from './cnnShare';
import { readRnnShared, rnnSharedToJson, type RnnShared } from './rnnShare';
import { FIELD_RULES, type NumberRule } from '../fieldRules';
import { OPTIMIZER_NAMES } from '../../engine/optimizerNames';
import { PRESETS } from '../../engine/presets';
import { RNN_PRESETS } from '../../engine/recurrent/rnnPresets';
import type { LayerSpec } from '../../engine/spec';
import type { Hyperparameters } from '../../workers/protocol';
import type { TaskSpec } from '../../data/tasks/taskTypes';
import type { SharedObject } from './shareFields';

const inRule = (rule: NumberRule) => (rule.integer
  ? fc.integer({ min: rule.min, max: rule.max })
  : fc.double({ min: rule.min, max: rule.max, noNaN: true, noDefaultInfinity: true })
    .filter((v) => !(rule.aboveMin && v === rule.min) && !(rule.belowMax && v === rule.max) && !Object.is(v, -0)));

const hyper: fc.Arbitrary<Hyperparameters> = fc.record({
  learningRate: inRule(FIELD_RULES.learningRate), batchSize: inRule(FIELD_RULES.batchSize), optimizer: fc.constantFrom(...OPTIMIZER_NAMES),
  l2: inRule(FIELD_RULES.l2), expandedData: fc.boolean(), clipping: fc.boolean(), clipThreshold: inRule(FIELD_RULES.clipThreshold),
});

const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
const layer: fc.Arbitrary<LayerSpec> = fc.oneof(
  fc.record({ type: fc.constant('conv2d' as const), name, filters: inRule(FIELD_RULES.filters), kernel: fc.integer({ min: 1, max: 9 }), stride: fc.integer({ min: 1, max: 3 }), padding: fc.constantFrom('valid' as const, 'same' as const), activation: fc.constantFrom('relu' as const, 'sigmoid' as const, 'tanh' as const) }),
  fc.record({ type: fc.constant('pool' as const), name, kind: fc.constantFrom('max' as const, 'average' as const, 'l2' as const, 'globalAverage' as const), size: fc.integer({ min: 1, max: 4 }), stride: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ type: fc.constant('dense' as const), name, units: inRule(FIELD_RULES.units), activation: fc.constantFrom('relu' as const, 'softmax' as const, 'linear' as const) }),
  fc.record({ type: fc.constant('dropout' as const), name, rate: inRule(FIELD_RULES.dropoutRate) }),
  fc.record({ type: fc.constant('flatten' as const), name }),
  fc.record({ type: fc.constant('zeroPad' as const), name, padding: inRule(FIELD_RULES.zeroPadding) }),
  fc.record({ type: fc.constant('pool' as const), name, kind: fc.constantFrom('max' as const, 'average' as const), size: fc.integer({ min: 1, max: 4 }), stride: fc.integer({ min: 1, max: 4 }), padding: fc.constantFrom('valid' as const, 'same' as const) }),
);
const inputList = fc.array(name, { minLength: 1, maxLength: 8 });
/** Branches: merge layers with their inputs, and any other layer reading named layers. */
const branchedLayer: fc.Arbitrary<LayerSpec> = fc.oneof(
  fc.tuple(layer, fc.option(inputList, { nil: undefined })).map(([l, inputs]) => (inputs ? { ...l, inputs } : l)),
  fc.record({ type: fc.constantFrom('add' as const, 'concatenate' as const), name, inputs: inputList }),
);

const cnnShared: fc.Arbitrary<CnnShared> = fc.oneof(
  fc.record({
    preset: fc.constantFrom(...PRESETS.map((p) => p.id)), hyper, seed: inRule(FIELD_RULES.seed),
    input: fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
  }).map((s) => ({ ...s, layers: PRESETS.find((p) => p.id === s.preset)!.spec.layers, init: PRESETS.find((p) => p.id === s.preset)!.spec.init ?? 'glorotUniform' })),
  fc.record({
    preset: fc.constant(null), layers: fc.array(branchedLayer, { minLength: 1, maxLength: 8 }), init: fc.constantFrom('glorotUniform' as const, 'leCunNormal' as const, 'heNormal' as const),
    hyper, seed: inRule(FIELD_RULES.seed), input: fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
  }),
);

const task: fc.Arbitrary<TaskSpec> = fc.oneof(
  fc.constant({ id: 'rowMnist' as const }),
  fc.record({ id: fc.constant('delayedRecall' as const), delay: inRule(FIELD_RULES.delay), symbols: inRule(FIELD_RULES.symbols) }),
  fc.record({ id: fc.constant('adding' as const), length: inRule(FIELD_RULES.addingLength) }),
  fc.record({ id: fc.constant('signal' as const), length: inRule(FIELD_RULES.signalLength), noise: inRule(FIELD_RULES.noise) }),
  fc.record({ id: fc.constant('text' as const), text: fc.string({ minLength: 120, maxLength: 400, unit: 'grapheme' }), length: inRule(FIELD_RULES.textLength) }),
);

const rnnShared: fc.Arbitrary<RnnShared> = fc.record({
  preset: fc.constant(null), task,
  network: fc.record({
    cell: fc.constantFrom('simpleRNN' as const, 'lstm' as const, 'gru' as const), units: inRule(FIELD_RULES.recurrentUnits),
    layers: inRule(FIELD_RULES.recurrentLayers), bidirectional: fc.boolean(), forgetBias: inRule(FIELD_RULES.forgetBias),
    recurrentGain: inRule(FIELD_RULES.recurrentGain),
  }),
  hyper, seed: inRule(FIELD_RULES.seed), example: fc.integer({ min: 0, max: 11 }), seedText: fc.string({ maxLength: 30 }),
  temperature: fc.double({ min: 0, max: 2, noNaN: true }).filter((v) => !Object.is(v, -0)), generateLength: inRule(FIELD_RULES.generateLength),
});

/** Through the address bar and back: the hash as a browser would hand it over. */
const throughLink = (route: string, config: SharedObject) => readShareHash(new URL(`https://x.test/app/${encodeShareHash(route, 'zh-TW', config)}`).hash);

describe('the share link', () => {
  it('gives back every valid CNN configuration exactly, with nothing replaced', () => {
    fc.assert(fc.property(cnnShared, (shared) => {
      const link = throughLink('cnn', cnnSharedToJson(shared));
      expect(link).toMatchObject({ route: 'cnn', locale: 'zh-TW', problems: [] });
      const read = readCnnShared(link.config!);
      expect(read.replaced).toEqual([]);
      expect(read.value).toEqual(shared);
    }), { numRuns: 200 });
  });

  it('gives back every valid RNN configuration exactly (text in any script included)', () => {
    fc.assert(fc.property(rnnShared, (shared) => {
      const read = readRnnShared(throughLink('rnn', rnnSharedToJson(shared)).config!);
      expect(read.replaced).toEqual([]);
      expect(read.value).toEqual(shared);
    }), { numRuns: 150 });
  });

  it('names a built-in sample instead of copying it, and keeps every preset by name', () => {
    for (const preset of RNN_PRESETS) {
      const shared: RnnShared = { preset: preset.id, task: preset.task, network: preset.network, hyper: { ...preset.training, l2: 0, expandedData: false }, seed: 3, example: 2, seedText: 'ab', temperature: 0.5, generateLength: 100 };
      const json = rnnSharedToJson(shared);
      expect(JSON.stringify(json).length).toBeLessThan(1000);
      expect(readRnnShared(throughLink('rnn', json).config!)).toEqual({ value: shared, replaced: [] });
    }
  });

  it('keeps the part of a very long pasted text that trains, so a reload gives back the text task', () => {
    const preset = RNN_PRESETS[0]!;
    const base: RnnShared = { preset: null, task: { id: 'text', text: '', length: 20 }, network: preset.network, hyper: { ...preset.training, l2: 0, expandedData: false }, seed: 3, example: 0, seedText: 'a', temperature: 0.5, generateLength: 100 };
    for (const unit of ['abc ', '😀學 ']) {
      const text = unit.repeat(60_000);
      const read = readRnnShared(throughLink('rnn', rnnSharedToJson({ ...base, task: { id: 'text', text, length: 20 } })).config!);
      expect(read.replaced).toEqual([]);
      expect(read.value.task).toEqual({ id: 'text', text: Array.from(text).slice(0, 50_000).join(''), length: 20 });
    }
  });

  it('never throws on any string, and reads only objects', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'binary' }), (a, b) => {
      for (const hash of [a, `#/cnn?${a}`, `#/rnn?v=1&c=${b}`, `#/cnn?v=1&c=${encodeURIComponent(a)}`]) {
        const link = readShareHash(hash);
        expect(link.config === null || typeof link.config === 'object').toBe(true);
        if (link.config) {
          expect(() => readCnnShared(link.config!)).not.toThrow();
          expect(() => readRnnShared(link.config!)).not.toThrow();
        }
      }
    }), { numRuns: 500 });
  });

  it('reads any JSON object without throwing, replacing what is not allowed', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('preset', 'layers', 'hyper', 'seed', 'input', 'task', 'network', 'init', 'example', 'temperature'), fc.jsonValue()), (config) => {
      const cnn = readCnnShared(config);
      const rnn = readRnnShared(config);
      expect(cnn.value.layers.length).toBeGreaterThan(0);
      expect(rnn.value.network.units).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });

  it('reports each kind of damage', () => {
    expect(readShareHash('#/cnn?v=1&c=@@@').problems).toEqual([{ code: 'unreadable' }]);
    expect(readShareHash(`#/cnn?v=99&c=${encodeShareHash('cnn', 'en', { seed: 4 }).split('c=')[1]}`).problems).toEqual([{ code: 'futureVersion', version: 99 }]);
    expect(readShareHash('#/cnn?c=e30').problems).toEqual([{ code: 'noVersion' }]);
    expect(readShareHash(`#/cnn?v=${SHARE_VERSION}&c=${'A'.repeat(500_000)}`).problems[0]).toMatchObject({ code: 'tooLong' });
    expect(readShareHash('#/cnn').problems).toEqual([]);
    const read = readCnnShared({ preset: 'nope', hyper: { learningRate: Number.POSITIVE_INFINITY, batchSize: 100000, optimizer: 'adamw' }, seed: -1 });
    expect(read.replaced).toEqual(expect.arrayContaining(['preset', 'learningRate', 'batchSize', 'optimizer', 'seed']));
    expect(read.value.hyper.batchSize).toBe(PRESETS[0]!.training.batchSize);
  });
});
