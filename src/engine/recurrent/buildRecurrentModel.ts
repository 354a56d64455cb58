/**
 * RecurrentSpec + task geometry → a tfjs model: input [any steps, features] → recurrent layers
 * `rnn1…rnnN` → dense read-out `output`. The cells use the textbook sigmoid for their gates
 * (tfjs's default is hardSigmoid) and every initial weight is drawn by the engine from the seed.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-layers' recurrent code calls chained tensor methods (x.flatten()) that a bare tfjs-core import does not register.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tfl from '@tensorflow/tfjs-layers';
import type { TaskGeometry } from '../../data/tasks/taskTypes';
import { createRandom } from '../../data/random';
import { FUSED_GATES, OUTPUT_LAYER_NAME, recurrentInputSize, recurrentLayerName, type RecurrentSpec } from './recurrentSpec';

export { OUTPUT_LAYER_NAME, recurrentLayerName } from './recurrentSpec';
import { glorotUniformMatrix, orthogonalMatrix } from './orthogonal';

type SymbolicTensor = tfl.SymbolicTensor;


function createCell(spec: RecurrentSpec, name: string, returnSequences: boolean): tfl.layers.Layer {
  // Zeros here: the real initial weights are set right after building (seedRecurrentWeights).
  const common = {
    name, units: spec.units, returnSequences,
    kernelInitializer: 'zeros', recurrentInitializer: 'zeros', biasInitializer: 'zeros',
  } as const;
  if (spec.cell === 'lstm') return tfl.layers.lstm({ ...common, recurrentActivation: 'sigmoid' });
  if (spec.cell === 'gru') return tfl.layers.gru({ ...common, recurrentActivation: 'sigmoid' });
  return tfl.layers.simpleRNN({ ...common, activation: 'tanh' });
}

const scaled = (values: Float32Array, gain: number) => (gain === 1 ? values : values.map((v) => v * gain));

/**
 * Draws every recurrent weight from the seed: kernels Glorot-uniform over the fused gate matrix,
 * recurrent kernels orthogonal (times spec.recurrentGain), biases zero except an LSTM's forget gate, which starts at
 * spec.forgetBias. Each direction of each layer gets its own draw.
 */
function seedRecurrentWeights(model: tfl.LayersModel, spec: RecurrentSpec, features: number, seed: number): void {
  const gates = FUSED_GATES[spec.cell];
  const width = gates * spec.units;
  for (let index = 0; index < spec.layers; index++) {
    const layer = model.getLayer(recurrentLayerName(index));
    const inputSize = recurrentInputSize(spec, features, index);
    const directions = spec.bidirectional ? 2 : 1;
    const values: tf.Tensor[] = [];
    for (let direction = 0; direction < directions; direction++) {
      const random = createRandom(seed * 7919 + index * 31 + direction * 17 + 1);
      const bias = new Float32Array(width);
      if (spec.cell === 'lstm') bias.fill(spec.forgetBias, spec.units, 2 * spec.units);
      values.push(
        tf.tensor2d(glorotUniformMatrix(inputSize, width, random), [inputSize, width]),
        tf.tensor2d(scaled(orthogonalMatrix(spec.units, width, random), spec.recurrentGain ?? 1), [spec.units, width]),
        tf.tensor1d(bias),
      );
    }
    try {
      layer.setWeights(values);
    } finally {
      tf.dispose(values);
    }
  }
}

/** Builds the model; the caller checks recurrentSpecProblems() first. */
export function buildRecurrentModel(spec: RecurrentSpec, geometry: TaskGeometry, seed: number): tfl.LayersModel {
  const features = geometry.input[1]!;
  // Any number of steps: the same network can read a longer sequence (the compare mode's delay changes live).
  const input = tfl.input({ shape: [null, features], name: 'input' });
  let x: SymbolicTensor = input;
  for (let index = 0; index < spec.layers; index++) {
    const returnSequences = index < spec.layers - 1 || geometry.perStep;
    const name = recurrentLayerName(index);
    const cell = createCell(spec, name, returnSequences);
    const layer = spec.bidirectional ? tfl.layers.bidirectional({ layer: cell as tfl.RNN, mergeMode: 'concat', name }) : cell;
    x = layer.apply(x) as SymbolicTensor;
  }
  const head = geometry.output.kind === 'classes'
    ? tfl.layers.dense({ name: OUTPUT_LAYER_NAME, units: geometry.output.classes, activation: 'softmax', kernelInitializer: tfl.initializers.glorotUniform({ seed }) })
    : tfl.layers.dense({ name: OUTPUT_LAYER_NAME, units: 1, activation: 'linear', kernelInitializer: tfl.initializers.glorotUniform({ seed }) });
  const model = tfl.model({ inputs: input, outputs: head.apply(x) as SymbolicTensor, name: 'recurrent' });
  seedRecurrentWeights(model, spec, features, seed);
  return model;
}
