/**
 * An empirical receptive-field reference: which input pixels each unit of a plain layer stack
 * really depends on, found by running tfjs's own ops (not any padding arithmetic) on every
 * one-hot image at once.
 *
 * Image p of the batch is all zeros except pixel p, which is 1. Every layer is replaced by the
 * tfjs op it stands for, with all-positive weights and no bias or activation: a convolution
 * becomes tf.conv2d with a kernel of ones, a pool tf.maxPool / tf.avgPool (L2 pooling as the
 * square root of an average of squares), a zero-pad tf.pad. Those ops only add, average or take
 * maxima of non-negative numbers, so nothing cancels: unit u of a layer is positive for image p
 * exactly when u depends on pixel p, and zero otherwise. Where tfjs puts `same` padding is decided
 * by tfjs itself. Activations are left out because they act on each unit alone (they cannot change
 * who depends on whom) and some (sigmoid(0) = ½) would break the "zero means independent" test.
 * One channel stands for all: every filter of a convolution reads the same window.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayerSpec, NetworkSpec } from '../engine/spec';

/** Inclusive input rows and columns one unit depends on, or null when it depends on no pixel. */
export interface TracedField {
  rows: { first: number; last: number };
  cols: { first: number; last: number };
}

/** Every unit of one layer's output (one channel), row-major: `fields[r * width + c]`. */
export interface TracedLayer {
  height: number;
  width: number;
  fields: (TracedField | null)[];
}

type Op = (x: tf.Tensor4D) => tf.Tensor4D;

/** The op standing for one layer, or null for a layer whose units see the whole image (flatten, dense). */
function opFor(layer: LayerSpec): Op | null {
  switch (layer.type) {
    case 'conv2d': {
      const kernel = tf.ones([layer.kernel, layer.kernelWidth ?? layer.kernel, 1, 1]) as tf.Tensor4D;
      return (x) => tf.conv2d(x, kernel, layer.stride, layer.padding);
    }
    case 'pool': {
      if (layer.kind === 'globalAverage') return null;
      const padding = layer.padding ?? 'valid';
      const window: [number, number] = [layer.size, layer.size];
      if (layer.kind === 'max') return (x) => tf.maxPool(x, window, layer.stride, padding);
      if (layer.kind === 'average') return (x) => tf.avgPool(x, window, layer.stride, padding);
      return (x) => tf.sqrt(tf.avgPool(tf.square(x), window, layer.stride, padding));
    }
    case 'zeroPad':
      return (x) => tf.pad(x, [[0, 0], [layer.padding, layer.padding], [layer.padding, layer.padding], [0, 0]]);
    case 'dropout':
    case 'activation':
      return (x) => x;
    default:
      return null;
  }
}

/** Reads, for every unit, the extent of the one-hot images that light it up. */
function fieldsOf(output: Float32Array, images: number, height: number, width: number, imageWidth: number): (TracedField | null)[] {
  const units = height * width;
  const fields: (TracedField | null)[] = [];
  for (let u = 0; u < units; u++) {
    let field: TracedField | null = null;
    for (let p = 0; p < images; p++) {
      if (output[p * units + u]! <= 0) continue;
      const row = Math.floor(p / imageWidth);
      const col = p % imageWidth;
      if (!field) field = { rows: { first: row, last: row }, cols: { first: col, last: col } };
      field.rows.first = Math.min(field.rows.first, row);
      field.rows.last = Math.max(field.rows.last, row);
      field.cols.first = Math.min(field.cols.first, col);
      field.cols.last = Math.max(field.cols.last, col);
    }
    fields.push(field);
  }
  return fields;
}

/**
 * The traced fields of every layer of a single-input, single-channel-path stack (index i =
 * spec.layers[i]); null from the first layer whose units see the whole image. Leaks no tensors.
 */
export function traceStack(spec: NetworkSpec): (TracedLayer | null)[] {
  const { height, width } = spec.input;
  const images = height * width;
  const traced: (TracedLayer | null)[] = [];
  tf.tidy(() => {
    let x: tf.Tensor4D | null = tf.reshape(tf.eye(images), [images, height, width, 1]);
    for (const layer of spec.layers) {
      const op: Op | null = x ? opFor(layer) : null;
      x = x && op ? op(x) : null;
      if (!x) {
        traced.push(null);
        continue;
      }
      const [, h, w] = x.shape;
      traced.push({ height: h, width: w, fields: fieldsOf(x.dataSync() as Float32Array, images, h, w, width) });
    }
  });
  return traced;
}
