/**
 * The recurrent network of the RNN lab: a stack of one kind of cell, optionally bidirectional,
 * followed by a dense read-out that the task decides (class probabilities or values).
 */

/** SimpleRNN: hₜ = tanh(W xₜ + U hₜ₋₁ + b). LSTM and GRU add gates (see unroll.ts). */
export type CellKind = 'simpleRNN' | 'lstm' | 'gru';
export const CELL_KINDS: readonly CellKind[] = ['simpleRNN', 'lstm', 'gru'];

export interface RecurrentSpec {
  cell: CellKind;
  /** Hidden units per layer and direction. */
  units: number;
  /** Stacked recurrent layers, 1–3; every layer but the last hands its whole sequence up. */
  layers: number;
  /** A second copy of every layer reads the sequence backwards; their states are concatenated. */
  bidirectional: boolean;
  /**
   * Initial forget-gate bias of an LSTM (Keras's unit_forget_bias is 1). Larger values start the
   * gate more open (σ(1) = 0.73, σ(2) = 0.88), so memory survives longer delays before training.
   */
  forgetBias: number;
  /**
   * Scale of the initial recurrent matrix U (orthogonal × gain; 1 when absent). All of U's
   * singular values equal the gain, so below 1 a signal shrinks at every step back through time
   * and above 1 it can grow: the knob behind vanishing and exploding gradients.
   */
  recurrentGain?: number;
}

export const MAX_RECURRENT_UNITS = 256;
export const MAX_RECURRENT_LAYERS = 3;
export const MAX_FORGET_BIAS = 5;
export const RECURRENT_GAIN_RANGE = { min: 0.1, max: 5 } as const;

/** Layer names in the built model: `rnn1`…`rnnN`, then the dense read-out. */
export const recurrentLayerName = (index: number) => `rnn${index + 1}`;
export const OUTPUT_LAYER_NAME = 'output';

/** The size of one step's input to recurrent layer `index`: the task's features, then the layer below's state(s). */
export function recurrentInputSize(spec: RecurrentSpec, features: number, index: number): number {
  return index === 0 ? features : spec.units * (spec.bidirectional ? 2 : 1);
}

/** Gates (and states) per cell kind, in the order tfjs fuses them into one weight matrix. */
export const FUSED_GATES: Record<CellKind, number> = { simpleRNN: 1, lstm: 4, gru: 3 };

/** What is wrong with a recurrent spec, as codes the UI words; empty when it can be built. */
export type RecurrentSpecProblem =
  | { code: 'unknownCell' }
  | { code: 'unitsOutOfRange'; min: 1; max: number }
  | { code: 'layersOutOfRange'; min: 1; max: number }
  | { code: 'forgetBiasOutOfRange'; min: number; max: number }
  | { code: 'recurrentGainOutOfRange'; min: number; max: number };

const isWhole = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

export function recurrentSpecProblems(spec: RecurrentSpec): RecurrentSpecProblem[] {
  const problems: RecurrentSpecProblem[] = [];
  if (!CELL_KINDS.includes(spec?.cell)) problems.push({ code: 'unknownCell' });
  if (!isWhole(spec?.units, 1, MAX_RECURRENT_UNITS)) problems.push({ code: 'unitsOutOfRange', min: 1, max: MAX_RECURRENT_UNITS });
  if (!isWhole(spec?.layers, 1, MAX_RECURRENT_LAYERS)) problems.push({ code: 'layersOutOfRange', min: 1, max: MAX_RECURRENT_LAYERS });
  if (typeof spec?.forgetBias !== 'number' || !(spec.forgetBias >= -MAX_FORGET_BIAS && spec.forgetBias <= MAX_FORGET_BIAS)) {
    problems.push({ code: 'forgetBiasOutOfRange', min: -MAX_FORGET_BIAS, max: MAX_FORGET_BIAS });
  }
  const gain = spec?.recurrentGain ?? 1;
  if (typeof gain !== 'number' || !(gain >= RECURRENT_GAIN_RANGE.min && gain <= RECURRENT_GAIN_RANGE.max)) {
    problems.push({ code: 'recurrentGainOutOfRange', ...RECURRENT_GAIN_RANGE });
  }
  return problems;
}
