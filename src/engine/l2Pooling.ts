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

/** L2 pooling of a batch, shape [batch, h, w, c] → [batch, h', w', c] (valid windows). */
export function l2Pool(x: tf.Tensor4D, size: number, stride: number): tf.Tensor4D {
  return tf.tidy(() => {
    // avgPool of x² times the window area is the windowed sum of squares, computed by one fast kernel.
    const sumOfSquares = tf.mul(tf.avgPool(tf.square(x), size, stride, 'valid'), size * size);
    return safeSqrt(sumOfSquares) as tf.Tensor4D;
  });
}

interface L2PoolingArgs {
  poolSize: number;
  strides: number;
  name?: string;
}

export class L2Pooling2D extends tfl.layers.Layer {
  static readonly className = 'L2Pooling2D';
  private readonly poolSize: number;
  private readonly strides: number;

  constructor(args: L2PoolingArgs) {
    super({ name: args.name });
    this.poolSize = args.poolSize;
    this.strides = args.strides;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const side = (n: number | null) => (n === null ? null : Math.floor((n - this.poolSize) / this.strides) + 1);
    return [shape[0] ?? null, side(shape[1] ?? null), side(shape[2] ?? null), shape[3] ?? null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
    return l2Pool(x, this.poolSize, this.strides);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), poolSize: this.poolSize, strides: this.strides };
  }
}
tf.serialization.registerClass(L2Pooling2D);
