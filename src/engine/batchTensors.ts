/** Converting raw MNIST bytes into the tensors the model reads. */
import * as tf from '@tensorflow/tfjs-core';
import type { InputSpec } from './spec';

/** A batch of images as bytes (0 = background, 255 = ink), row-major, with one label per image. */
export interface PixelBatch {
  /** count × height × width × channels bytes. */
  pixels: Uint8Array;
  /** count class indices. */
  labels: Uint8Array;
  count: number;
}

/** Images scaled to [0, 1], shape [count, height, width, channels]. */
export function imagesToTensor(pixels: Uint8Array, count: number, input: InputSpec): tf.Tensor4D {
  const size = count * input.height * input.width * input.channels;
  const scaled = new Float32Array(size);
  for (let i = 0; i < size; i++) scaled[i] = pixels[i]! / 255;
  return tf.tensor4d(scaled, [count, input.height, input.width, input.channels]);
}

/** Labels as int32 [count]. */
export function labelsToTensor(labels: Uint8Array, count: number): tf.Tensor1D {
  return tf.tensor1d(Int32Array.from(labels.subarray(0, count)), 'int32');
}
