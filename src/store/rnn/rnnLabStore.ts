/**
 * An RNN lab store: the task and recurrent network being edited, its training session, the
 * unrolled view and gradients, and text generation. The RNN lab has one; the compare mode makes
 * two more (a SimpleRNN and an LSTM in their own slots). Each is kept for the page's life.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ShellStore } from '../shellStore';
import type { SlotId } from '../../workers/protocol';
import { createTrainingSlice, type TrainingSlice } from '../lab/trainingSlice';
import { connectLab } from '../lab/connectLab';
import { DEFAULT_RNN_PRESET_ID, findRnnPreset, type RnnPreset } from '../../engine/recurrent/rnnPresets';
import { createRnnSpecSlice, seedFrom, type RnnSpecSlice } from './rnnSpecSlice';
import { createUnrollSlice, type UnrollSlice } from './unrollSlice';
import { applyGenerationMessage, createGenerationSlice, type GenerationSlice } from './generationSlice';
import { applyRnnShared, readRnnShared, rnnSharedOf, rnnSharedToJson } from '../share/rnnShare';
import { reportShared, startFromShared, type LabShareAdapter } from '../share/connectShare';
import { createModelFileSlice, type ModelFileSlice } from '../models/modelFileSlice';
import { rnnModelFormat, rnnModelSettings } from '../models/rnnModelFormat';

export type RnnLabState = TrainingSlice & RnnSpecSlice & UnrollSlice & GenerationSlice & ModelFileSlice;
export type RnnLabStore = StoreApi<RnnLabState>;

export interface RnnLabSetup {
  slot: SlotId;
  /** Where the lab starts (its id is shown as the chosen preset only when it is a listed preset). */
  preset: RnnPreset;
}

export function createRnnLabStore(shell: ShellStore, setup: RnnLabSetup = { slot: 'rnn', preset: findRnnPreset(DEFAULT_RNN_PRESET_ID)! }): RnnLabStore {
  const store = createStore<RnnLabState>()((...args) => ({
    ...createTrainingSlice<RnnLabState>({
      slot: setup.slot,
      shell,
      hyper: { ...setup.preset.training, l2: 0, expandedData: false },
      buildConfig: (get) => {
        const { network, task, hyper, seed, networkProblems, taskProblems } = get();
        if (networkProblems.length > 0 || taskProblems.length > 0) return null;
        return { model: { kind: 'recurrent', recurrent: network }, task, hyper, seed };
      },
    })(...args),
    ...createRnnSpecSlice(setup.preset)(...args),
    ...createUnrollSlice(...args),
    ...createGenerationSlice(...args),
    ...createModelFileSlice<RnnLabState, ReturnType<typeof readRnnShared>['value']>({
      format: rnnModelFormat,
      settings: rnnModelSettings,
      presetId: (state) => state.presetId,
      apply: (value, presetId) => {
        applyRnnShared(store, { ...value, preset: presetId });
        if (!value.seedText) store.setState({ seedText: seedFrom(value.task) });
      },
    })(...args),
  }));
  store.setState({ seedText: seedFrom(setup.preset.task) });
  // Only the RNN lab's own slot is shared; the compare mode's pair starts from its presets.
  const share: LabShareAdapter<RnnLabState, ReturnType<typeof readRnnShared>['value']> | null = setup.slot === 'rnn' ? {
    read: readRnnShared,
    apply: (value) => {
      applyRnnShared(store, value);
      if (!value.seedText) store.setState({ seedText: seedFrom(value.task) });
    },
    toJson: (state) => rnnSharedToJson(rnnSharedOf(state)),
    parts: (s) => [s.presetId, s.task, s.network, s.hyper, s.seed, s.exampleIndex, s.seedText, s.temperature, s.generateLength],
  } : null;
  if (share) startFromShared(shell, 'rnn', share);
  const freshViews = () => {
    // The gates of the previous network (or task) must not be drawn as this one's.
    store.getState().unrollHolder.current = null;
    store.setState({ unrollVersion: store.getState().unrollVersion + 1 });
    queueMicrotask(() => store.getState().requestUnroll());
  };
  connectLab(store, 'rnn', {
    configured() {
      freshViews();
      store.getState().clearGeneration();
    },
    view(message) {
      if (message.type === 'retasked') {
        freshViews();
        return;
      }
      if (applyGenerationMessage(message, store.getState, store.setState)) return;
      if (message.type !== 'unrolled') return;
      const holder = store.getState().unrollHolder;
      // Answers can overtake each other; keep only the newest request's.
      if (holder.current && holder.current.requestId > message.requestId) return;
      const { type: _type, slot: _slot, sessionId: _sessionId, ...unrolled } = message;
      holder.current = unrolled;
      store.setState({ unrollVersion: store.getState().unrollVersion + 1 });
    },
  });
  if (share) reportShared(shell, 'rnn', store, share);
  return store;
}
