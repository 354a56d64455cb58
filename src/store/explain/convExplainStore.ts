/**
 * The convolution explainer's state: the grids the user edits, the window settings, and how far
 * the step-by-step computation has got. Outputs are never stored: the screen computes them from
 * this state with engine/explain, so what is shown is always what the arithmetic gives.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_CONV_EXAMPLE, EXPLAIN_LIMITS, withinLimit, findConvExample, resizeVolume, stepCount, windowGeometry, withValue,
  zeroVolume, type ExplainActivation, type GeometryResult, type PaddingMode, type Volume,
} from '../../engine/explain';

export interface ConvConfig {
  /** The example the grids came from, or null once the user has edited them. */
  example: string | null;
  input: Volume;
  kernels: Volume[];
  biases: number[];
  stride: number;
  paddingMode: PaddingMode;
  /** Zero cells on every side when paddingMode is 'explicit'. */
  paddingAmount: number;
  dilation: number;
  activation: ExplainActivation;
  /** Turn the kernel by 180° (convolution as mathematics defines it). */
  flip: boolean;
}

export interface ConvExplainState extends ConvConfig {
  /** Output cells computed so far, 0 … stepCount. */
  position: number;
  playing: boolean;
  /** Steps per second while playing. */
  speed: number;
  chooseExample(id: string): void;
  setCell(grid: 'input' | { kernel: number }, channel: number, row: number, col: number, value: number): void;
  setBias(filter: number, value: number): void;
  setInputSize(rows: number, cols: number): void;
  setKernelSize(size: number): void;
  setChannels(channels: number): void;
  setFilters(filters: number): void;
  setWindow(patch: Partial<Pick<ConvConfig, 'stride' | 'paddingMode' | 'paddingAmount' | 'dilation' | 'activation' | 'flip'>>): void;
  setPosition(position: number): void;
  stepForward(): boolean;
  stepBack(): boolean;
  runToEnd(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** Puts a whole configuration in place (from a link or storage). */
  applyConfig(config: ConvConfig, position: number): void;
}

export type ConvExplainStore = StoreApi<ConvExplainState>;


export function convGeometryOf(config: ConvConfig): GeometryResult {
  const kernel = config.kernels[0]!;
  return windowGeometry({
    inRows: config.input.rows, inCols: config.input.cols, kernelRows: kernel.rows, kernelCols: kernel.cols,
    stride: config.stride, dilation: config.dilation, paddingMode: config.paddingMode, paddingAmount: config.paddingAmount,
  });
}

/** How many steps a configuration has (0 when its windows do not fit). */
export function stepsOf(config: ConvConfig): number {
  const result = convGeometryOf(config);
  return result.ok ? stepCount({ kernels: config.kernels, geometry: result.geometry }) : 0;
}

export function exampleConfig(id: string): ConvConfig {
  const example = findConvExample(id) ?? findConvExample(DEFAULT_CONV_EXAMPLE)!;
  return {
    example: example.id, input: example.input, kernels: example.kernels, biases: example.biases,
    stride: 1, paddingMode: 'valid', paddingAmount: 1, dilation: 1, activation: 'none', flip: false,
  };
}


export function createConvExplainStore(): ConvExplainStore {
  return createStore<ConvExplainState>()((set, get) => {
    /**
     * A change of the grids or settings keeps the computation where it was: finished stays
     * finished (the new output is shown whole), otherwise as many steps as still exist.
     */
    const change = (patch: Partial<ConvConfig>) => {
      const before = get();
      const wasDone = stepsOf(before) > 0 && before.position >= stepsOf(before);
      const next = { ...before, ...patch };
      const total = stepsOf(next);
      set({ ...patch, position: wasDone ? total : Math.min(before.position, total), playing: before.playing && !wasDone && total > 0 });
    };
    const edited = (patch: Partial<ConvConfig>) => change({ ...patch, example: null });
    return {
      ...exampleConfig(DEFAULT_CONV_EXAMPLE),
      position: 0,
      playing: false,
      speed: 2,
      chooseExample(id) {
        set({ ...exampleConfig(id), position: 0, playing: false });
      },
      setCell(grid, channel, row, col, value) {
        if (grid === 'input') edited({ input: withValue(get().input, channel, row, col, value) });
        else edited({ kernels: get().kernels.map((k, f) => (f === grid.kernel ? withValue(k, channel, row, col, value) : k)) });
      },
      setBias(filter, value) {
        edited({ biases: get().biases.map((b, f) => (f === filter ? value : b)) });
      },
      setInputSize(rows, cols) {
        const { input } = get();
        edited({ input: resizeVolume(input, input.channels, withinLimit(rows, EXPLAIN_LIMITS.gridSize), withinLimit(cols, EXPLAIN_LIMITS.gridSize)) });
      },
      setKernelSize(size) {
        const k = withinLimit(size, EXPLAIN_LIMITS.kernelSize);
        edited({ kernels: get().kernels.map((kernel) => resizeVolume(kernel, kernel.channels, k, k)) });
      },
      setChannels(channels) {
        const c = withinLimit(channels, EXPLAIN_LIMITS.channels);
        const { input, kernels } = get();
        edited({ input: resizeVolume(input, c, input.rows, input.cols), kernels: kernels.map((k) => resizeVolume(k, c, k.rows, k.cols)) });
      },
      setFilters(filters) {
        const f = withinLimit(filters, EXPLAIN_LIMITS.filters);
        const { kernels, biases } = get();
        const first = kernels[0]!;
        edited({
          kernels: Array.from({ length: f }, (_v, i) => kernels[i] ?? zeroVolume(first.channels, first.rows, first.cols)),
          biases: Array.from({ length: f }, (_v, i) => biases[i] ?? 0),
        });
      },
      setWindow(patch) {
        change(patch);
      },
      setPosition(position) {
        set({ position: Number.isFinite(position) ? Math.max(0, Math.min(stepsOf(get()), Math.round(position))) : 0 });
      },
      stepForward() {
        const total = stepsOf(get());
        if (get().position >= total) return false;
        set({ position: get().position + 1, playing: get().playing && get().position + 1 < total });
        return true;
      },
      stepBack() {
        if (get().position <= 0) return false;
        set({ position: get().position - 1, playing: false });
        return true;
      },
      runToEnd() {
        set({ position: stepsOf(get()), playing: false });
      },
      setPlaying(playing) {
        const total = stepsOf(get());
        if (!playing) set({ playing: false });
        // Play from the start again once everything has been computed.
        else if (total > 0) set({ playing: true, position: get().position >= total ? 0 : get().position });
      },
      setSpeed(speed) {
        set({ speed });
      },
      applyConfig(config, position) {
        set({ ...config, position: Math.max(0, Math.min(stepsOf(config), position)), playing: false });
      },
    };
  });
}
