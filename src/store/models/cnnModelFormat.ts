/** The CNN lab's part of a model file: its settings (the layer stack spelled out) and the session they make. */
import { findPreset } from '../../engine/presets';
import { MNIST_INPUT } from '../../engine/spec';
import type { SessionConfig } from '../../workers/protocol';
import type { CnnLabState } from '../cnn/cnnLabStore';
import { cnnSharedOf, cnnSharedToJson, readCnnShared, type CnnShared } from '../share/cnnShare';
import type { SharedObject } from '../share/shareFields';
import type { LabModelFormat } from './modelFileFormat';
import { sameValue } from './sameValue';

export const cnnModelSettings = (state: CnnLabState): SharedObject => cnnSharedToJson({ ...cnnSharedOf(state), preset: null });

export const cnnModelFormat: LabModelFormat<CnnShared> = {
  lab: 'cnn',
  // The settings always spell the network out; a "preset" in them is not ours to follow.
  read: (settings) => readCnnShared({ ...settings, preset: null }),
  config: (value): SessionConfig => ({
    model: { kind: 'convolutional', network: { input: { ...MNIST_INPUT }, classes: 10, layers: value.layers, init: value.init } },
    task: { id: 'mnistImages' }, hyper: value.hyper, seed: value.seed,
  }),
  presetFor(value, presetId) {
    const preset = presetId === null ? undefined : findPreset(presetId);
    if (!preset) return null;
    const same = sameValue(preset.spec.layers, value.layers) && (preset.spec.init ?? 'glorotUniform') === value.init;
    return same ? preset.id : null;
  },
};
