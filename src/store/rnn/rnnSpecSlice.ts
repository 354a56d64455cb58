/**
 * The RNN lab's choices: the task (with its options, remembered per task) and the recurrent
 * network. Every change starts a new session; problems are codes the UI words.
 */
import type { StateCreator } from 'zustand';
import type { TaskId, TaskSpec } from '../../data/tasks/taskTypes';
import { DEFAULT_TASK_SPECS, taskSpecProblems, type TaskSpecProblem } from '../../data/tasks/syntheticTask';
import { recurrentSpecProblems, type RecurrentSpec, type RecurrentSpecProblem } from '../../engine/recurrent/recurrentSpec';
import { DEFAULT_TEXT_TASK, findRnnPreset, type RnnPreset } from '../../engine/recurrent/rnnPresets';
import type { RnnLabState } from './rnnLabStore';

export interface RnnSpecSlice {
  presetId: string | null;
  task: TaskSpec;
  /** The options last used with each task, so switching tasks and back keeps them. */
  taskOptions: Record<TaskId, TaskSpec>;
  network: RecurrentSpec;
  networkProblems: RecurrentSpecProblem[];
  taskProblems: TaskSpecProblem[];
  /** Sets a preset's task and network; its training settings too unless `keepTraining`. */
  choosePreset(id: string, keepTraining?: boolean): void;
  chooseTask(id: TaskId): void;
  setTaskOptions(patch: Partial<TaskSpec>): void;
  setNetwork(patch: Partial<RecurrentSpec>): void;
  /**
   * Changes the task's options under the same weights (the compare mode's live delay): the worker
   * goes on training the current session on the new version of the task.
   */
  setTaskLive(patch: Partial<TaskSpec>): void;
}

const INITIAL_TASK_OPTIONS: Record<TaskId, TaskSpec> = {
  mnistImages: { id: 'mnistImages' }, rowMnist: { id: 'rowMnist' }, ...DEFAULT_TASK_SPECS, text: DEFAULT_TEXT_TASK,
};

/** A seed for Generate taken from the text itself: its first few characters (whole code points). */
/** True when the seed has at least one character of the text (else the model could not read it: a new seed is taken). */
function sharesACharacter(seed: string, text: string): boolean {
  const characters = new Set(Array.from(text));
  return Array.from(seed).some((c) => characters.has(c));
}

export const seedFrom = (task: TaskSpec) => (task.id === 'text' ? Array.from(task.text.trimStart()).slice(0, 12).join('') : '');

export const createRnnSpecSlice = (initial: RnnPreset): StateCreator<RnnLabState, [], [], RnnSpecSlice> => (set, get) => {
  const update = (task: TaskSpec, network: RecurrentSpec, extra: Partial<RnnLabState> = {}) => {
    const seedText = task.id === 'text' && (task.id !== get().task.id || !sharesACharacter(get().seedText, task.text)) ? { seedText: seedFrom(task) } : {};
    set({
      task, network, taskOptions: { ...get().taskOptions, [task.id]: task },
      networkProblems: recurrentSpecProblems(network), taskProblems: taskSpecProblems(task), ...seedText, ...extra,
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
    choosePreset(id, keepTraining = false) {
      const preset = findRnnPreset(id);
      if (!preset) return;
      const training = keepTraining ? {} : { hyper: { ...get().hyper, ...preset.training }, hyperEdited: false };
      update(preset.task, preset.network, { presetId: id, exampleIndex: 0, ...training });
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
    setTaskLive(patch) {
      const task = { ...get().task, ...patch } as TaskSpec;
      const taskProblems = taskSpecProblems(task);
      set({ task, taskOptions: { ...get().taskOptions, [task.id]: task }, taskProblems, presetId: null });
      const { configured, status, slot, sessionId, send } = get();
      // Without a built session (or with a task that cannot be built) there is nothing to retarget: start afresh.
      if (taskProblems.length > 0) return;
      if (configured) send({ type: 'retask', slot, sessionId, task });
      else if (status !== 'training') get().configurationChanged();
    },
  };
};
