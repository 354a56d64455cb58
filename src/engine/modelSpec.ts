/**
 * Either kind of network the labs train, and the one function that builds it for a task. The
 * CNN lab's layer stack (spec.ts) reads images; the RNN lab's recurrent stack reads sequences.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { NetworkSpec } from './spec';
import type { RecurrentSpec } from './recurrent/recurrentSpec';
import type { TaskGeometry } from '../data/tasks/taskTypes';
import { buildModel } from './buildModel';
import { buildRecurrentModel } from './recurrent/buildRecurrentModel';

export type ModelSpec =
  | { kind: 'convolutional'; network: NetworkSpec }
  | { kind: 'recurrent'; recurrent: RecurrentSpec };

/** Builds the model with seeded initial weights; callers validate the spec first. */
export function buildModelFor(spec: ModelSpec, geometry: TaskGeometry, seed: number): tfl.LayersModel {
  return spec.kind === 'convolutional' ? buildModel(spec.network, seed) : buildRecurrentModel(spec.recurrent, geometry, seed);
}
