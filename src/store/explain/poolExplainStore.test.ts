import { describe, expect, it } from 'vitest';
import { createPoolExplainStore, poolExampleConfig, poolOutputShape, type PoolCell } from './poolExplainStore';
import { EXPLAIN_LIMITS, channelRows, findPoolExample, pool, poolGeometry, valueAt, type Volume } from '../../engine/explain';

function setup(example?: string) {
  const store = createPoolExplainStore();
  if (example) store.getState().chooseExample(example);
  return { store, get: () => store.getState() };
}

/** What the screen shows for the store's state, computed by the engine. */
function pooledOf(s: ReturnType<ReturnType<typeof setup>['get']>): Volume {
  const geometry = poolGeometry(s.input, s);
  if (!geometry.ok) throw new Error('no window fits');
  return pool(s.input, s, geometry.geometry);
}

const FIRST: PoolCell = { channel: 0, row: 0, col: 0 };

describe('the pooling explainer store: the default example', () => {
  it('is the course\'s two 4 × 4 feature maps, max-pooled 2 × 2 with stride 2', () => {
    const { get } = setup();
    expect(get()).toMatchObject({ example: 'courseMaps', kind: 'max', size: 2, stride: 2, padding: 'valid', selected: FIRST, playing: false, speed: 2 });
    expect(get().shift).toEqual({ down: 0, right: -1 });
    expect(get().input).toMatchObject({ channels: 2, rows: 4, cols: 4 });
    // The feature maps of the course slides (diagonal filter, then vertical-line filter).
    expect(channelRows(get().input, 0)).toEqual([[3, -1, -3, -1], [-3, 1, 0, -3], [-3, -3, 0, 1], [3, -2, -2, -1]]);
    expect(channelRows(get().input, 1)).toEqual([[-1, -1, -1, -1], [-1, -1, -2, 1], [-1, -1, -2, 1], [-1, 0, -4, 3]]);
    expect(poolOutputShape(get())).toEqual({ rows: 2, cols: 2 });
    const pooled = pooledOf(get());
    expect(channelRows(pooled, 0)).toEqual([[3, 0], [3, 1]]);
    expect(channelRows(pooled, 1)).toEqual([[-1, 1], [0, 3]]);
  });

  it('poolExampleConfig of an unknown id is the default', () => {
    expect(poolExampleConfig('nope')).toEqual(poolExampleConfig('courseMaps'));
    expect(poolExampleConfig('classic').input).toEqual(findPoolExample('classic')!.input);
  });
});

