/**
 * Backpropagation through time, made visible: ‖∂L/∂hₜ‖ for every step t of one sequence.
 *
 * tfjs layers run their time loop inside one op, so the hidden states in between are not tensors
 * anyone can differentiate against. Here the network is unrolled again, explicitly, step by step,
 * over the SAME weight tensors (tfjs-layers 4.22 cell formulas, see unroll.ts), and a zero tensor
 * is added to every hidden state: hₜ' = hₜ + 0ₜ. The loss does not change, and ∂L/∂0ₜ is exactly
 * ∂L/∂hₜ — the gradient that reaches step t from every later step and from step t's own answer.
 * The tests check that this unrolled loss equals the model's own loss and that the gradients equal
 * finite differences.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { TaskGeometry, Targets } from '../../data/tasks/taskTypes';
import { taskLoss } from '../loss';
import { OUTPUT_LAYER_NAME, recurrentLayerName, type CellKind, type RecurrentSpec } from './recurrentSpec';
import type { Direction } from './unroll';

/** ‖∂L/∂hₜ‖ at every step for one direction of one layer, by original time step. */
export interface StepGradientNorms {
  /** 0-based. */
  layer: number;
  direction: Direction;
  /** [steps] */
  norms: Float32Array;
}

export interface GradientsThroughTime {
  /** The loss of this one sequence (the quantity being differentiated). */
  loss: number;
  steps: number;
  /** Bottom layer first; forward before backward. */
  layers: StepGradientNorms[];
}

interface CellTensors {
  cell: CellKind;
  units: number;
  kernel: tf.Tensor2D;
  recurrentKernel: tf.Tensor2D;
  bias: tf.Tensor1D;
}

interface CellState {
  h: tf.Tensor2D;
  c: tf.Tensor2D;
}

