/**
 * The constants behind the app's training and initial weights, and Keras 3's defaults for the same
 * settings. tfjs's values are what tfjs-core 4.22 and tfjs-layers 4.22 use when the app leaves an
 * argument out (the export test reads them back from tfjs itself); Keras's are checked against a
 * real Keras by scripts/verifyKerasExport.py. This file imports nothing, so the export engine can
 * run where tfjs is not loaded (the UI).
 */
import type { OptimizerName } from '../optimizerNames';
import type { NormalInit } from './exportTypes';

/** The momentum coefficient of the "momentum" optimizer (engine/optimizers.ts: MOMENTUM). */
export const APP_MOMENTUM = 0.9;

/** tfjs's ε for float32 backends (ENGINE.backend.epsilon()), the one its optimizers use when given none. */
export const TFJS_EPSILON = 1e-7;

/** tf.train.* defaults for the arguments the app leaves out. */
export const TFJS_OPTIMIZER_DEFAULTS = {
  adam: { beta1: 0.9, beta2: 0.999, epsilon: TFJS_EPSILON },
  rmsprop: { decay: 0.9, momentum: 0, epsilon: TFJS_EPSILON, centered: false },
  adagrad: { initialAccumulatorValue: 0.1, epsilon: TFJS_EPSILON },
} as const;

/** The variance-scaling `scale` of tfjs's heNormal and leCunNormal (mode fanIn, "normal" = truncated). */
export const TFJS_INIT_SCALE: Record<NormalInit, number> = { heNormal: 2, leCunNormal: 1 };

/** tfjs's LSTM starts its forget gate's bias at 0 unless unitForgetBias is set; Keras sets it to 1 by default. */
export const LSTM_FORGET_BIAS_DEFAULTS = { keras: 1, tfjs: 0 } as const;

/** A Keras optimizer class and the keyword arguments that give it the app's behaviour. */
export interface KerasOptimizerCall {
  className: 'SGD' | 'Adam' | 'RMSprop' | 'Adagrad';
  /** [argument, value] in Keras's order, learning_rate first. Booleans are Python booleans. */
  settings: [string, number | boolean][];
}

/** The Keras optimizer equivalent to the app's, with tfjs's constants written out. */
export function kerasOptimizerCall(name: OptimizerName, learningRate: number): KerasOptimizerCall {
  const rate: [string, number] = ['learning_rate', learningRate];
  switch (name) {
    case 'sgd':
      return { className: 'SGD', settings: [rate] };
    case 'momentum':
      // tfjs keeps v = μv + g and steps −lr·v; Keras keeps m = μm − lr·g and steps +m: the same steps for a fixed rate.
      return { className: 'SGD', settings: [rate, ['momentum', APP_MOMENTUM]] };
    case 'adagrad': {
      const d = TFJS_OPTIMIZER_DEFAULTS.adagrad;
      return { className: 'Adagrad', settings: [rate, ['initial_accumulator_value', d.initialAccumulatorValue], ['epsilon', d.epsilon]] };
    }
    case 'rmsprop': {
      const d = TFJS_OPTIMIZER_DEFAULTS.rmsprop;
      return { className: 'RMSprop', settings: [rate, ['rho', d.decay], ['momentum', d.momentum], ['epsilon', d.epsilon], ['centered', d.centered]] };
    }
    case 'adam': {
      const d = TFJS_OPTIMIZER_DEFAULTS.adam;
      return { className: 'Adam', settings: [rate, ['beta_1', d.beta1], ['beta_2', d.beta2], ['epsilon', d.epsilon]] };
    }
  }
}

/** Keras 3's defaults for the same arguments (keras.optimizers.X().get_config()). */
export const KERAS_OPTIMIZER_DEFAULTS: Record<KerasOptimizerCall['className'], Record<string, number | boolean>> = {
  SGD: { learning_rate: 0.01, momentum: 0 },
  Adam: { learning_rate: 0.001, beta_1: 0.9, beta_2: 0.999, epsilon: 1e-7 },
  RMSprop: { learning_rate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
  Adagrad: { learning_rate: 0.001, initial_accumulator_value: 0.1, epsilon: 1e-7 },
};
