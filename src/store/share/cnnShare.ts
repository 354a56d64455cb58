/** The CNN lab's configuration in a link: preset or layer stack, initial weights, training settings, seed and the chosen test digit. */
import { DEFAULT_PRESET_ID, findPreset } from '../../engine/presets';
import { summarizeNetwork } from '../../engine/shapes';
import { MNIST_INPUT, WEIGHT_INITS, type LayerSpec, type NetworkSpec, type WeightInit } from '../../engine/spec';
import type { Hyperparameters } from '../../workers/protocol';
import type { CnnLabState, CnnLabStore } from '../cnn/cnnLabStore';
import { FIELD_RULES } from '../fieldRules';
import { MNIST_EXAMPLE_COUNT } from '../../data/tasks/mnistTask';
import { readHyper } from './hyperShare';
import { readLayers } from './layerShare';
import { FieldReader, type SharedField, type SharedObject } from './shareFields';


export interface CnnShared {
  /** A listed preset, or null for an edited stack (then `layers` and `init` say what it is). */
  preset: string | null;
  layers: LayerSpec[];
  init: WeightInit;
  hyper: Hyperparameters;
  seed: number;
  /** The test digit the views look at, or null for a drawing (drawings are not shared). */
  input: number | null;
}

const defaultPreset = () => findPreset(DEFAULT_PRESET_ID)!;

export function cnnSharedOf(state: Pick<CnnLabState, 'presetId' | 'spec' | 'hyper' | 'seed' | 'inspectInput'>): CnnShared {
  return {
    preset: state.presetId,
    layers: state.spec.layers,
    init: state.spec.init ?? 'glorotUniform',
    hyper: state.hyper,
    seed: state.seed,
    input: state.inspectInput?.kind === 'test' ? state.inspectInput.index : null,
  };
}

/** What goes in the link: a listed preset is named, not spelled out. */
export function cnnSharedToJson(shared: CnnShared): SharedObject {
  const { preset, layers, init, ...rest } = shared;
  return preset ? { preset, ...rest } : { preset: null, layers, init, ...rest };
}

export function readCnnShared(source: SharedObject): { value: CnnShared; replaced: SharedField[] } {
  const reader = new FieldReader(source);
  const fallback = defaultPreset();
  const rawPreset = reader.raw('preset');
  const preset = rawPreset === null ? null : findPreset(String(rawPreset))?.id ?? reader.replace('preset', fallback.id);
  const presetSpec = findPreset(preset ?? '')?.spec;
  // An edited stack comes with its layers; if they cannot be read, the default preset stands in.
  const layers = presetSpec ? presetSpec.layers : reader.parse('layers', readLayers, null as LayerSpec[] | null) ?? reader.replace('layers', fallback.spec.layers);
  const edited = !presetSpec && layers !== fallback.spec.layers;
  const init = presetSpec ? presetSpec.init ?? 'glorotUniform' : reader.choice('init', WEIGHT_INITS, fallback.spec.init ?? 'glorotUniform');
  const hyper = readHyper(reader.raw('hyper'), { ...(findPreset(preset ?? '') ?? fallback).training });
  return {
    value: {
      preset: edited ? null : preset ?? fallback.id,
      layers, init, hyper: hyper.hyper,
      seed: reader.number('seed', FIELD_RULES.seed, 1),
      input: reader.raw('input') === null ? null : reader.number('input', { min: 0, max: MNIST_EXAMPLE_COUNT - 1, integer: true }, 0),
    },
    replaced: [...reader.replaced, ...hyper.replaced],
  };
}

/** Puts a configuration into a lab store without starting a session (the caller configures next). */
export function applyCnnShared(store: CnnLabStore, shared: CnnShared): void {
  const spec: NetworkSpec = { input: { ...MNIST_INPUT }, classes: 10, layers: shared.layers, init: shared.init };
  store.setState({
    presetId: shared.preset, spec, summary: summarizeNetwork(spec), hyper: { ...shared.hyper }, seed: shared.seed,
    inspectInput: shared.input === null ? null : { kind: 'test', index: shared.input },
  });
}