/** One step of a cell on a batch of one (x [1, in], states [1, units]); the same maths as the tfjs layer. */
function cellStep(w: CellTensors, x: tf.Tensor2D, state: CellState): CellState {
  if (w.cell === 'simpleRNN') {
    return { h: tf.tanh(tf.add(tf.add(tf.matMul(x, w.kernel), tf.matMul(state.h, w.recurrentKernel)), w.bias)) as tf.Tensor2D, c: state.c };
  }
  if (w.cell === 'lstm') {
    const z = tf.add(tf.add(tf.matMul(x, w.kernel), tf.matMul(state.h, w.recurrentKernel)), w.bias);
    const [zi, zf, zg, zo] = tf.split(z, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const c = tf.add(tf.mul(tf.sigmoid(zf), state.c), tf.mul(tf.sigmoid(zi), tf.tanh(zg))) as tf.Tensor2D;
    return { h: tf.mul(tf.sigmoid(zo), tf.tanh(c)) as tf.Tensor2D, c };
  }
  // GRU: the reset gate multiplies the previous state BEFORE the recurrent product of the candidate.
  const fromInput = tf.add(tf.matMul(x, w.kernel), w.bias);
  const [xz, xr, xh] = tf.split(fromInput, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  const [uz, ur, uh] = tf.split(w.recurrentKernel, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  const update = tf.sigmoid(tf.add(xz, tf.matMul(state.h, uz)));
  const reset = tf.sigmoid(tf.add(xr, tf.matMul(state.h, ur)));
  const candidate = tf.tanh(tf.add(xh, tf.matMul(tf.mul(reset, state.h), uh)));
  return { h: tf.add(tf.mul(update, state.h), tf.mul(tf.sub(1, update), candidate)) as tf.Tensor2D, c: state.c };
}

/** The recurrent layers' weights as tensors (the layers' own variables, not copies), per layer and direction. */
function readCells(model: tfl.LayersModel, spec: RecurrentSpec): CellTensors[][] {
  return Array.from({ length: spec.layers }, (_v, index) => {
    const weights = model.getLayer(recurrentLayerName(index)).getWeights();
    const directions = spec.bidirectional ? 2 : 1;
    if (weights.length !== 3 * directions) throw new Error(`gradientsThroughTime: layer ${index + 1} has ${weights.length} weight tensors`);
    return Array.from({ length: directions }, (_d, d) => ({
      cell: spec.cell, units: spec.units,
      kernel: weights[3 * d] as tf.Tensor2D, recurrentKernel: weights[3 * d + 1] as tf.Tensor2D, bias: weights[3 * d + 2] as tf.Tensor1D,
    }));
  });
}

/**
 * The explicitly unrolled network's loss on one sequence (x [steps, features]), with `offsets[k][t]`
 * ([1, units]) added to the hidden state of layer-direction k at step t. Layer-directions are
 * numbered bottom layer first, forward before backward. Call inside a tidy.
 */
export function unrolledLoss(model: tfl.LayersModel, spec: RecurrentSpec, geometry: TaskGeometry, x: tf.Tensor2D, target: tf.Tensor, offsets: tf.Tensor2D[][]): tf.Scalar {
  const steps = x.shape[0];
  const cells = readCells(model, spec);
  let layerInputs = tf.unstack(x).map((row) => tf.expandDims(row, 0) as tf.Tensor2D);
  let lastOutputs: tf.Tensor2D[] = [];
  cells.forEach((directions, layer) => {
    const sequences = directions.map((w, d) => {
      const k = layer * directions.length + d;
      const states: tf.Tensor2D[] = new Array<tf.Tensor2D>(steps);
      let state: CellState = { h: tf.zeros([1, w.units]), c: tf.zeros([1, w.units]) };
      const order = Array.from({ length: steps }, (_v, i) => (d === 0 ? i : steps - 1 - i));
      for (const t of order) {
        const next = cellStep(w, layerInputs[t]!, state);
        state = { h: tf.add(next.h, offsets[k]![t]!), c: next.c };
        states[t] = state.h;
      }
      return states;
    });
    // A bidirectional layer's output at step t is [forward hₜ, backward hₜ]; read without a
    // sequence, its answer is the state each direction reached last: forward at T−1, backward at 0.
    layerInputs = Array.from({ length: steps }, (_v, t) => (sequences.length === 1 ? sequences[0]![t]! : tf.concat(sequences.map((s) => s[t]!), 1)));
    lastOutputs = sequences.map((s, d) => s[d === 0 ? steps - 1 : 0]!);
  });
  const readout = model.getLayer(OUTPUT_LAYER_NAME).getWeights() as [tf.Tensor2D, tf.Tensor1D];
  const features = geometry.perStep ? tf.concat(layerInputs, 0) : tf.concat(lastOutputs, 1);
  const sums = tf.add(tf.matMul(features, readout[0]), readout[1]);
  const activated = geometry.output.kind === 'classes' ? tf.softmax(sums) : sums;
  const predictions = geometry.perStep ? tf.expandDims(activated, 0) : activated;
  return taskLoss(geometry.output, predictions, target);
}

/** The target of one sequence as the loss expects it: [1] or [1, steps] classes, [1, 1] or [1, steps, 1] values. */
export function singleTarget(targets: Targets, geometry: TaskGeometry): tf.Tensor {
  const steps = geometry.input[0]!;
  if (targets.kind === 'classes') return geometry.perStep ? tf.tensor2d(targets.labels, [1, steps], 'int32') : tf.tensor1d(targets.labels, 'int32');
  return geometry.perStep ? tf.tensor3d(targets.values, [1, steps, 1]) : tf.tensor2d(targets.values, [1, 1]);
}

/**
 * ‖∂L/∂hₜ‖ at every step of every layer and direction for one sequence (inputs [steps·features],
 * row-major) and its targets. Leaks no tensors.
 */
export async function gradientsThroughTime(model: tfl.LayersModel, spec: RecurrentSpec, geometry: TaskGeometry, inputs: Float32Array, targets: Targets): Promise<GradientsThroughTime> {
  const [steps, features] = geometry.input as [number, number];
  if (inputs.length !== steps * features) throw new Error(`gradientsThroughTime: ${inputs.length} inputs for ${steps} × ${features}`);
  const directions = spec.bidirectional ? 2 : 1;
  const count = spec.layers * directions;
  const [loss, norms] = tf.tidy(() => {
    const x = tf.tensor2d(inputs, [steps, features]);
    const target = singleTarget(targets, geometry);
    const zeros = Array.from({ length: count * steps }, () => tf.zeros([1, spec.units]) as tf.Tensor2D);
    const lossOf = (...offsets: tf.Tensor[]) => {
      const grouped = Array.from({ length: count }, (_v, k) => offsets.slice(k * steps, (k + 1) * steps) as tf.Tensor2D[]);
      return unrolledLoss(model, spec, geometry, x, target, grouped);
    };
    const { value, grads } = tf.valueAndGrads(lossOf)(zeros);
    return [value, tf.stack(grads.map((g) => tf.norm(g)))];
  });
  try {
    const [lossValue, normValues] = await Promise.all([loss.data(), norms.data()]);
    return {
      loss: lossValue[0]!, steps,
      layers: Array.from({ length: count }, (_v, k) => ({
        layer: Math.floor(k / directions), direction: k % directions === 0 ? 'forward' : 'backward',
        norms: Float32Array.from(normValues.subarray(k * steps, (k + 1) * steps)),
      })),
    };
  } finally {
    loss.dispose();
    norms.dispose();
  }
}
