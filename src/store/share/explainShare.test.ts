import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convSharedToJson, poolSharedToJson, readConvShared, readPoolShared, readVolume, type ConvShared } from './explainShare';
import { encodeShareHash, readShareHash } from './shareCodec';
import type { SharedField, SharedObject } from './shareFields';
import { createConvExplainStore, exampleConfig, stepsOf, type ConvConfig, type ConvExplainState } from '../explain/convExplainStore';
import { createPoolExplainStore, poolExampleConfig, type PoolConfig, type PoolExplainState } from '../explain/poolExplainStore';
import {
  CONV_EXAMPLES, EXPLAIN_ACTIVATIONS, EXPLAIN_LIMITS, EXPLAIN_POOL_KINDS, PADDING_MODES, POOL_EXAMPLES, POOL_PADDINGS, type Volume,
} from '../../engine/explain';

/** As storage keeps it: through JSON text. */
const throughJson = (json: SharedObject) => JSON.parse(JSON.stringify(json)) as SharedObject;
/** As a link carries it: through the address bar. */
const throughLink = (route: string, json: SharedObject) => readShareHash(new URL(`https://x.test/app/${encodeShareHash(route, 'en', json)}`).hash).config!;

const convOf = (s: ConvExplainState): ConvShared => ({
  config: {
    example: s.example, input: s.input, kernels: s.kernels, biases: s.biases, stride: s.stride, paddingMode: s.paddingMode,
    paddingAmount: s.paddingAmount, dilation: s.dilation, activation: s.activation, flip: s.flip,
  },
  position: s.position,
});
const poolOf = (s: PoolExplainState): PoolConfig => ({ example: s.example, input: s.input, kind: s.kind, size: s.size, stride: s.stride, padding: s.padding });

function expectConvRoundTrip(shared: ConvShared) {
  for (const source of [throughJson(convSharedToJson(shared)), throughLink('conv', convSharedToJson(shared))]) {
    const read = readConvShared(source);
    expect(read.replaced).toEqual([]);
    expect(read.value).toEqual(shared);
  }
}

function expectPoolRoundTrip(config: PoolConfig) {
  for (const source of [throughJson(poolSharedToJson(config)), throughLink('pool', poolSharedToJson(config))]) {
    const read = readPoolShared(source);
    expect(read.replaced).toEqual([]);
    expect(read.value).toEqual(config);
  }
}

const DEFAULT_CONV: ConvShared = { config: exampleConfig('courseDiagonal'), position: 0 };

/** An edited convolution: RGB grids, three filters, negative and fractional values, every setting off its default. */
function editedConv(): ConvShared {
  const store = createConvExplainStore();
  const s = () => store.getState();
  s().chooseExample('rgb');
  s().setFilters(3);
  s().setCell('input', 1, 4, 0, -2.5);
  s().setCell('input', 2, 0, 3, 98.75);
  s().setCell({ kernel: 1 }, 0, 1, 1, 0.125);
  s().setCell({ kernel: 2 }, 2, 2, 2, -99);
  s().setBias(2, -1.5);
  s().setWindow({ stride: 2, paddingMode: 'explicit', paddingAmount: 2, dilation: 2, activation: 'relu', flip: true });
  s().setPosition(5);
  expect(s().example).toBeNull();
  expect(s().position).toBe(5);
  return convOf(s());
}

/** An edited pooling grid: three channels, negative and fractional values. */
function editedPool(): PoolConfig {
  const store = createPoolExplainStore();
  const s = () => store.getState();
  s().applyConfig({ ...poolExampleConfig('signs'), example: null, input: { channels: 3, rows: 3, cols: 5, values: Array.from({ length: 45 }, (_v, i) => (i % 7) * 1.5 - 4.25) } });
  s().setCell(2, 2, 4, -99);
  s().setPooling({ kind: 'l2', size: 3, stride: 2, padding: 'same' });
  expect(s().example).toBeNull();
  return poolOf(s());
}

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

