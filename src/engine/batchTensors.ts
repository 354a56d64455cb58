/** Turning plain batches (bytes or floats from the data layer) into the tensors a model reads. */
import * as tf from '@tensorflow/tfjs-core';
import type { InputSpec } from './spec';
import type { Batch, TaskGeometry } from '../data/tasks/taskTypes';
import { pixelsToInputs } from '../data/tasks/mnistTask';

/** Images scaled to [0, 1], shape [count, height, width, channels]. */
export function imagesToTensor(pixels: Uint8Array, count: number, input: InputSpec): tf.Tensor4D {
  const size = count * input.height * input.width * input.channels;
  return tf.tensor4d(pixelsToInputs(pixels.subarray(0, size)), [count, input.height, input.width, input.channels]);
}

/** Inputs [count, ...geometry.input]. */
export function inputTensor(batch: Batch, geometry: TaskGeometry): tf.Tensor {
  return tf.tensor(batch.inputs, [batch.count, ...geometry.input]);
}

/** The answer axes after the batch: [] for one answer, [steps] for one per step. */
export function answerShape(geometry: TaskGeometry): number[] {
  return geometry.perStep ? [geometry.input[0]!] : [];
}

/** Class indices as int32 [count(, steps)], or target values as float32 [count(, steps), 1]. */
export function targetTensor(batch: Batch, geometry: TaskGeometry): tf.Tensor {
  const shape = [batch.count, ...answerShape(geometry)];
  return batch.targets.kind === 'classes'
    ? tf.tensor(batch.targets.labels, shape, 'int32')
    : tf.tensor(batch.targets.values, [...shape, 1]);
}