describe('the pooling explainer store: moving the window', () => {
  it('walks every output cell channel by channel, row by row, and says false at both ends', () => {
    const { get } = setup();
    expect(get().moveSelection(-1)).toBe(false);
    expect(get().selected).toEqual(FIRST);
    const visited: PoolCell[] = [get().selected];
    while (get().moveSelection(1)) visited.push(get().selected);
    expect(visited).toEqual([
      { channel: 0, row: 0, col: 0 }, { channel: 0, row: 0, col: 1 }, { channel: 0, row: 1, col: 0 }, { channel: 0, row: 1, col: 1 },
      { channel: 1, row: 0, col: 0 }, { channel: 1, row: 0, col: 1 }, { channel: 1, row: 1, col: 0 }, { channel: 1, row: 1, col: 1 },
    ]);
    expect(get().selected).toEqual({ channel: 1, row: 1, col: 1 });
    const back: PoolCell[] = [get().selected];
    while (get().moveSelection(-1)) back.push(get().selected);
    expect(back).toEqual([...visited].reverse());
  });

  it('walks a non-square output in row-major order', () => {
    const { get } = setup('signs');
    get().setInputSize(6, 4);
    get().setPooling({ size: 2, stride: 2 });
    expect(poolOutputShape(get())).toEqual({ rows: 3, cols: 2 });
    const visited: string[] = [];
    do visited.push(`${get().selected.row},${get().selected.col}`); while (get().moveSelection(1));
    expect(visited).toEqual(['0,0', '0,1', '1,0', '1,1', '2,0', '2,1']);
  });

  it('stops playing at either end, and keeps playing in between', () => {
    const { get } = setup();
    get().setPlaying(true);
    expect(get().moveSelection(1)).toBe(true);
    expect(get().playing).toBe(true);
    get().select({ channel: 1, row: 1, col: 1 });
    expect(get().moveSelection(1)).toBe(false);
    expect(get().playing).toBe(false);
    get().select(FIRST);
    get().setPlaying(true);
    expect(get().moveSelection(-1)).toBe(false);
    expect(get().playing).toBe(false);
    expect(get().selected).toEqual(FIRST);
  });

  it('selects an existing cell, and falls back to the first for one that does not exist', () => {
    const { get } = setup();
    get().select({ channel: 1, row: 0, col: 1 });
    expect(get().selected).toEqual({ channel: 1, row: 0, col: 1 });
    for (const outside of [{ channel: 2, row: 0, col: 0 }, { channel: 0, row: 2, col: 0 }, { channel: 1, row: 0, col: 2 }]) {
      get().select({ channel: 1, row: 1, col: 0 });
      get().select(outside);
      expect(get().selected, JSON.stringify(outside)).toEqual(FIRST);
    }
  });

  it('refuses a cell with a negative or fractional index', () => {
    const { get } = setup();
    for (const outside of [{ channel: -1, row: 0, col: 0 }, { channel: 0, row: -1, col: 0 }, { channel: 0, row: 0.5, col: 0 }]) {
      get().select(outside);
      expect(get().selected, JSON.stringify(outside)).toEqual(FIRST);
    }
  });
});

describe('the pooling explainer store: settings', () => {
  it('keeps the selected cell through a change that keeps it, and goes back to the first otherwise', () => {
    const { get } = setup();
    get().select({ channel: 1, row: 1, col: 0 });
    get().setPooling({ kind: 'average' });
    expect(get().selected).toEqual({ channel: 1, row: 1, col: 0 });
    get().setPooling({ size: 3, stride: 1 });
    expect(poolOutputShape(get())).toEqual({ rows: 2, cols: 2 });
    expect(get().selected).toEqual({ channel: 1, row: 1, col: 0 });
    get().setPooling({ kind: 'globalAverage' });
    expect(poolOutputShape(get())).toEqual({ rows: 1, cols: 1 });
    expect(get().selected).toEqual(FIRST);
    get().setPooling({ kind: 'max', size: 2, stride: 2 });
    get().select({ channel: 1, row: 0, col: 0 });
    get().setPooling({ kind: 'l2' });
    expect(get().selected).toEqual({ channel: 1, row: 0, col: 0 });
    get().setInputSize(2, 2);
    expect(get().selected).toEqual({ channel: 1, row: 0, col: 0 });
    get().select({ channel: 0, row: 0, col: 0 });
    get().setInputSize(4, 4);
    get().select({ channel: 0, row: 1, col: 1 });
    get().setInputSize(3, 3);
    expect(poolOutputShape(get())).toEqual({ rows: 1, cols: 1 });
    expect(get().selected).toEqual(FIRST);
  });

  it('a window larger than the grid has no output: nothing to select, play or move', () => {
    const { get } = setup();
    get().select({ channel: 1, row: 1, col: 1 });
    get().setPooling({ size: 5 });
    expect(poolOutputShape(get())).toBeNull();
    expect(get().selected).toEqual(FIRST);
    get().setPlaying(true);
    expect(get().playing).toBe(false);
    expect(get().moveSelection(1)).toBe(false);
    expect(get().moveSelection(-1)).toBe(false);
    // The grid was kept: a window that fits gives the output back.
    get().setPooling({ size: 4, stride: 1 });
    expect(poolOutputShape(get())).toEqual({ rows: 1, cols: 1 });
    expect(pooledOf(get()).values).toEqual([3, 3]);
    get().setPlaying(true);
    expect(get().playing).toBe(true);
    get().setPlaying(false);
    expect(get().playing).toBe(false);
  });

  it('"same" padding always fits, with ⌈n / stride⌉ outputs', () => {
    const { get } = setup('classic');
    get().setPooling({ size: 7, stride: 3, padding: 'same' });
    expect(poolOutputShape(get())).toEqual({ rows: 2, cols: 2 });
    get().setPooling({ padding: 'valid' });
    expect(poolOutputShape(get())).toBeNull();
  });

  // so playback keeps ticking while the screen shows the "window does not fit" problem (convExplainStore's change() does stop).
  it('a change that leaves no output stops playing', () => {
    const { get } = setup();
    get().setPlaying(true);
    get().setPooling({ size: 5 });
    get().moveSelection(1);
    expect(get().playing).toBe(false);
  });

  it('sets the speed and the translation demo\'s shift', () => {
    const { get } = setup();
    get().setSpeed(0.5);
    get().setShift({ down: 1, right: 0 });
    expect(get().speed).toBe(0.5);
    expect(get().shift).toEqual({ down: 1, right: 0 });
    get().setShift({ down: -1, right: 1 });
    expect(get().shift).toEqual({ down: -1, right: 1 });
  });
});

