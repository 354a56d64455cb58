/**
 * The CNN lab's store: the layer stack being edited, its training session, the look-inside views
 * and the confusion matrix. A factory, so each test gets a fresh store; the shell routes the CNN
 * slot's messages here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ShellStore } from '../shellStore';
import { createTrainingSlice, type TrainingSlice } from '../lab/trainingSlice';
import { connectLab } from '../lab/connectLab';
import { DEFAULT_PRESET_ID, findPreset } from '../../engine/presets';
import { createSpecSlice, type SpecSlice } from './specSlice';
import { createInspectSlice, type InspectSlice } from './inspectSlice';
import { createConfusionSlice, type ConfusionSlice } from './confusionSlice';
import { applyCnnViewMessage } from './applyCnnViewMessage';
import { applyCnnShared, cnnSharedOf, cnnSharedToJson, readCnnShared } from '../share/cnnShare';
import { reportShared, startFromShared, type LabShareAdapter } from '../share/connectShare';
import { createModelFileSlice, type ModelFileSlice } from '../models/modelFileSlice';
import { cnnModelFormat, cnnModelSettings } from '../models/cnnModelFormat';

export type CnnLabState = TrainingSlice & SpecSlice & InspectSlice & ConfusionSlice & ModelFileSlice;
export type CnnLabStore = StoreApi<CnnLabState>;

export function createCnnLabStore(shell: ShellStore): CnnLabStore {
  const store = createStore<CnnLabState>()((...args) => ({
    ...createTrainingSlice<CnnLabState>({
      slot: 'cnn',
      shell,
      hyper: findPreset(DEFAULT_PRESET_ID)!.training,
      buildConfig: (get) => {
        const { spec, summary, hyper, seed } = get();
        return summary.trainable ? { model: { kind: 'convolutional', network: spec }, task: { id: 'mnistImages' }, hyper, seed } : null;
      },
    })(...args),
    ...createSpecSlice(...args),
    ...createInspectSlice(...args),
    ...createConfusionSlice(...args),
    ...createModelFileSlice<CnnLabState, ReturnType<typeof readCnnShared>['value']>({
      format: cnnModelFormat,
      settings: cnnModelSettings,
      presetId: (state) => state.presetId,
      apply: (value, presetId) => applyCnnShared(store, { ...value, preset: presetId }),
    })(...args),
  }));
  const share: LabShareAdapter<CnnLabState, ReturnType<typeof readCnnShared>['value']> = {
    read: readCnnShared,
    apply: (value) => applyCnnShared(store, value),
    toJson: (state) => cnnSharedToJson(cnnSharedOf(state)),
    parts: (s) => [s.presetId, s.spec, s.hyper, s.seed, s.inspectInput],
  };
  startFromShared(shell, 'cnn', share);
  connectLab(store, 'cnn', {
    configured() {
      store.setState({ selectedUnit: null, confusion: null, cell: null });
      queueMicrotask(() => store.getState().requestInspection());
    },
    view: (message) => applyCnnViewMessage(message, store.getState, store.setState),
  });
  reportShared(shell, 'cnn', store, share);
  return store;
}
