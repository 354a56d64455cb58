import type { LayerType } from '../../engine/spec';

/** Keras-style class names shown in the summary's type column. */
export const LAYER_TYPE_NAMES: Record<LayerType, string> = {
  conv2d: 'Conv2D',
  pool: 'Pooling2D',
  zeroPad: 'ZeroPadding2D',
  flatten: 'Flatten',
  dense: 'Dense',
  dropout: 'Dropout',
  activation: 'Activation',
};

export const POOL_NAMES = { max: 'Max', average: 'Average', l2: 'L2', globalAverage: 'Global average' } as const;
