/**
 * Delayed recall: remember one symbol across a long run of distractors. A plain RNN's gradient
 * fades over the delay; an LSTM's cell state carries the symbol through, which is the point.
 *
 * Features per step (F = 2·symbols + 1):
 *   [0, symbols)            the symbol, one-hot (step 0 only)
 *   [symbols, 2·symbols)    a distractor, one-hot (steps 1…delay) — its own alphabet, so a
 *                           distractor never looks like a symbol and only memory can answer
 *   2·symbols               the recall cue (last step only)
 */
import type { Random } from '../random';
import type { TaskGeometry } from './taskTypes';

/** The options of a delayed-recall task. */
export interface DelayedRecallOptions {
  /** Distractor steps between the symbol and the cue. */
  delay: number;
  /** Size of the symbol alphabet (and of the distractor alphabet): the number of classes. */
  symbols: number;
}

/** Input features per step: symbol channels, distractor channels, one cue channel. */
export function delayedRecallFeatures(symbols: number): number {
  return 2 * symbols + 1;
}

/** Steps per sequence: the symbol, `delay` distractors, the cue. */
export function delayedRecallSteps(delay: number): number {
  return delay + 2;
}

/** One sequence is [delay + 2, 2·symbols + 1]; one class answer (the symbol) after the cue. */
export function delayedRecallGeometry({ delay, symbols }: DelayedRecallOptions): TaskGeometry {
  return {
    input: [delayedRecallSteps(delay), delayedRecallFeatures(symbols)],
    output: { kind: 'classes', classes: symbols },
    perStep: false,
    shape: 'manyToOne',
  };
}

/** Accuracy of guessing, as a fraction: symbols are drawn uniformly, so 1 / symbols. */
export function delayedRecallChance(symbols: number): number {
  return 1 / symbols;
}

/**
 * Writes example number `index` of a batch: its sequence into `inputs` (row-major
 * [count, delay + 2, 2·symbols + 1], all other examples untouched) and its symbol into `labels[index]`.
 * Draws 1 + delay numbers from `random`, so a stream of examples is reproducible from its seed.
 */
export function writeDelayedRecallExample(
  { delay, symbols }: DelayedRecallOptions,
  random: Random,
  inputs: Float32Array,
  labels: Int32Array,
  index: number,
): void {
  const features = delayedRecallFeatures(symbols);
  const steps = delayedRecallSteps(delay);
  const start = index * steps * features;
  // Buffers may be reused, so the example's rows are cleared before the hot channels are set.
  inputs.fill(0, start, start + steps * features);
  const symbol = Math.floor(random() * symbols);
  inputs[start + symbol] = 1;
  for (let step = 1; step <= delay; step++) {
    const distractor = Math.floor(random() * symbols);
    inputs[start + step * features + symbols + distractor] = 1;
  }
  inputs[start + (delay + 1) * features + 2 * symbols] = 1;
  labels[index] = symbol;
}