describe('the pooling explainer store: examples, edits and whole configurations', () => {
  it('choosing an example resets the settings, the selection and playing', () => {
    const { get } = setup();
    get().setPooling({ kind: 'l2', size: 3, stride: 1, padding: 'same' });
    get().select({ channel: 1, row: 1, col: 1 });
    get().setPlaying(true);
    get().chooseExample('classic');
    expect(get()).toMatchObject({ example: 'classic', kind: 'max', size: 2, stride: 2, padding: 'valid', selected: FIRST, playing: false });
    expect(get().input).toEqual(findPoolExample('classic')!.input);
    expect(channelRows(pooledOf(get()), 0)).toEqual([[6, 8], [3, 4]]);
  });

  it('editing a cell changes that cell only and forgets the example', () => {
    const { get } = setup();
    const before = get().input;
    get().setCell(1, 3, 2, 50);
    expect(get().example).toBeNull();
    expect(valueAt(get().input, 1, 3, 2)).toBe(50);
    expect(get().input.values.flatMap((v, i) => (v === before.values[i] ? [] : [i]))).toEqual([16 + 3 * 4 + 2]);
    expect(channelRows(pooledOf(get()), 1)).toEqual([[-1, 1], [0, 50]]);
  });

  it('resizes the grid keeping the overlapping values, within the limits', () => {
    const { get } = setup('classic');
    get().setInputSize(2, 5);
    expect(channelRows(get().input, 0)).toEqual([[1, 1, 2, 4, 0], [5, 6, 7, 8, 0]]);
    expect(get().example).toBeNull();
    get().setInputSize(100, -4);
    expect(get().input).toMatchObject({ channels: 1, rows: EXPLAIN_LIMITS.gridSize.max, cols: EXPLAIN_LIMITS.gridSize.min });
    expect(get().input.values.slice(0, 3)).toEqual([1, 5, 0]);
  });

  it('applyConfig puts a configuration in place, selects the first cell and stops playing', () => {
    const { get } = setup();
    get().select({ channel: 1, row: 1, col: 1 });
    get().setPlaying(true);
    get().setSpeed(4);
    const config = { ...poolExampleConfig('signs'), kind: 'average' as const, size: 3, stride: 3, padding: 'same' as const };
    get().applyConfig(config);
    expect(get()).toMatchObject({ ...config, selected: FIRST, playing: false, speed: 4 });
    const edited = { ...config, example: null, input: { channels: 1, rows: 1, cols: 2, values: [1, -2] } };
    get().applyConfig(edited);
    expect(get()).toMatchObject(edited);
    expect(poolOutputShape(get())).toEqual({ rows: 1, cols: 1 });
  });
});
