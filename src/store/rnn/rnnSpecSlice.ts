/**
 * The RNN lab's choices: the task (with its options, remembered per task) and the recurrent
 * network. Every change starts a new session; problems are codes the UI words.
 */
import type { StateCreator } from 'zustand';
import type { TaskId, TaskSpec } from '../../data/tasks/taskTypes';
import { DEFAULT_TASK_SPECS, taskSpecProblems, type TaskSpecProblem } from '../../data/tasks/syntheticTask';
import { recurrentSpecProblems, type RecurrentSpec, type RecurrentSpecProblem } from '../../engine/recurrent/recurrentSpec';
import { DEFAULT_RNN_PRESET_ID, findRnnPreset } from '../../engine/recurrent/rnnPresets';
import type { RnnLabState } from './rnnLabStore';

export interface RnnSpecSlice {
  presetId: string | null;
  task: TaskSpec;
  /** The options last used with each task, so switching tasks and back keeps them. */
  taskOptions: Record<TaskId, TaskSpec>;
  network: RecurrentSpec;
  networkProblems: RecurrentSpecProblem[];
  taskProblems: TaskSpecProblem[];
  choosePreset(id: string): void;
  chooseTask(id: TaskId): void;
  setTaskOptions(patch: Partial<TaskSpec>): void;
  setNetwork(patch: Partial<RecurrentSpec>): void;
}

const initial = findRnnPreset(DEFAULT_RNN_PRESET_ID)!;
const INITIAL_TASK_OPTIONS: Record<TaskId, TaskSpec> = {
  mnistImages: { id: 'mnistImages' }, rowMnist: { id: 'rowMnist' }, ...DEFAULT_TASK_SPECS,
};

export const createRnnSpecSlice: StateCreator<RnnLabState, [], [], RnnSpecSlice> = (set, get) => {
  const update = (task: TaskSpec, network: RecurrentSpec, extra: Partial<RnnLabState> = {}) => {
    set({
      task, network, taskOptions: { ...get().taskOptions, [task.id]: task },
      networkProblems: recurrentSpecProblems(network), taskProblems: taskSpecProblems(task), ...extra,
    });
    get().configurationChanged();
  };
  return {
    presetId: initial.id,
    task: initial.task,
    taskOptions: { ...INITIAL_TASK_OPTIONS, [initial.task.id]: initial.task },
    network: initial.network,
    networkProblems: [],
    taskProblems: [],
    choosePreset(id) {
      const preset = findRnnPreset(id);
      if (!preset) return;
      update(preset.task, preset.network, { presetId: id, hyper: { ...get().hyper, ...preset.training }, exampleIndex: 0 });
    },
    chooseTask(id) {
      if (id === get().task.id) return;
      update(get().taskOptions[id], get().network, { presetId: null, exampleIndex: 0 });
    },
    setTaskOptions(patch) {
      update({ ...get().task, ...patch } as TaskSpec, get().network, { presetId: null });
    },
    setNetwork(patch) {
      update(get().task, { ...get().network, ...patch }, { presetId: null });
    },
  };
};