const cellValue = fc.double({ min: EXPLAIN_LIMITS.cellValue.min, max: EXPLAIN_LIMITS.cellValue.max, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0));
const volume = (channels: fc.Arbitrary<number>, size: fc.Arbitrary<number>, square = false): fc.Arbitrary<Volume> =>
  fc.tuple(channels, size, size).chain(([c, r, q]) => {
    const cols = square ? r : q;
    return fc.array(cellValue, { minLength: c * r * cols, maxLength: c * r * cols }).map((values) => ({ channels: c, rows: r, cols, values }));
  });
const whole = (range: { min: number; max: number }) => fc.integer(range);

const convShared: fc.Arbitrary<ConvShared> = fc.oneof(
  fc.record({
    example: fc.constantFrom(...CONV_EXAMPLES.map((e) => e.id)),
    stride: whole(EXPLAIN_LIMITS.stride), paddingMode: fc.constantFrom(...PADDING_MODES), paddingAmount: whole(EXPLAIN_LIMITS.padding),
    dilation: whole(EXPLAIN_LIMITS.dilation), activation: fc.constantFrom(...EXPLAIN_ACTIVATIONS), flip: fc.boolean(),
  }).map((settings): ConvConfig => ({ ...exampleConfig(settings.example), ...settings })),
  fc.record({
    input: volume(whole(EXPLAIN_LIMITS.channels), whole(EXPLAIN_LIMITS.gridSize)),
    kernelSize: whole(EXPLAIN_LIMITS.kernelSize), filters: whole(EXPLAIN_LIMITS.filters),
    stride: whole(EXPLAIN_LIMITS.stride), paddingMode: fc.constantFrom(...PADDING_MODES), paddingAmount: whole(EXPLAIN_LIMITS.padding),
    dilation: whole(EXPLAIN_LIMITS.dilation), activation: fc.constantFrom(...EXPLAIN_ACTIVATIONS), flip: fc.boolean(),
  }).chain(({ input, kernelSize, filters, ...settings }) => fc.record({
    kernels: fc.array(volume(fc.constant(input.channels), fc.constant(kernelSize), true), { minLength: filters, maxLength: filters }),
    biases: fc.array(cellValue, { minLength: filters, maxLength: filters }),
  }).map(({ kernels, biases }): ConvConfig => ({ example: null, input, kernels, biases, ...settings }))),
).chain((config) => fc.integer({ min: 0, max: stepsOf(config) }).map((position) => ({ config, position })));

const poolConfig: fc.Arbitrary<PoolConfig> = fc.record({
  base: fc.oneof(
    fc.constantFrom(...POOL_EXAMPLES.map((e) => poolExampleConfig(e.id))),
    volume(whole(EXPLAIN_LIMITS.channels), whole(EXPLAIN_LIMITS.gridSize)).map((input) => ({ ...poolExampleConfig('classic'), example: null, input })),
  ),
  kind: fc.constantFrom(...EXPLAIN_POOL_KINDS), size: whole(EXPLAIN_LIMITS.kernelSize), stride: whole(EXPLAIN_LIMITS.stride), padding: fc.constantFrom(...POOL_PADDINGS),
}).map(({ base, ...settings }) => ({ ...base, ...settings }));

describe('the convolution explainer in a link: round trips', () => {
  it('gives back the default exactly, naming the example instead of copying its grids', () => {
    const json = convSharedToJson(DEFAULT_CONV);
    expect(json).not.toHaveProperty('grids');
    expect(json.example).toBe('courseDiagonal');
    expectConvRoundTrip(DEFAULT_CONV);
    // An empty object is the default, with nothing reported.
    expect(readConvShared({})).toEqual({ value: DEFAULT_CONV, replaced: [] });
  });

  it('gives back an edited configuration exactly (RGB grids, several filters, negative and fractional values)', () => {
    const edited = editedConv();
    expect(convSharedToJson(edited)).toHaveProperty('grids');
    expectConvRoundTrip(edited);
  });

  it('gives back every example with every padding mode and activation, at the end of its run', () => {
    for (const example of CONV_EXAMPLES) {
      for (const paddingMode of PADDING_MODES) {
        for (const activation of EXPLAIN_ACTIVATIONS) {
          const config: ConvConfig = { ...exampleConfig(example.id), paddingMode, paddingAmount: 0, activation, flip: paddingMode === 'same' };
          expectConvRoundTrip({ config, position: stepsOf(config) });
        }
      }
    }
  });

  it('gives back every valid configuration exactly', () => {
    fc.assert(fc.property(convShared, (shared) => {
      const read = readConvShared(throughJson(convSharedToJson(shared)));
      expect(read.replaced).toEqual([]);
      expect(read.value).toEqual(shared);
    }), { numRuns: 150 });
  });
});

