import { describe, expect, it } from 'vitest';
import { createConvExplainStore, type ConvExplainState } from './convExplainStore';
import {
  CONV_EXAMPLES, EXPLAIN_LIMITS, channelRows, convolve, findConvExample, valueAt, volumeOf, windowGeometry, type Volume,
} from '../../engine/explain';

/** What the screen would compute from the store's state, with the engine (null when no window fits). */
function outputOf(s: ConvExplainState): Volume | null {
  const kernel = s.kernels[0]!;
  const geometry = windowGeometry({
    inRows: s.input.rows, inCols: s.input.cols, kernelRows: kernel.rows, kernelCols: kernel.cols,
    stride: s.stride, dilation: s.dilation, paddingMode: s.paddingMode, paddingAmount: s.paddingAmount,
  });
  if (!geometry.ok) return null;
  return convolve({ input: s.input, kernels: s.kernels, biases: s.biases, geometry: geometry.geometry, activation: s.activation, flip: s.flip }).output;
}

/** Every output cell of every filter is one step. */
const cellsOf = (s: ConvExplainState) => outputOf(s)?.values.length ?? 0;

function setup(example?: string) {
  const store = createConvExplainStore();
  if (example) store.getState().chooseExample(example);
  return { store, get: () => store.getState() };
}

/** The course's 6 × 6 image under its diagonal filter (from the slides). */
const COURSE_DIAGONAL_MAP = [
  [3, -1, -3, -1],
  [-3, 1, 0, -3],
  [-3, -3, 0, 1],
  [3, -2, -2, -1],
];

describe('the convolution explainer store: defaults and stepping', () => {
  it('starts on the course image with the diagonal filter, at step 0, not playing', () => {
    const { get } = setup();
    expect(get()).toMatchObject({ example: 'courseDiagonal', stride: 1, paddingMode: 'valid', dilation: 1, activation: 'none', flip: false, position: 0, playing: false });
    const output = outputOf(get())!;
    expect(output).toMatchObject({ channels: 1, rows: 4, cols: 4 });
    expect(channelRows(output, 0)).toEqual(COURSE_DIAGONAL_MAP);
  });

  it('steps forward and back one output cell at a time, and says false at either end', () => {
    const { get } = setup();
    const total = cellsOf(get());
    expect(total).toBe(16);
    expect(get().stepBack()).toBe(false);
    expect(get().position).toBe(0);
    for (let i = 1; i <= total; i++) {
      expect(get().stepForward()).toBe(true);
      expect(get().position).toBe(i);
    }
    expect(get().stepForward()).toBe(false);
    expect(get().position).toBe(total);
    expect(get().stepBack()).toBe(true);
    expect(get().position).toBe(total - 1);
  });

  it('runs to the end (every cell of every filter) and clamps and rounds a scrubbed position', () => {
    const { get } = setup('courseBoth');
    get().runToEnd();
    expect(get().position).toBe(cellsOf(get()));
    expect(get().position).toBe(32);
    get().setPosition(100);
    expect(get().position).toBe(32);
    get().setPosition(-5);
    expect(get().position).toBe(0);
    get().setPosition(7.4);
    expect(get().position).toBe(7);
    get().setPosition(7.6);
    expect(get().position).toBe(8);
  });

  it('plays until the last step and then stops; play at the end starts over; a step back pauses', () => {
    const { get } = setup();
    get().setPlaying(true);
    expect(get().playing).toBe(true);
    let ticks = 0;
    while (get().stepForward()) {
      ticks++;
      expect(get().playing).toBe(get().position < 16);
    }
    expect(ticks).toBe(16);
    expect(get()).toMatchObject({ position: 16, playing: false });
    get().setPlaying(true);
    expect(get()).toMatchObject({ position: 0, playing: true });
    get().stepForward();
    get().stepForward();
    expect(get().playing).toBe(true);
    expect(get().stepBack()).toBe(true);
    expect(get()).toMatchObject({ position: 1, playing: false });
    get().setPlaying(true);
    expect(get()).toMatchObject({ position: 1, playing: true });
    get().runToEnd();
    expect(get()).toMatchObject({ position: 16, playing: false });
    get().setPlaying(false);
    expect(get().playing).toBe(false);
  });

  it('keeps its speed', () => {
    const { get } = setup();
    get().setSpeed(8);
    expect(get().speed).toBe(8);
  });
});

