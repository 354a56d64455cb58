/**
 * The shapes of a network's weights, in the order tfjs's model.getWeights() lists them, as pure
 * arithmetic over the spec. A saved model is checked against these before anything is built, so a
 * file whose weights do not fit its network is refused without touching the current work.
 */
import type { ModelSpec } from './modelSpec';
import type { TaskGeometry } from '../data/tasks/taskTypes';
import { summarizeNetwork } from './shapes';
import { inputIndices, tfjsLayerOrder } from './graph';
import { FUSED_GATES, recurrentInputSize } from './recurrent/recurrentSpec';

/** One weight tensor's shape, e.g. [5, 5, 1, 20] for a conv kernel. */
export type WeightShape = number[];

function convolutionalShapes(spec: Extract<ModelSpec, { kind: 'convolutional' }>['network']): WeightShape[] | null {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) return null;
  const shapes: WeightShape[] = [];
  const reads = inputIndices(summary);
  // tfjs lists a branched model's weights in its own layer order, not the spec's.
  for (const index of tfjsLayerOrder(summary)) {
    const layer = spec.layers[index]!;
    const source = reads[index]![0]!;
    const inputShape = source < 0 ? summary.inputShape : summary.layers[source]!.outputShape!;
    if (layer.type === 'conv2d') shapes.push([layer.kernel, layer.kernel, inputShape[2]!, layer.filters], [layer.filters]);
    if (layer.type === 'dense') shapes.push([inputShape[0]!, layer.units], [layer.units]);
  }
  return shapes;
}

function recurrentShapes(spec: Extract<ModelSpec, { kind: 'recurrent' }>['recurrent'], geometry: TaskGeometry): WeightShape[] {
  const features = geometry.input[1]!;
  const width = FUSED_GATES[spec.cell] * spec.units;
  const directions = spec.bidirectional ? 2 : 1;
  const shapes: WeightShape[] = [];
  for (let index = 0; index < spec.layers; index++) {
    const inputSize = recurrentInputSize(spec, features, index);
    // Kernel, recurrent kernel and bias of each direction (a bidirectional layer lists the forward one first).
    for (let d = 0; d < directions; d++) shapes.push([inputSize, width], [spec.units, width], [width]);
  }
  const outputs = geometry.output.kind === 'classes' ? geometry.output.classes : 1;
  shapes.push([spec.units * directions, outputs], [outputs]);
  return shapes;
}

/** Every weight's shape, or null when the spec is not a network that can be built. */
export function expectedWeightShapes(model: ModelSpec, geometry: TaskGeometry): WeightShape[] | null {
  return model.kind === 'convolutional' ? convolutionalShapes(model.network) : recurrentShapes(model.recurrent, geometry);
}
