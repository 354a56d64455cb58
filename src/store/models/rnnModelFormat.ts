/** The RNN lab's part of a model file: its settings (task in full, network) and the session they make. */
import { findRnnPreset } from '../../engine/recurrent/rnnPresets';
import type { SessionConfig } from '../../workers/protocol';
import type { RnnLabState } from '../rnn/rnnLabStore';
import { readRnnShared, rnnSharedOf, rnnSharedToJson, type RnnShared } from '../share/rnnShare';
import type { SharedObject } from '../share/shareFields';
import type { LabModelFormat } from './modelFileFormat';
import { sameValue } from './sameValue';

/** A built-in sample text is written out too: the file must not depend on this page's samples staying the same. */
export const rnnModelSettings = (state: RnnLabState): SharedObject => ({ ...rnnSharedToJson({ ...rnnSharedOf(state), preset: null }), task: state.task });

export const rnnModelFormat: LabModelFormat<RnnShared> = {
  lab: 'rnn',
  read: (settings) => readRnnShared({ ...settings, preset: null }),
  config: (value): SessionConfig => ({ model: { kind: 'recurrent', recurrent: value.network }, task: value.task, hyper: value.hyper, seed: value.seed }),
  presetFor(value, presetId) {
    const preset = presetId === null ? undefined : findRnnPreset(presetId);
    if (!preset) return null;
    const same = sameValue(preset.task, value.task) && sameValue(preset.network, value.network);
    return same ? preset.id : null;
  },
};
