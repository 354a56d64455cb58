/**
 * Recomputes every gate and state of a recurrent cell, step by step, from the layer's trained
 * weights — tfjs layers never expose their gates. Plain JavaScript in float64, no tfjs: the tests
 * prove the recomputed h (and the LSTM's c) equal the layer's own outputs at every step.
 *
 * The fused weights follow tfjs-layers 4.22 (recurrent.js):
 * - SimpleRNN: hₜ = tanh(xₜW + b + hₜ₋₁U).
 * - LSTM, gate order i, f, g (candidate), o: z = xₜW + hₜ₋₁U + b; cₜ = f⊙cₜ₋₁ + i⊙tanh(z_g); hₜ = o⊙tanh(cₜ).
 * - GRU, order z (update), r (reset), h̃ (candidate); the reset applies BEFORE the recurrent product:
 *   h̃ = tanh(xₜW_h + b_h + (r⊙hₜ₋₁)U_h); hₜ = z⊙hₜ₋₁ + (1 − z)⊙h̃.
 * Gates use the logistic sigmoid (the models are built with recurrentActivation 'sigmoid').
 */
import type { CellKind } from './recurrentSpec';

/** A row of the unrolled view: a gate (0…1), the candidate (−1…1), or a state (c, h). */
export type GateName = 'input' | 'forget' | 'candidate' | 'output' | 'cell' | 'hidden' | 'update' | 'reset';

/** The rows the unrolled view draws per cell kind, top to bottom. */
export const CELL_ROWS: Record<CellKind, readonly GateName[]> = {
  lstm: ['input', 'forget', 'candidate', 'output', 'cell', 'hidden'],
  gru: ['update', 'reset', 'candidate', 'hidden'],
  simpleRNN: ['hidden'],
};

/** The weighted sums of each cell kind, in the order tfjs fuses them. */
const FUSED: Record<CellKind, readonly GateName[]> = {
  lstm: ['input', 'forget', 'candidate', 'output'],
  gru: ['update', 'reset', 'candidate'],
  simpleRNN: ['hidden'],
};

/** One direction of one recurrent layer's weights, exactly as tfjs stores them (row-major). */
export interface CellWeights {
  cell: CellKind;
  units: number;
  inputSize: number;
  /** [inputSize, gates·units] */
  kernel: Float32Array;
  /** [units, gates·units] */
  recurrentKernel: Float32Array;
  /** [gates·units] */
  bias: Float32Array;
}

/**
 * A gate's pre-activation for unit j at step t split into its three terms: the input term (W xₜ)ⱼ,
 * the recurrent term (U h_prev)ⱼ — for the GRU candidate (U_h (r ⊙ h_prev))ⱼ — and the bias bⱼ.
 */
export interface PreActivation {
  /** [steps·units] */
  input: Float32Array;
  /** [steps·units] */
  recurrent: Float32Array;
  /** [units] */
  bias: Float32Array;
}

/** Which way a layer reads the sequence; a bidirectional layer has one of each. */
export type Direction = 'forward' | 'backward';

/** One direction of one layer, recomputed for one sequence. */
export interface UnrolledDirection {
  cell: CellKind;
  direction: Direction;
  steps: number;
  units: number;
  /** Every row of CELL_ROWS[cell], [steps·units] (index t·units + j), by the ORIGINAL time step t in both directions. */
  values: Partial<Record<GateName, Float32Array>>;
  /** The three terms of every weighted sum (LSTM i, f, g, o; GRU z, r, h̃; SimpleRNN h). */
  preActivations: Partial<Record<GateName, PreActivation>>;
}

/** The step whose state feeds step t: t−1 going forward, t+1 going backward; null at the first step read. */
export function previousStep(direction: Direction, t: number, steps: number): number | null {
  const previous = direction === 'forward' ? t - 1 : t + 1;
  return previous < 0 || previous >= steps ? null : previous;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** out[k] = Σᵢ v[i]·M[i, offset + k] for k < count: one gate's columns of a fused matrix. */
function vectorTimesColumns(v: ArrayLike<number>, matrix: Float32Array, width: number, offset: number, count: number, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < v.length; i++) {
    const vi = v[i]!;
    if (vi === 0) continue;
    const row = i * width + offset;
    for (let k = 0; k < count; k++) out[k]! += vi * matrix[row + k]!;
  }
}

/** Where one step's gates and weighted sums are written: the arrays of an UnrolledDirection at offset t·units. */
interface StepRecord {
  at: number;
  values: Partial<Record<GateName, Float32Array>>;
  preActivations: Partial<Record<GateName, PreActivation>>;
}

/** A cell's running state: h (and the LSTM's c), in float64. */
export interface CellState {
  h: Float64Array;
  c: Float64Array;
}

export const zeroState = (units: number): CellState => ({ h: new Float64Array(units), c: new Float64Array(units) });

