/** The network being edited: preset, layer list and its (pure) summary. */
import type { StateCreator } from 'zustand';
import type { LabLayerType, LayerSpec, NetworkSpec, WeightInit } from '../../engine/spec';
import { newLayer } from '../../engine/newLayer';
import { removeLayerAt } from '../../engine/editLayers';
import { summarizeNetwork, type NetworkSummary } from '../../engine/shapes';
import { DEFAULT_PRESET_ID, findPreset } from '../../engine/presets';
import type { CnnLabState } from './cnnLabStore';

export interface SpecSlice {
  presetId: string | null;
  spec: NetworkSpec;
  summary: NetworkSummary;
  /** Builds a preset's network; its training settings too unless `keepTraining`. */
  choosePreset(id: string, keepTraining?: boolean): void;
  setWeightInit(init: WeightInit): void;
  updateLayer(index: number, patch: Partial<LayerSpec>): void;
  insertLayer(index: number, type: LabLayerType): void;
  removeLayer(index: number): void;
  moveLayer(index: number, offset: -1 | 1): void;
}

const initialPreset = findPreset(DEFAULT_PRESET_ID)!;

export const createSpecSlice: StateCreator<CnnLabState, [], [], SpecSlice> = (set, get) => {
  const replaceLayers = (layers: LayerSpec[]) => {
    const spec = { ...get().spec, layers };
    set({ spec, summary: summarizeNetwork(spec), presetId: null });
    get().configurationChanged();
  };
  return {
    presetId: initialPreset.id,
    spec: initialPreset.spec,
    summary: summarizeNetwork(initialPreset.spec),
    choosePreset(id, keepTraining = false) {
      const preset = findPreset(id);
      if (!preset) return;
      const training = keepTraining ? {} : { hyper: { ...preset.training }, hyperEdited: false };
      set({ presetId: id, spec: preset.spec, summary: summarizeNetwork(preset.spec), ...training });
      get().configurationChanged();
    },
    setWeightInit(init) {
      const spec = { ...get().spec, init };
      set({ spec, summary: summarizeNetwork(spec), presetId: null });
      get().configurationChanged();
    },
    updateLayer(index, patch) {
      const layers = get().spec.layers.map((l, i) => (i === index ? ({ ...l, ...patch } as LayerSpec) : l));
      replaceLayers(layers);
    },
    insertLayer(index, type) {
      const layers = [...get().spec.layers];
      layers.splice(index, 0, newLayer(type, layers, index));
      replaceLayers(layers);
    },
    removeLayer(index) {
      replaceLayers(removeLayerAt(get().spec.layers, index));
    },
    moveLayer(index, offset) {
      const layers = [...get().spec.layers];
      const target = index + offset;
      if (target < 0 || target >= layers.length) return;
      [layers[index], layers[target]] = [layers[target]!, layers[index]!];
      replaceLayers(layers);
    },
  };
};