describe('the pooling explainer in a link: round trips', () => {
  it('gives back the default exactly, naming the example', () => {
    const config = poolExampleConfig('courseMaps');
    expect(poolSharedToJson(config)).not.toHaveProperty('input');
    expectPoolRoundTrip(config);
    expect(readPoolShared({})).toEqual({ value: config, replaced: [] });
  });

  it('gives back an edited grid exactly', () => {
    const edited = editedPool();
    expect(poolSharedToJson(edited)).toHaveProperty('input');
    expectPoolRoundTrip(edited);
  });

  it('gives back every example with every kind and padding', () => {
    for (const example of POOL_EXAMPLES) {
      for (const kind of EXPLAIN_POOL_KINDS) {
        for (const padding of POOL_PADDINGS) expectPoolRoundTrip({ ...poolExampleConfig(example.id), kind, padding, size: 3, stride: 1 });
      }
    }
  });

  it('gives back every valid configuration exactly', () => {
    fc.assert(fc.property(poolConfig, (config) => {
      const read = readPoolShared(throughJson(poolSharedToJson(config)));
      expect(read.replaced).toEqual([]);
      expect(read.value).toEqual(config);
    }), { numRuns: 150 });
  });
});

// ---------------------------------------------------------------------------------------------
// Damaged links
// ---------------------------------------------------------------------------------------------

const vol = (channels: number, rows: number, cols: number, fill = 1) => ({ channels, rows, cols, values: new Array<unknown>(channels * rows * cols).fill(fill) });
const withCell = (v: ReturnType<typeof vol>, value: unknown) => ({ ...v, values: [value, ...v.values.slice(1)] });

/** A valid edited conv link (one 5 × 5 channel, two 3 × 3 filters), position 0 so that damaged grids do not also move it. */
function convJson(): SharedObject {
  return {
    example: null,
    grids: { input: vol(1, 5, 5, 2), kernels: [vol(1, 3, 3, 0.5), vol(1, 3, 3, -1)], biases: [1, -1] },
    stride: 2, paddingMode: 'same', paddingAmount: 2, dilation: 1, activation: 'relu', flip: true, position: 0,
  };
}

const CONV_DEFAULTS = exampleConfig('courseDiagonal');

/** Reads a link and checks exactly `fields` were replaced, and that the result is a usable configuration. */
function readConv(source: SharedObject, fields: SharedField[]): ConvShared {
  let read!: ReturnType<typeof readConvShared>;
  expect(() => { read = readConvShared(source); }).not.toThrow();
  expect(read.replaced).toEqual(fields);
  const { config, position } = read.value;
  expect(config.kernels.length).toBe(config.biases.length);
  expect(config.kernels.every((k) => k.channels === config.input.channels)).toBe(true);
  expect(Number.isInteger(position) && position >= 0 && position <= stepsOf(config)).toBe(true);
  return read.value;
}

