/**
 * What a training session is made of beyond its configuration: the weights and the optimizer's
 * running state. Plain arrays, so they can be posted between threads and written to a file.
 */
import type { OptimizerName } from './optimizerNames';
import type { WeightShape } from './weightShapes';

/** One tensor's values, row-major, and its shape. */
export interface TensorValues {
  values: Float32Array;
  shape: number[];
}

/**
 * An optimizer's state as tfjs keeps it: its step counter and its per-weight accumulators (slots),
 * e.g. Adam's first moments of every weight followed by its second moments. Slots are empty until
 * the first training step creates them.
 */
export interface OptimizerState {
  name: OptimizerName;
  iterations: number;
  slots: TensorValues[];
  /**
   * Adam's running powers β₁ᵗ and β₂ᵗ (its bias correction). tfjs's setWeights recomputes them with
   * pow(), which rounds differently from the step-by-step product, so they are carried as they are.
   */
  powers?: number[];
}

export interface SessionState {
  /** In model.getWeights() order. */
  weights: TensorValues[];
  optimizer: OptimizerState;
}

/** Accumulators per trainable weight, in tfjs 4's optimizers (RMSprop not centered). */
export const SLOTS_PER_WEIGHT: Record<OptimizerName, number> = { sgd: 0, momentum: 1, adagrad: 1, rmsprop: 2, adam: 2 };

/** The slot shapes an optimizer holds once it has taken a step: each group of slots repeats the weights' shapes. */
export function expectedSlotShapes(name: OptimizerName, weights: readonly WeightShape[]): WeightShape[] {
  return Array.from({ length: SLOTS_PER_WEIGHT[name] }, () => weights.map((s) => [...s])).flat();
}
