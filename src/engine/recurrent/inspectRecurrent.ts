/**
 * Every gate of a recurrent model for one input sequence: the trained weights are read from each
 * layer (and direction), the gates recomputed step by step (unroll.ts), and each layer's hidden
 * states handed up as the next layer's input — [forward, backward] side by side, as the
 * Bidirectional wrapper concatenates them. The output is the model's own prediction.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { recurrentInputSize, recurrentLayerName, type RecurrentSpec } from './recurrentSpec';
import { unrollDirection, type CellWeights, type Direction, type UnrolledDirection } from './unroll';

/** The recomputed gates of one recurrent layer (`rnn${layer + 1}` in the model). */
export interface UnrolledLayer {
  /** 0-based. */
  layer: number;
  /** One per direction, forward first; each holds [steps·units] per gate. */
  directions: UnrolledDirection[];
}

/** Every gate of every layer for one sequence. Every array owns its whole buffer, so it can be transferred. */
export interface UnrolledNetwork {
  steps: number;
  /** Bottom layer first. */
  layers: UnrolledLayer[];
  /** The model's own output for the sequence: [classes] or [values], or per step [steps·outputs]. */
  output: Float32Array;
  /** Shape of `output` without the batch axis: [classes], [1], or [steps, 1]. */
  outputShape: number[];
}

const DIRECTIONS: readonly Direction[] = ['forward', 'backward'];

/** [steps·units] per direction → [steps·(units·directions)], forward first at every step. */
function sideBySide(directions: UnrolledDirection[], steps: number, units: number): Float32Array {
  const width = units * directions.length;
  const out = new Float32Array(steps * width);
  directions.forEach((d, k) => {
    const hidden = d.values.hidden!;
    for (let t = 0; t < steps; t++) out.set(hidden.subarray(t * units, (t + 1) * units), t * width + k * units);
  });
  return out;
}

/**
 * All gates of every layer and direction for one sequence, inputs [steps·features] row-major.
 * Layer k > 0 reads the recomputed [forward, backward] hidden states of layer k − 1. The output
 * comes from model.predict. Leaks no tensors.
 */
export async function unrollNetwork(model: tfl.LayersModel, spec: RecurrentSpec, inputs: Float32Array, steps: number, features: number): Promise<UnrolledNetwork> {
  if (inputs.length !== steps * features) throw new Error(`unrollNetwork: ${inputs.length} inputs for ${steps} steps × ${features} features`);
  // Prediction and weights are taken together, before the first await: a training step that runs
  // in between cannot make the gates and the output disagree. getWeights() returns the layers' own
  // variables (LayerVariable.read() hands back the tf.Variable, not a copy), so they are cloned —
  // a clone shares the data without copying it and keeps it alive even if training reassigns the
  // variable — and only the clones are disposed.
  const [prediction, ...weights] = tf.tidy(() => [
    tf.squeeze(model.predict(tf.tensor3d(inputs, [1, steps, features])) as tf.Tensor, [0]),
    ...Array.from({ length: spec.layers }, (_v, index) => model.getLayer(recurrentLayerName(index)).getWeights().map((w) => tf.clone(w))).flat(),
  ]);
  const outputShape = prediction!.shape.slice();
  const perDirection = 3; // kernel, recurrent kernel, bias (Bidirectional: forward's, then backward's)
  const perLayer = perDirection * (spec.bidirectional ? 2 : 1);
  if (weights.length !== spec.layers * perLayer) {
    tf.dispose([prediction!, ...weights]);
    throw new Error(`unrollNetwork: the model has ${weights.length} recurrent weight tensors, the spec expects ${spec.layers * perLayer}`);
  }
  let data: Float32Array[];
  try {
    data = await Promise.all([prediction!, ...weights].map((t) => t.data() as Promise<Float32Array>));
  } finally {
    prediction!.dispose();
    tf.dispose(weights);
  }
  // The cpu backend hands out the tensor's own array: copy the output, which leaves this module.
  const output = data[0]!.slice();

  const layers: UnrolledLayer[] = [];
  let layerInput = inputs;
  for (let index = 0; index < spec.layers; index++) {
    const inputSize = recurrentInputSize(spec, features, index);
    const directions = DIRECTIONS.slice(0, spec.bidirectional ? 2 : 1).map((direction, d) => {
      const at = 1 + index * perLayer + d * perDirection;
      const cellWeights: CellWeights = {
        cell: spec.cell, units: spec.units, inputSize, kernel: data[at]!, recurrentKernel: data[at + 1]!, bias: data[at + 2]!,
      };
      return unrollDirection(cellWeights, layerInput, steps, direction);
    });
    layers.push({ layer: index, directions });
    layerInput = sideBySide(directions, steps, spec.units);
  }
  return { steps, layers, output, outputShape };
}