describe('the convolution explainer in a link: damage falls back to defaults and is reported', () => {
  it('the valid base link is read whole', () => {
    const value = readConv(convJson(), []);
    expect(value.config).toMatchObject({ example: null, stride: 2, paddingMode: 'same', paddingAmount: 2, activation: 'relu', flip: true });
    expect(value.config.input).toEqual(vol(1, 5, 5, 2));
  });

  const damagedGrids: [string, (g: { input: ReturnType<typeof vol>; kernels: unknown[]; biases: unknown[] }) => unknown][] = [
    ['grids of the wrong type', () => 'grids'],
    ['grids as an array', (g) => [g.input, g.kernels, g.biases]],
    ['an input that is not an object', (g) => ({ ...g, input: [[1, 2], [3, 4]] })],
    ['a ragged input (fewer values than rows × cols)', (g) => ({ ...g, input: { ...g.input, values: g.input.values.slice(1) } })],
    ['a ragged input (more values than rows × cols)', (g) => ({ ...g, input: { ...g.input, values: [...g.input.values, 1] } })],
    ['nested rows instead of flat values', (g) => ({ ...g, input: { ...g.input, values: [[1, 2, 3, 4, 5], [1, 2, 3, 4]] } })],
    ['an input larger than the limit', (g) => ({ ...g, input: vol(1, 13, 13) })],
    ['an input of 0 rows', (g) => ({ ...g, input: vol(1, 0, 5) })],
    ['an input deeper than the limit', (g) => ({ ...g, input: vol(4, 5, 5), kernels: [vol(4, 3, 3), vol(4, 3, 3)] })],
    ['fractional sizes', (g) => ({ ...g, input: { channels: 1, rows: 2.5, cols: 2, values: [1, 2, 3, 4, 5] } })],
    ['sizes as strings', (g) => ({ ...g, input: { ...g.input, rows: '5' } })],
    ['kernels deeper than the input', (g) => ({ ...g, kernels: [vol(2, 3, 3), vol(2, 3, 3)] })],
    ['kernels shallower than the input', (g) => ({ ...g, input: vol(3, 5, 5), kernels: [vol(1, 3, 3), vol(1, 3, 3)] })],
    ['one kernel of another depth', (g) => ({ ...g, input: vol(2, 5, 5), kernels: [vol(2, 3, 3), vol(1, 3, 3)] })],
    ['a kernel larger than the limit', (g) => ({ ...g, input: vol(1, 12, 12), kernels: [vol(1, 8, 8), vol(1, 8, 8)] })],
    ['a kernel that is not square', (g) => ({ ...g, kernels: [vol(1, 3, 2), vol(1, 3, 2)] })],
    ['kernels of different sizes', (g) => ({ ...g, kernels: [vol(1, 3, 3), vol(1, 2, 2)] })],
    ['no kernels', (g) => ({ ...g, kernels: [], biases: [] })],
    ['more kernels than the limit', (g) => ({ ...g, kernels: Array.from({ length: 5 }, () => vol(1, 3, 3)), biases: [0, 0, 0, 0, 0] })],
    ['kernels that are not an array', (g) => ({ ...g, kernels: { 0: g.kernels[0] } })],
    ['fewer biases than kernels', (g) => ({ ...g, biases: [1] })],
    ['a bias out of range', (g) => ({ ...g, biases: [1, 100] })],
    ['a bias as a string', (g) => ({ ...g, biases: [1, '2'] })],
    ['NaN in a cell', (g) => ({ ...g, input: withCell(g.input, Number.NaN) })],
    ['Infinity in a cell', (g) => ({ ...g, input: withCell(g.input, Number.POSITIVE_INFINITY) })],
    ['a string in a cell', (g) => ({ ...g, input: withCell(g.input, '3') })],
    ['null in a cell (what JSON makes of NaN)', (g) => ({ ...g, input: withCell(g.input, null) })],
    ['a cell above the range', (g) => ({ ...g, input: withCell(g.input, 99.5) })],
    ['a cell below the range', (g) => ({ ...g, input: withCell(g.input, -100) })],
    ['a kernel tap out of range', (g) => ({ ...g, kernels: [withCell(vol(1, 3, 3), 1e9), g.kernels[1]] })],
    ['a kernel tap that is NaN', (g) => ({ ...g, kernels: [g.kernels[0], withCell(vol(1, 3, 3), Number.NaN)] })],
  ];

  it.each(damagedGrids)('%s: the default example\'s grids, "grids" reported, the settings kept', (_name, damage) => {
    const source = convJson();
    source.grids = damage(source.grids as never);
    const value = readConv(source, ['grids']);
    expect(value.config).toEqual({ ...CONV_DEFAULTS, stride: 2, paddingMode: 'same', paddingAmount: 2, activation: 'relu', flip: true });
  });

  it('grids that are missing from an edited link give the default example', () => {
    const source = convJson();
    delete source.grids;
    expect(readConvShared(source).value.config).toMatchObject({ example: 'courseDiagonal', input: CONV_DEFAULTS.input, stride: 2 });
  });

  const damagedSettings: [string, SharedObject, SharedField[], Partial<ConvConfig> & { position?: number }][] = [
    ['stride 0', { stride: 0 }, ['stride'], { stride: 1 }],
    ['stride 9', { stride: 9 }, ['stride'], { stride: 1 }],
    ['stride 1.5', { stride: 1.5 }, ['stride'], { stride: 1 }],
    ['stride as a string', { stride: '2' }, ['stride'], { stride: 1 }],
    ['stride null', { stride: null }, ['stride'], { stride: 1 }],
    ['an unknown padding mode', { paddingMode: 'reflect' }, ['padding'], { paddingMode: 'valid' }],
    ['a padding mode of the wrong type', { paddingMode: 1 }, ['padding'], { paddingMode: 'valid' }],
    ['padding amount 7', { paddingAmount: 7 }, ['padding'], { paddingAmount: 1 }],
    ['padding amount −1', { paddingAmount: -1 }, ['padding'], { paddingAmount: 1 }],
    ['both padding fields, reported once', { paddingMode: 'x', paddingAmount: 'y' }, ['padding'], { paddingMode: 'valid', paddingAmount: 1 }],
    ['dilation 0', { dilation: 0 }, ['dilation'], { dilation: 1 }],
    ['dilation 5', { dilation: 5 }, ['dilation'], { dilation: 1 }],
    ['an unknown activation', { activation: 'sigmoid' }, ['activation'], { activation: 'none' }],
    ['flip as a string', { flip: 'true' }, ['flip'], { flip: false }],
    ['flip as a number', { flip: 1 }, ['flip'], { flip: false }],
    ['position −1', { position: -1 }, ['position'], { position: 0 }],
    ['a fractional position', { position: 2.5 }, ['position'], { position: 0 }],
    ['position as a string', { position: '3' }, ['position'], { position: 0 }],
    ['several at once, in reading order', { flip: [], stride: 0, position: Number.NaN, activation: {} }, ['stride', 'activation', 'flip', 'position'], { stride: 1, activation: 'none', flip: false, position: 0 }],
  ];

  it.each(damagedSettings)('%s is replaced by its default and reported', (_name, damage, fields, expected) => {
    const value = readConv({ ...convJson(), ...damage }, fields);
    const { position, ...config } = expected;
    expect(value.config).toMatchObject(config);
    if (position !== undefined) expect(value.position).toBe(position);
    // Everything else is as the link said.
    expect(value.config.input).toEqual(vol(1, 5, 5, 2));
  });

  it('a position beyond the step count is replaced by 0; the last step itself is kept', () => {
    // 5 × 5, "same", stride 2: 3 × 3 outputs per filter, 2 filters.
    expect(readConv({ ...convJson(), position: 18 }, []).position).toBe(18);
    expect(readConv({ ...convJson(), position: 19 }, ['position']).position).toBe(0);
    expect(readConv({ example: 'courseDiagonal', position: 16 }, []).position).toBe(16);
    expect(readConv({ example: 'courseDiagonal', position: 17 }, ['position']).position).toBe(0);
    // A window that fits nowhere has no steps: only 0 is a position.
    expect(readConv({ example: 'courseDiagonal', dilation: 3, position: 1 }, ['position'])).toMatchObject({ position: 0, config: { dilation: 3 } });
    expect(readConv({ example: 'courseDiagonal', dilation: 3, position: 0 }, []).config.dilation).toBe(3);
  });

  it('an unknown example gives the default example and is reported; a known one is kept', () => {
    for (const example of ['noSuchExample', 42, true, [], {}, '']) {
      const value = readConv({ example, stride: 2 }, ['example']);
      expect(value.config).toEqual({ ...CONV_DEFAULTS, stride: 2 });
    }
    expect(readConv({ example: 'sharpen' }, []).config).toEqual(exampleConfig('sharpen'));
    // A named example wins over grids in the same link.
    expect(readConv({ ...convJson(), example: 'blur' }, []).config.input).toEqual(exampleConfig('blur').input);
  });

  it('a megabyte of junk is read quickly, without throwing, as the defaults', () => {
    const junk = 'x'.repeat(1 << 20);
    const start = performance.now();
    expect(readConv({ example: junk }, ['example']).config).toEqual(CONV_DEFAULTS);
    expect(readConv({ example: null, grids: junk }, ['grids']).config).toEqual(CONV_DEFAULTS);
    expect(readConv({ example: null, grids: { input: { channels: 1, rows: 12, cols: 12, values: new Array(1 << 20).fill(1) }, kernels: [], biases: [] } }, ['grids']).config).toEqual(CONV_DEFAULTS);
    expect(readConv({ example: null, grids: { input: vol(1, 5, 5), kernels: new Array(1 << 18).fill(vol(1, 3, 3)), biases: new Array(1 << 18).fill(0) } }, ['grids']).config).toEqual(CONV_DEFAULTS);
    expect(readConv({ junk, stride: junk, paddingMode: junk, position: junk }, ['stride', 'padding', 'position']).config).toEqual(CONV_DEFAULTS);
    const parsed = JSON.parse(`{"example":null,"grids":${JSON.stringify({ input: vol(1, 5, 5), kernels: [{ values: junk.split('') }], biases: [0] })}}`) as SharedObject;
    expect(readConv(parsed, ['grids']).config).toEqual(CONV_DEFAULTS);
    expect(performance.now() - start).toBeLessThan(2000);
    // In an address, a configuration that long is refused before it is read at all.
    const link = readShareHash(encodeShareHash('conv', 'en', { example: junk }));
    expect(link.config).toBeNull();
    expect(link.problems[0]).toMatchObject({ code: 'tooLong' });
  });

  it('reads any JSON without throwing, always giving a usable configuration', () => {
    const keys = fc.constantFrom('example', 'grids', 'stride', 'paddingMode', 'paddingAmount', 'dilation', 'activation', 'flip', 'position');
    fc.assert(fc.property(fc.dictionary(keys, fc.jsonValue({ maxDepth: 4 })), (source) => {
      const read = readConvShared(source);
      expect(read.value.config.kernels.length).toBeGreaterThan(0);
      expect(read.value.position).toBeLessThanOrEqual(stepsOf(read.value.config));
    }), { numRuns: 300 });
  });
});

