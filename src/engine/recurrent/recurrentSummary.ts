/**
 * Shapes and parameter counts of a recurrent network as pure arithmetic, with the arithmetic
 * written out (numbers and symbols only; the UI supplies the words). The test checks them
 * against tfjs's own countParams().
 */
import type { TaskGeometry } from '../../data/tasks/taskTypes';
import { FUSED_GATES, OUTPUT_LAYER_NAME, recurrentInputSize, recurrentLayerName, type RecurrentSpec } from './recurrentSpec';

export interface RecurrentLayerSummary {
  name: string;
  /** Output shape without the batch axis: [steps, width] when the whole sequence is handed on, else [width]. */
  outputShape: number[];
  params: number;
  /** e.g. `2 × 4 × (28·64 + 64·64 + 64) = 48,128`. */
  arithmetic: string;
}

export interface RecurrentSummary {
  layers: RecurrentLayerSummary[];
  totalParams: number;
}

const grouped = (n: number) => n.toLocaleString('en-US');

export function summarizeRecurrent(spec: RecurrentSpec, geometry: TaskGeometry): RecurrentSummary {
  const [steps, features] = geometry.input as [number, number];
  const gates = FUSED_GATES[spec.cell];
  const directions = spec.bidirectional ? 2 : 1;
  const layers: RecurrentLayerSummary[] = [];
  for (let index = 0; index < spec.layers; index++) {
    const inputSize = recurrentInputSize(spec, features, index);
    const u = spec.units;
    const perDirection = gates * (inputSize * u + u * u + u);
    const params = directions * perDirection;
    const width = u * directions;
    const sequence = index < spec.layers - 1 || geometry.perStep;
    const factors = [directions > 1 ? `${directions} × ` : '', gates > 1 ? `${gates} × ` : ''].join('');
    layers.push({
      name: recurrentLayerName(index),
      outputShape: sequence ? [steps, width] : [width],
      params,
      arithmetic: `${factors}(${inputSize}·${u} + ${u}·${u} + ${u}) = ${grouped(params)}`,
    });
  }
  const last = layers.at(-1)!;
  const width = last.outputShape.at(-1)!;
  const outputs = geometry.output.kind === 'classes' ? geometry.output.classes : 1;
  const headParams = (width + 1) * outputs;
  layers.push({
    name: OUTPUT_LAYER_NAME,
    outputShape: geometry.perStep ? [steps, outputs] : [outputs],
    params: headParams,
    arithmetic: `(${width} + 1) × ${outputs} = ${grouped(headParams)}`,
  });
  return { layers, totalParams: layers.reduce((sum, l) => sum + l.params, 0) };
}
