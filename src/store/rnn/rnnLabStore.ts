/**
 * The RNN lab's store: the task and recurrent network being edited, its training session and the
 * unrolled view. Created when the RNN lab first opens and kept for the page's life.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ShellStore } from '../shellStore';
import { createTrainingSlice, type TrainingSlice } from '../lab/trainingSlice';
import { connectLab } from '../lab/connectLab';
import { DEFAULT_RNN_PRESET_ID, findRnnPreset } from '../../engine/recurrent/rnnPresets';
import { createRnnSpecSlice, type RnnSpecSlice } from './rnnSpecSlice';
import { createUnrollSlice, type UnrollSlice } from './unrollSlice';

export type RnnLabState = TrainingSlice & RnnSpecSlice & UnrollSlice;
export type RnnLabStore = StoreApi<RnnLabState>;

export function createRnnLabStore(shell: ShellStore): RnnLabStore {
  const store = createStore<RnnLabState>()((...args) => ({
    ...createTrainingSlice<RnnLabState>({
      slot: 'rnn',
      shell,
      hyper: { ...findRnnPreset(DEFAULT_RNN_PRESET_ID)!.training, l2: 0, expandedData: false },
      buildConfig: (get) => {
        const { network, task, hyper, seed, networkProblems, taskProblems } = get();
        if (networkProblems.length > 0 || taskProblems.length > 0) return null;
        return { model: { kind: 'recurrent', recurrent: network }, task, hyper, seed };
      },
    })(...args),
    ...createRnnSpecSlice(...args),
    ...createUnrollSlice(...args),
  }));
  connectLab(store, {
    configured() {
      // The gates of the previous network must not be drawn as this one's.
      store.getState().unrollHolder.current = null;
      store.setState({ unrollVersion: store.getState().unrollVersion + 1 });
      queueMicrotask(() => store.getState().requestUnroll());
    },
    view(message) {
      if (message.type !== 'unrolled') return;
      const holder = store.getState().unrollHolder;
      // Answers can overtake each other; keep only the newest request's.
      if (holder.current && holder.current.requestId > message.requestId) return;
      const { type: _type, slot: _slot, sessionId: _sessionId, ...unrolled } = message;
      holder.current = unrolled;
      store.setState({ unrollVersion: store.getState().unrollVersion + 1 });
    },
  });
  return store;
}