/** A valid edited pool link (two 5 × 5 channels). */
function poolJson(): SharedObject {
  return { example: null, input: vol(2, 5, 5, -3.5), kind: 'average', size: 3, stride: 1, padding: 'same' };
}

function readPool(source: SharedObject, fields: SharedField[]): PoolConfig {
  let read!: ReturnType<typeof readPoolShared>;
  expect(() => { read = readPoolShared(source); }).not.toThrow();
  expect(read.replaced).toEqual(fields);
  return read.value;
}

const POOL_DEFAULTS = poolExampleConfig('courseMaps');

describe('the pooling explainer in a link: damage falls back to defaults and is reported', () => {
  it('the valid base link is read whole', () => {
    expect(readPool(poolJson(), [])).toEqual({ ...poolJson(), input: vol(2, 5, 5, -3.5) });
  });

  const damagedInputs: [string, unknown][] = [
    ['an input of the wrong type', 'input'],
    ['an input as nested arrays', [[1, 2], [3, 4]]],
    ['a ragged input', { ...vol(2, 5, 5), values: vol(2, 5, 5).values.slice(3) }],
    ['an input larger than the limit', vol(1, 12, 13)],
    ['an input deeper than the limit', vol(4, 3, 3)],
    ['an input of no channels', vol(0, 3, 3)],
    ['NaN in a cell', withCell(vol(1, 3, 3), Number.NaN)],
    ['-Infinity in a cell', withCell(vol(1, 3, 3), Number.NEGATIVE_INFINITY)],
    ['a string in a cell', withCell(vol(1, 3, 3), 'NaN')],
    ['a cell out of range', withCell(vol(1, 3, 3), 1000)],
    ['a megabyte of values', { channels: 1, rows: 12, cols: 12, values: new Array(1 << 20).fill(0) }],
  ];

  it.each(damagedInputs)('%s: the default example\'s grid, "grids" reported, the settings kept', (_name, input) => {
    const value = readPool({ ...poolJson(), input }, ['grids']);
    expect(value).toEqual({ ...POOL_DEFAULTS, kind: 'average', size: 3, stride: 1, padding: 'same' });
  });

  const damagedSettings: [string, SharedObject, SharedField[], Partial<PoolConfig>][] = [
    ['an unknown pool kind', { kind: 'min' }, ['poolType'], { kind: 'max' }],
    ['a pool kind of the wrong type', { kind: 0 }, ['poolType'], { kind: 'max' }],
    ['window size 0', { size: 0 }, ['windowSize'], { size: 2 }],
    ['window size 8', { size: 8 }, ['windowSize'], { size: 2 }],
    ['window size as a string', { size: '3' }, ['windowSize'], { size: 2 }],
    ['window size Infinity', { size: Number.POSITIVE_INFINITY }, ['windowSize'], { size: 2 }],
    ['stride 0', { stride: 0 }, ['stride'], { stride: 2 }],
    ['stride 9', { stride: 9 }, ['stride'], { stride: 2 }],
    ['stride 2.5', { stride: 2.5 }, ['stride'], { stride: 2 }],
    ['a convolution-only padding mode', { padding: 'full' }, ['padding'], { padding: 'valid' }],
    ['an unknown padding mode', { padding: 'reflect' }, ['padding'], { padding: 'valid' }],
    ['several at once, in reading order', { padding: null, stride: -1, kind: 'median' }, ['poolType', 'stride', 'padding'], { kind: 'max', stride: 2, padding: 'valid' }],
  ];

  it.each(damagedSettings)('%s is replaced by its default and reported', (_name, damage, fields, expected) => {
    const value = readPool({ ...poolJson(), ...damage }, fields);
    expect(value).toEqual({ ...poolJson(), input: vol(2, 5, 5, -3.5), ...expected });
  });

  it('an unknown example gives the default example and is reported', () => {
    for (const example of ['nope', 7, false, {}]) expect(readPool({ example, kind: 'l2' }, ['example'])).toEqual({ ...POOL_DEFAULTS, kind: 'l2' });
    expect(readPool({ example: 'signs' }, [])).toEqual(poolExampleConfig('signs'));
    expect(readPool({ example: 'classic', input: vol(1, 3, 3) }, []).input).toEqual(poolExampleConfig('classic').input);
  });

  it('a megabyte of junk is read without throwing, as the defaults', () => {
    const junk = 'y'.repeat(1 << 20);
    expect(readPool({ example: junk, input: junk, kind: junk, size: junk, stride: junk, padding: junk }, ['example', 'poolType', 'windowSize', 'stride', 'padding'])).toEqual(POOL_DEFAULTS);
    expect(readPool({ example: null, input: junk }, ['grids'])).toEqual(POOL_DEFAULTS);
  });

  it('reads any JSON without throwing, always giving a usable grid', () => {
    const keys = fc.constantFrom('example', 'input', 'kind', 'size', 'stride', 'padding');
    fc.assert(fc.property(fc.dictionary(keys, fc.jsonValue({ maxDepth: 4 })), (source) => {
      const { value } = readPoolShared(source);
      expect(value.input.values).toHaveLength(value.input.channels * value.input.rows * value.input.cols);
      expect(EXPLAIN_POOL_KINDS).toContain(value.kind);
    }), { numRuns: 300 });
  });
});

describe('readVolume', () => {
  it('accepts a grid within the given limits only', () => {
    expect(readVolume(vol(3, 12, 12, -99))).toEqual(vol(3, 12, 12, -99));
    expect(readVolume(vol(1, 1, 1, 99))).toEqual(vol(1, 1, 1, 99));
    expect(readVolume(vol(2, 3, 3), { min: 1, max: 1 })).toBeNull();
    expect(readVolume(vol(1, 8, 8), undefined, EXPLAIN_LIMITS.kernelSize)).toBeNull();
    expect(readVolume(null)).toBeNull();
    expect(readVolume({ channels: 1, rows: 1, cols: 1, values: 'a' })).toBeNull();
  });
});