describe('the convolution explainer store: window settings', () => {
  it('a finished run stays finished when stride, padding or dilation change (position = the new total)', () => {
    const { get } = setup();
    get().runToEnd();
    get().setWindow({ stride: 2 });
    expect(cellsOf(get())).toBe(4);
    expect(get().position).toBe(4);
    get().setWindow({ paddingMode: 'same' });
    expect(cellsOf(get())).toBe(9);
    expect(get().position).toBe(9);
    get().setWindow({ stride: 1, paddingMode: 'full' });
    expect(cellsOf(get())).toBe(64);
    expect(get().position).toBe(64);
    get().setWindow({ paddingMode: 'explicit', paddingAmount: 1, dilation: 2 });
    expect(cellsOf(get())).toBe(16);
    expect(get().position).toBe(16);
  });

  it('an unfinished run keeps its position while it exists, and is clamped to the new total otherwise', () => {
    const { get } = setup();
    get().setPosition(3);
    get().setWindow({ paddingMode: 'same' });
    expect(cellsOf(get())).toBe(36);
    expect(get().position).toBe(3);
    get().setPosition(20);
    get().setWindow({ paddingMode: 'valid' });
    expect(get().position).toBe(16);
    get().setPosition(10);
    get().setWindow({ stride: 3 });
    expect(cellsOf(get())).toBe(4);
    expect(get().position).toBe(4);
  });

  it('a change of settings while playing keeps playing unless nothing is left to compute', () => {
    const { get } = setup();
    get().setPlaying(true);
    get().stepForward();
    get().setWindow({ paddingMode: 'same' });
    expect(get()).toMatchObject({ playing: true, position: 1 });
    get().setWindow({ dilation: 4, paddingMode: 'valid' });
    expect(get()).toMatchObject({ playing: false, position: 0 });
  });

  it('an impossible geometry gives 0 steps without throwing and keeps the grids', () => {
    const { get } = setup();
    get().setPosition(5);
    const { input, kernels, biases } = get();
    expect(() => get().setWindow({ dilation: 3 })).not.toThrow();
    expect(outputOf(get())).toBeNull();
    expect(get()).toMatchObject({ dilation: 3, position: 0 });
    expect(get().input).toEqual(input);
    expect(get().kernels).toEqual(kernels);
    expect(get().biases).toEqual(biases);
    expect(get().stepForward()).toBe(false);
    expect(get().stepBack()).toBe(false);
    get().runToEnd();
    expect(get().position).toBe(0);
    get().setPlaying(true);
    expect(get().playing).toBe(false);
    get().setPosition(3);
    expect(get().position).toBe(0);
    // Back to a window that fits: the grids were kept, so the computation is the course's again.
    get().setWindow({ dilation: 1 });
    expect(channelRows(outputOf(get())!, 0)).toEqual(COURSE_DIAGONAL_MAP);
  });

  it('explicit padding as wide as the window is impossible too, and the activation and flip change no step count', () => {
    const { get } = setup();
    get().setWindow({ paddingMode: 'explicit', paddingAmount: 3 });
    expect(outputOf(get())).toBeNull();
    get().runToEnd();
    expect(get().position).toBe(0);
    get().setWindow({ paddingAmount: 2 });
    get().runToEnd();
    expect(get().position).toBe(cellsOf(get()));
    expect(get().position).toBe(64);
    get().setWindow({ activation: 'relu', flip: true });
    expect(get()).toMatchObject({ activation: 'relu', flip: true, position: 64, example: 'courseDiagonal' });
    expect(Math.min(...outputOf(get())!.values)).toBeGreaterThanOrEqual(0);
  });
});

