/**
 * The pooling explainer's state: the grid being pooled, the pooling settings, the output cell
 * whose window is shown, and the translation demo's shift. Outputs are computed by the screen.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_POOL_EXAMPLE, EXPLAIN_LIMITS, withinLimit, convolve, findConvExample, findPoolExample, poolGeometry, resizeVolume, windowGeometry, withValue,
  type ExplainPoolKind, type PoolPadding, type Volume,
} from '../../engine/explain';

export interface PoolConfig {
  /** The example the grid came from, or null once the user has edited it. */
  example: string | null;
  input: Volume;
  kind: ExplainPoolKind;
  size: number;
  stride: number;
  padding: PoolPadding;
}

/** One output cell (channel, row, col), whose window the screen highlights. */
export interface PoolCell {
  channel: number;
  row: number;
  col: number;
}

export interface PoolExplainState extends PoolConfig {
  selected: PoolCell;
  playing: boolean;
  /** Windows per second while playing. */
  speed: number;
  /** The translation demo's shift of the picture, in cells (down, right), each −1, 0 or 1. */
  shift: { down: number; right: number };
  chooseExample(id: string): void;
  setCell(channel: number, row: number, col: number, value: number): void;
  setInputSize(rows: number, cols: number): void;
  setPooling(patch: Partial<Pick<PoolConfig, 'kind' | 'size' | 'stride' | 'padding'>>): void;
  select(cell: PoolCell): void;
  /** Moves the highlighted window to the next (or previous) output cell; false at the end. */
  moveSelection(by: 1 | -1): boolean;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setShift(shift: { down: number; right: number }): void;
  applyConfig(config: PoolConfig): void;
}

export type PoolExplainStore = StoreApi<PoolExplainState>;

/** The example's grid: written in the example, or the feature maps of a convolution example. */
export function poolExampleInput(id: string): Volume {
  const example = findPoolExample(id) ?? findPoolExample(DEFAULT_POOL_EXAMPLE)!;
  if (!('featureMapsOf' in example.input)) return example.input;
  const conv = findConvExample(example.input.featureMapsOf)!;
  const kernel = conv.kernels[0]!;
  const geometry = windowGeometry({ inRows: conv.input.rows, inCols: conv.input.cols, kernelRows: kernel.rows, kernelCols: kernel.cols, stride: 1, dilation: 1, paddingMode: 'valid', paddingAmount: 0 });
  if (!geometry.ok) throw new Error(`example ${example.id} has no valid convolution`);
  return convolve({ input: conv.input, kernels: conv.kernels, biases: conv.biases, geometry: geometry.geometry, activation: 'none', flip: false }).output;
}

export function poolExampleConfig(id: string): PoolConfig {
  const known = findPoolExample(id) ?? findPoolExample(DEFAULT_POOL_EXAMPLE)!;
  return { example: known.id, input: poolExampleInput(known.id), kind: 'max', size: 2, stride: 2, padding: 'valid' };
}

/** The number of output cells per channel, and the grid's shape, for a configuration (null when the window does not fit). */
export function poolOutputShape(config: PoolConfig): { rows: number; cols: number } | null {
  const result = poolGeometry(config.input, config);
  return result.ok ? { rows: result.geometry.outRows, cols: result.geometry.outCols } : null;
}

const FIRST: PoolCell = { channel: 0, row: 0, col: 0 };

/** The selected cell if it still exists after a change, else the first. */
function keepSelection(config: PoolConfig, selected: PoolCell): PoolCell {
  const shape = poolOutputShape(config);
  const index = (value: number, size: number) => Number.isInteger(value) && value >= 0 && value < size;
  return shape && index(selected.channel, config.input.channels) && index(selected.row, shape.rows) && index(selected.col, shape.cols) ? selected : FIRST;
}


export function createPoolExplainStore(): PoolExplainStore {
  return createStore<PoolExplainState>()((set, get) => {
    const change = (patch: Partial<PoolConfig>) => {
      const next = { ...get(), ...patch };
      // With no window that fits there is nothing to play through.
      set({ ...patch, selected: keepSelection(next, get().selected), playing: get().playing && poolOutputShape(next) !== null });
    };
    return {
      ...poolExampleConfig(DEFAULT_POOL_EXAMPLE),
      selected: FIRST,
      playing: false,
      speed: 2,
      shift: { down: 0, right: -1 },
      chooseExample(id) {
        set({ ...poolExampleConfig(id), selected: FIRST, playing: false });
      },
      setCell(channel, row, col, value) {
        change({ example: null, input: withValue(get().input, channel, row, col, value) });
      },
      setInputSize(rows, cols) {
        const { input } = get();
        change({ example: null, input: resizeVolume(input, input.channels, withinLimit(rows, EXPLAIN_LIMITS.gridSize), withinLimit(cols, EXPLAIN_LIMITS.gridSize)) });
      },
      setPooling(patch) {
        change(patch);
      },
      select(cell) {
        set({ selected: keepSelection(get(), cell) });
      },
      moveSelection(by) {
        const state = get();
        const shape = poolOutputShape(state);
        if (!shape) {
          set({ playing: false });
          return false;
        }
        const perChannel = shape.rows * shape.cols;
        const index = state.selected.channel * perChannel + state.selected.row * shape.cols + state.selected.col + by;
        if (index < 0 || index >= perChannel * state.input.channels) {
          set({ playing: false });
          return false;
        }
        const channel = Math.floor(index / perChannel);
        const within = index - channel * perChannel;
        set({ selected: { channel, row: Math.floor(within / shape.cols), col: within % shape.cols } });
        return true;
      },
      setPlaying(playing) {
        if (playing && poolOutputShape(get()) === null) return;
        set({ playing });
      },
      setSpeed(speed) {
        set({ speed });
      },
      setShift(shift) {
        set({ shift });
      },
      applyConfig(config) {
        set({ ...config, selected: keepSelection(config, FIRST), playing: false });
      },
    };
  });
}
