/**
 * L2 pooling, which tfjs does not ship: each output is the square root of the sum of the squares
 * of the activations in its window (Nielsen's chapter 6 alternative to max-pooling).
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/**
 * sqrt with a gradient that is 0 (not infinite) where the input is 0. A window of all-zero ReLU
 * outputs is common, and the plain sqrt gradient there would turn the whole update into NaN.
 */
const safeSqrt = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, save] = args as [tf.Tensor, tf.GradSaveFunc];
  const root = tf.sqrt(x);
  save([root]);
  return {
    value: root,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const y = saved[0]!;
      const positive = tf.greater(y, 0);
      const safeY = tf.where(positive, y, tf.onesLike(y));
      return tf.where(positive, tf.div(dy, tf.mul(safeY, 2)), tf.zerosLike(y));
    },
  };
});

export type L2Padding = 'valid' | 'same';

/** Output side of a pooling window over `n` cells (Keras's rule for valid and same). */
const pooledSide = (n: number, size: number, stride: number, padding: L2Padding) =>
  (padding === 'same' ? Math.ceil(n / stride) : Math.floor((n - size) / stride) + 1);

/** Zeros before and after one axis for `same` windows: the extra cells, the odd one after (Keras's rule). */
function sameZeros(n: number, size: number, stride: number): [number, number] {
  const total = Math.max(0, (Math.ceil(n / stride) - 1) * stride + size - n);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/**
 * L2 pooling of a batch, shape [batch, h, w, c] → [batch, h', w', c]. Same padding adds zero
 * rows and columns, which add nothing to a sum of squares (tfjs's own `same` average would divide
 * border windows by fewer cells, so the padding is explicit).
 */
export function l2Pool(x: tf.Tensor4D, size: number, stride: number, padding: L2Padding = 'valid'): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = x.shape;
    const padded = padding === 'same' ? tf.pad(x, [[0, 0], sameZeros(h, size, stride), sameZeros(w, size, stride), [0, 0]]) : x;
    // avgPool of x² times the window area is the windowed sum of squares, computed by one fast kernel.
    const sumOfSquares = tf.mul(tf.avgPool(tf.square(padded), size, stride, 'valid'), size * size);
    return safeSqrt(sumOfSquares) as tf.Tensor4D;
  });
}

interface L2PoolingArgs {
  poolSize: number;
  strides: number;
  padding?: L2Padding;
  name?: string;
}

export class L2Pooling2D extends tfl.layers.Layer {
  static readonly className = 'L2Pooling2D';
  private readonly poolSize: number;
  private readonly strides: number;
  private readonly padding: L2Padding;

  constructor(args: L2PoolingArgs) {
    super({ name: args.name });
    this.poolSize = args.poolSize;
    this.strides = args.strides;
    this.padding = args.padding ?? 'valid';
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const side = (n: number | null) => (n === null ? null : pooledSide(n, this.poolSize, this.strides, this.padding));
    return [shape[0] ?? null, side(shape[1] ?? null), side(shape[2] ?? null), shape[3] ?? null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    return l2Pool(x, this.poolSize, this.strides, this.padding);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), poolSize: this.poolSize, strides: this.strides, padding: this.padding };
  }
}
tf.serialization.registerClass(L2Pooling2D);
