/** The app's one Zustand store, built from slices. A factory, so each test gets a fresh store. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Runner } from '../workers/runner';
import { createSpecSlice, type SpecSlice } from './specSlice';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';
import { applyTrainerMessage } from './applyTrainerMessage';
import { createInspectSlice, type InspectSlice } from './inspectSlice';
import { createConfusionSlice, type ConfusionSlice } from './confusionSlice';

export interface RunnerSlice {
  runner: Runner;
  /** Where the MNIST shards live, as an absolute URL ending in "/". */
  dataUrl: string;
}

export type AppState = SpecSlice & DataSlice & TrainingSlice & InspectSlice & ConfusionSlice & RunnerSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(runner: Runner, dataUrl: string): AppStore {
  const store = createStore<AppState>()((...args) => ({
    runner,
    dataUrl,
    ...createSpecSlice(...args),
    ...createDataSlice(...args),
    ...createTrainingSlice(...args),
    ...createInspectSlice(...args),
    ...createConfusionSlice(...args),
  }));
  runner.subscribe((message) => applyTrainerMessage(message, store.getState, store.setState));
  const { backendChoice, spec, hyper, seed } = store.getState();
  runner.send({ type: 'init', dataUrl, backend: backendChoice });
  runner.send({ type: 'configure', spec, hyper, seed });
  return store;
}