describe('the convolution explainer store: examples and edits', () => {
  it('choosing an example puts its grids in place and resets the settings and the run', () => {
    const { get } = setup();
    get().setCell('input', 0, 0, 0, 5);
    get().setWindow({ stride: 2, paddingMode: 'full', dilation: 2, activation: 'relu', flip: true });
    get().setPlaying(true);
    get().stepForward();
    get().chooseExample('rgb');
    const rgb = findConvExample('rgb')!;
    expect(get()).toMatchObject({ example: 'rgb', stride: 1, paddingMode: 'valid', dilation: 1, activation: 'none', flip: false, position: 0, playing: false });
    expect(get().input).toEqual(rgb.input);
    expect(get().kernels).toEqual(rgb.kernels);
    expect(get().biases).toEqual(rgb.biases);
    expect(cellsOf(get())).toBe(9);
  });

  it('an unknown example gives the default one', () => {
    const { get } = setup('sharpen');
    get().chooseExample('no-such-example');
    expect(get().example).toBe('courseDiagonal');
    expect(get().input).toEqual(findConvExample('courseDiagonal')!.input);
  });

  it('every example has at least one step and its run ends on its last output cell', () => {
    for (const example of CONV_EXAMPLES) {
      const { get } = setup(example.id);
      get().runToEnd();
      expect(get().position, example.id).toBe(cellsOf(get()));
      expect(get().position, example.id).toBeGreaterThan(0);
    }
  });

  it('editing an input cell changes that cell only and forgets the example', () => {
    const { get } = setup();
    const before = get().input;
    const kernels = get().kernels;
    get().setCell('input', 0, 2, 3, -7.5);
    const after = get().input;
    expect(get().example).toBeNull();
    expect(valueAt(after, 0, 2, 3)).toBe(-7.5);
    const changed = after.values.flatMap((v, i) => (v === before.values[i] ? [] : [i]));
    expect(changed).toEqual([2 * 6 + 3]);
    expect(get().kernels).toEqual(kernels);
    // The output follows the edit: every window over (2, 3) changes.
    expect(channelRows(outputOf(get())!, 0)).not.toEqual(COURSE_DIAGONAL_MAP);
  });

  it('editing a kernel cell changes that filter only, in that channel only', () => {
    const { get } = setup('rgb');
    get().setFilters(2);
    const [k0, k1] = get().kernels;
    get().setCell({ kernel: 1 }, 2, 0, 1, 0.25);
    expect(get().example).toBeNull();
    expect(get().kernels[0]).toEqual(k0);
    const after = get().kernels[1]!;
    expect(valueAt(after, 2, 0, 1)).toBe(0.25);
    expect(after.values.filter((v, i) => v !== k1!.values[i])).toEqual([0.25]);
    expect(get().input).toEqual(findConvExample('rgb')!.input);
  });

  it('an edit at the end keeps the run finished, an edit midway keeps the position', () => {
    const { get } = setup();
    get().runToEnd();
    get().setCell('input', 0, 0, 0, 9);
    expect(get().position).toBe(16);
    get().setPosition(5);
    get().setCell({ kernel: 0 }, 0, 1, 1, 2);
    expect(get().position).toBe(5);
  });

  it('sets a filter\'s bias, which shifts every output cell of that filter', () => {
    const { get } = setup('courseBoth');
    const before = outputOf(get())!;
    get().setBias(1, 2.5);
    expect(get().biases).toEqual([0, 2.5]);
    expect(get().example).toBeNull();
    const after = outputOf(get())!;
    expect(channelRows(after, 0)).toEqual(channelRows(before, 0));
    expect(channelRows(after, 1)).toEqual(channelRows(before, 1).map((row) => row.map((v) => v + 2.5)));
  });
});

