/**
 * The compare mode: a SimpleRNN and an LSTM of the same size, from the same seed, trained at the
 * same time on the same long-delay sequences, each in its own lab store and worker slot. The
 * actions here keep the two in step: one delay, one size, both trained or paused together.
 */
import type { ShellStore } from '../shellStore';
import { findRnnPreset } from '../../engine/recurrent/rnnPresets';
import { createRnnLabStore, type RnnLabStore } from './rnnLabStore';

export interface ComparePair {
  simple: RnnLabStore;
  lstm: RnnLabStore;
}

/** The presets of the long-delay lesson (T = 50): the plain RNN stays at chance there, the LSTM learns. */
export const COMPARE_PRESET_IDS = { simple: 'delay-simple-rnn', lstm: 'delay-lstm' } as const;

export function createComparePair(shell: ShellStore): ComparePair {
  return {
    simple: createRnnLabStore(shell, { slot: 'compareSimple', preset: findRnnPreset(COMPARE_PRESET_IDS.simple)! }),
    lstm: createRnnLabStore(shell, { slot: 'compareLstm', preset: findRnnPreset(COMPARE_PRESET_IDS.lstm)! }),
  };
}

const both = (pair: ComparePair) => [pair.simple.getState(), pair.lstm.getState()];

export const compareActions = {
  train: (pair: ComparePair) => both(pair).forEach((s) => s.train()),
  pause: (pair: ComparePair) => both(pair).forEach((s) => s.pause()),
  /** New weights from the same seed for both. */
  reset: (pair: ComparePair) => both(pair).forEach((s) => s.reset()),
  /** The delay changes under the trained weights: both go on training on the new length. */
  setDelay: (pair: ComparePair, delay: number) => both(pair).forEach((s) => s.setTaskLive({ delay })),
  /** Another size means other weights: both start afresh, from the same seed. */
  setUnits: (pair: ComparePair, units: number) => both(pair).forEach((s) => s.setNetwork({ units })),
  setForgetBias: (pair: ComparePair, forgetBias: number) => pair.lstm.getState().setNetwork({ forgetBias }),
  /** Leaving the comparison pauses it (as leaving a screen does). */
  close: (pair: ComparePair) => both(pair).forEach((s) => s.leave()),
};