/** Weights are the right size for a cell of their kind; throws a developer message otherwise. */
export function checkWeights(weights: CellWeights): void {
  const width = FUSED[weights.cell].length * weights.units;
  const { kernel, recurrentKernel, bias, inputSize, units, cell } = weights;
  if (kernel.length !== inputSize * width || recurrentKernel.length !== units * width || bias.length !== width) {
    throw new Error(`cell weights do not fit a ${cell} of ${units} units reading ${inputSize} features`);
  }
}

/**
 * One step of a cell from `state` on input x: returns the next state, and writes every gate and
 * the three terms of every weighted sum into `record` when given. Sums accumulate in float64.
 */
export function stepCell(weights: CellWeights, x: ArrayLike<number>, state: CellState, record?: StepRecord): CellState {
  const { cell, units, kernel, recurrentKernel, bias } = weights;
  const gates = FUSED[cell];
  const width = gates.length * units;
  const inputTerm = new Float64Array(units);
  const recurrentTerm = new Float64Array(units);
  const at = record?.at ?? 0;
  const { h, c } = state;
  /** Gate g's three terms (recurrent term from `from`), recorded, and their sums. */
  const weighted = (g: number, from: Float64Array): Float64Array => {
    vectorTimesColumns(x, kernel, width, g * units, units, inputTerm);
    vectorTimesColumns(from, recurrentKernel, width, g * units, units, recurrentTerm);
    const parts = record?.preActivations[gates[g]!];
    const sums = new Float64Array(units);
    for (let j = 0; j < units; j++) {
      sums[j] = inputTerm[j]! + recurrentTerm[j]! + bias[g * units + j]!;
      if (parts) {
        parts.input[at + j] = inputTerm[j]!;
        parts.recurrent[at + j] = recurrentTerm[j]!;
      }
    }
    return sums;
  };
  const values = record?.values;
  const nextH = new Float64Array(units);
  let nextC = c;
  if (cell === 'lstm') {
    const [zi, zf, zg, zo] = [weighted(0, h), weighted(1, h), weighted(2, h), weighted(3, h)];
    nextC = new Float64Array(units);
    for (let j = 0; j < units; j++) {
      const i = sigmoid(zi[j]!);
      const f = sigmoid(zf[j]!);
      const g = Math.tanh(zg[j]!);
      const o = sigmoid(zo[j]!);
      nextC[j] = f * c[j]! + i * g;
      nextH[j] = o * Math.tanh(nextC[j]!);
      if (values) {
        values.input![at + j] = i;
        values.forget![at + j] = f;
        values.candidate![at + j] = g;
        values.output![at + j] = o;
        values.cell![at + j] = nextC[j]!;
      }
    }
  } else if (cell === 'gru') {
    const [zz, zr] = [weighted(0, h), weighted(1, h)];
    const update = zz.map(sigmoid);
    const resetHidden = new Float64Array(units);
    for (let j = 0; j < units; j++) {
      const r = sigmoid(zr[j]!);
      resetHidden[j] = r * h[j]!;
      if (values) {
        values.update![at + j] = update[j]!;
        values.reset![at + j] = r;
      }
    }
    const zh = weighted(2, resetHidden);
    for (let j = 0; j < units; j++) {
      const z = update[j]!;
      const candidate = Math.tanh(zh[j]!);
      if (values) values.candidate![at + j] = candidate;
      nextH[j] = z * h[j]! + (1 - z) * candidate;
    }
  } else {
    const zh = weighted(0, h);
    for (let j = 0; j < units; j++) nextH[j] = Math.tanh(zh[j]!);
  }
  if (values) for (let j = 0; j < units; j++) values.hidden![at + j] = nextH[j]!;
  return { h: nextH, c: nextC };
}

/**
 * Recomputes every gate and state of one direction for one input sequence [steps·inputSize]
 * (row-major), from zero initial states. Results are stored as float32. A backward direction
 * reads steps − 1 … 0 but stores each value at its original step.
 */
export function unrollDirection(weights: CellWeights, inputs: Float32Array, steps: number, direction: Direction): UnrolledDirection {
  checkWeights(weights);
  const { cell, units, inputSize, bias } = weights;
  if (inputs.length !== steps * inputSize) throw new Error(`unrollDirection: ${inputs.length} inputs for ${steps} × ${inputSize}`);
  const values: Partial<Record<GateName, Float32Array>> = {};
  for (const row of CELL_ROWS[cell]) values[row] = new Float32Array(steps * units);
  const preActivations: Partial<Record<GateName, PreActivation>> = {};
  FUSED[cell].forEach((gate, g) => {
    preActivations[gate] = {
      input: new Float32Array(steps * units), recurrent: new Float32Array(steps * units), bias: bias.slice(g * units, (g + 1) * units),
    };
  });
  let state = zeroState(units);
  for (let k = 0; k < steps; k++) {
    const t = direction === 'forward' ? k : steps - 1 - k;
    state = stepCell(weights, inputs.subarray(t * inputSize, (t + 1) * inputSize), state, { at: t * units, values, preActivations });
  }
  return { cell, direction, steps, units, values, preActivations };
}