describe('the convolution explainer store: sizes', () => {
  it('resizes the input keeping the overlapping values, zero elsewhere, within the limits', () => {
    const { get } = setup();
    const course = findConvExample('courseDiagonal')!.input;
    get().setInputSize(8, 4);
    expect(get().input).toMatchObject({ channels: 1, rows: 8, cols: 4 });
    expect(get().example).toBeNull();
    for (let r = 0; r < 8; r++) {
      for (let q = 0; q < 4; q++) expect(valueAt(get().input, 0, r, q)).toBe(r < 6 ? valueAt(course, 0, r, q) : 0);
    }
    get().setInputSize(40, 0);
    expect(get().input).toMatchObject({ rows: EXPLAIN_LIMITS.gridSize.max, cols: EXPLAIN_LIMITS.gridSize.min });
    expect(get().input.values).toHaveLength(12);
    expect(get().input.values).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    // 1 column is narrower than the 3 × 3 kernel: no steps, nothing thrown.
    get().runToEnd();
    expect(get().position).toBe(0);
  });

  it('resizes every kernel keeping the overlapping taps, within the limits', () => {
    const { get } = setup('courseBoth');
    get().setKernelSize(2);
    expect(get().kernels.map((k) => channelRows(k, 0))).toEqual([[[1, -1], [-1, 1]], [[-1, 1], [-1, 1]]]);
    get().setKernelSize(4);
    expect(get().kernels.map((k) => channelRows(k, 0))).toEqual([
      [[1, -1, 0, 0], [-1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
      [[-1, 1, 0, 0], [-1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
    ]);
    expect(cellsOf(get())).toBe(2 * 3 * 3);
    get().setKernelSize(99);
    expect(get().kernels.every((k) => k.rows === EXPLAIN_LIMITS.kernelSize.max && k.cols === EXPLAIN_LIMITS.kernelSize.max)).toBe(true);
    // A 7 × 7 kernel on a 6 × 6 image fits nowhere.
    expect(outputOf(get())).toBeNull();
    get().setKernelSize(-3);
    expect(get().kernels.every((k) => k.rows === 1 && k.cols === 1)).toBe(true);
    expect(get().kernels.map((k) => k.values)).toEqual([[1], [-1]]);
  });

  it('changes the depth of the input and of every kernel together, keeping the channels that remain', () => {
    const { get } = setup('rgb');
    const rgb = findConvExample('rgb')!;
    get().setChannels(2);
    expect(get().input.channels).toBe(2);
    expect(get().kernels[0]!.channels).toBe(2);
    expect(get().input.values).toEqual(rgb.input.values.slice(0, 2 * 25));
    expect(get().kernels[0]!.values).toEqual(rgb.kernels[0]!.values.slice(0, 2 * 9));
    get().setChannels(3);
    expect(get().input.values).toEqual([...rgb.input.values.slice(0, 50), ...new Array<number>(25).fill(0)]);
    get().setChannels(10);
    expect(get().input.channels).toBe(EXPLAIN_LIMITS.channels.max);
    get().setChannels(0);
    expect(get().input.channels).toBe(EXPLAIN_LIMITS.channels.min);
    expect(get().kernels[0]!.channels).toBe(1);
    expect(outputOf(get())).not.toBeNull();
  });

  it('adds zero filters with zero biases and removes filters from the end, within the limits', () => {
    const { get } = setup('courseBoth');
    const both = findConvExample('courseBoth')!;
    get().setBias(1, 3);
    get().setFilters(3);
    expect(get().kernels).toHaveLength(3);
    expect(get().kernels.slice(0, 2)).toEqual(both.kernels);
    expect(get().kernels[2]).toEqual(volumeOf([[[0, 0, 0], [0, 0, 0], [0, 0, 0]]]));
    expect(get().biases).toEqual([0, 3, 0]);
    get().runToEnd();
    expect(get().position).toBe(48);
    get().setFilters(1);
    expect(get().kernels).toEqual([both.kernels[0]]);
    expect(get().biases).toEqual([0]);
    expect(get().position).toBe(16);
    get().setFilters(9);
    expect(get().kernels).toHaveLength(EXPLAIN_LIMITS.filters.max);
    expect(get().biases).toHaveLength(EXPLAIN_LIMITS.filters.max);
    get().setFilters(0);
    expect(get().kernels).toHaveLength(EXPLAIN_LIMITS.filters.min);
  });

  it('a new filter is as deep and as large as the others', () => {
    const { get } = setup('rgb');
    get().setKernelSize(2);
    get().setFilters(2);
    expect(get().kernels[1]).toMatchObject({ channels: 3, rows: 2, cols: 2 });
    expect(get().kernels[1]!.values).toEqual(new Array<number>(12).fill(0));
  });
});

describe('the convolution explainer store: a whole configuration', () => {
  it('applyConfig puts it in place, clamps the position and stops playing', () => {
    const { store, get } = setup();
    get().setPlaying(true);
    const rgb = findConvExample('rgb')!;
    const config = {
      example: null, input: rgb.input, kernels: [rgb.kernels[0]!, rgb.kernels[0]!], biases: [1, -1], stride: 1, paddingMode: 'same' as const,
      paddingAmount: 1, dilation: 1, activation: 'relu' as const, flip: true,
    };
    get().applyConfig(config, 7);
    expect(get()).toMatchObject({ ...config, position: 7, playing: false });
    get().applyConfig(config, 1000);
    expect(get().position).toBe(50);
    get().applyConfig(config, -2);
    expect(get().position).toBe(0);
    expect(store.getState().speed).toBe(2);
  });
});
