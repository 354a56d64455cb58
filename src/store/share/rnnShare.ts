/**
 * The RNN lab's configuration in a link: preset, task with its options (a built-in sample text by
 * name, the user's own text in full), network, training settings, seed, the unrolled example and
 * the text generator's settings.
 */
import { BUILTIN_TEXTS, builtinText, type BuiltinTextId } from '../../data/tasks/builtinTexts';
import { SYNTHETIC_EXAMPLE_COUNT, taskSpecProblems } from '../../data/tasks/syntheticTask';
import { TEXT_LIMITS } from '../../data/tasks/textCorpus';
import type { TaskId, TaskSpec } from '../../data/tasks/taskTypes';
import { CELL_KINDS, recurrentSpecProblems, type RecurrentSpec } from '../../engine/recurrent/recurrentSpec';
import { DEFAULT_RNN_PRESET_ID, findRnnPreset } from '../../engine/recurrent/rnnPresets';
import { TEMPERATURE_RANGE } from '../../engine/sampling';
import type { Hyperparameters } from '../../workers/protocol';
import type { RnnLabState, RnnLabStore } from '../rnn/rnnLabStore';
import { FIELD_RULES } from '../fieldRules';
import { DEFAULT_GENERATE_LENGTH, DEFAULT_TEMPERATURE, MAX_SEED_TEXT } from '../rnn/generationSlice';
import { readHyper } from './hyperShare';
import { FieldReader, isObject, type SharedField, type SharedObject } from './shareFields';

// Longer seeds than MAX_SEED_TEXT are not a seed but a paste: Generate refuses them and so does the link.
const RNN_TASK_IDS: readonly TaskId[] = ['rowMnist', 'delayedRecall', 'adding', 'signal', 'text'];

export interface RnnShared {
  preset: string | null;
  task: TaskSpec;
  network: RecurrentSpec;
  hyper: Hyperparameters;
  seed: number;
  example: number;
  seedText: string;
  temperature: number;
  generateLength: number;
}

export function rnnSharedOf(state: Pick<RnnLabState, 'presetId' | 'task' | 'network' | 'hyper' | 'seed' | 'exampleIndex' | 'seedText' | 'temperature' | 'generateLength'>): RnnShared {
  return {
    preset: state.presetId, task: state.task, network: state.network, hyper: state.hyper, seed: state.seed,
    example: state.exampleIndex, seedText: state.seedText, temperature: state.temperature, generateLength: state.generateLength,
  };
}

/** What goes in the link: a built-in sample text is named rather than copied. */
export function rnnSharedToJson(shared: RnnShared): SharedObject {
  const { task, ...rest } = shared;
  if (task.id !== 'text') return { task, ...rest };
  const sample = BUILTIN_TEXTS.find((b) => b.text === task.text);
  return { task: sample ? { id: 'text', sample: sample.id, length: task.length } : { ...task, text: usedPart(task.text) }, ...rest };
}

/**
 * The part of a pasted text that trains (its first 50,000 characters; the page says the rest is
 * left out). Only that part goes into the link and storage, so a longer paste still comes back
 * after a reload, and a link to it stays short enough to open.
 */
function usedPart(text: string): string {
  const max = TEXT_LIMITS.maxCharacters;
  return text.length <= max ? text : Array.from(text).slice(0, max).join('');
}

/** A task from a link, rebuilt from known fields only; null when it cannot be used as the page would. */
export function readTask(value: unknown): TaskSpec | null {
  if (!isObject(value) || !RNN_TASK_IDS.includes(value.id as TaskId)) return null;
  let task: TaskSpec;
  switch (value.id as TaskId) {
    case 'delayedRecall':
      task = { id: 'delayedRecall', delay: value.delay as number, symbols: value.symbols as number };
      break;
    case 'adding':
      task = { id: 'adding', length: value.length as number };
      break;
    case 'signal':
      task = { id: 'signal', length: value.length as number, noise: value.noise as number };
      break;
    case 'text': {
      const sample = BUILTIN_TEXTS.find((b) => b.id === value.sample)?.id as BuiltinTextId | undefined;
      const text = sample ? builtinText(sample) : value.text;
      // Characters are counted by code point, as the corpus counts them: 50,000 emoji are 100,000 UTF-16 units.
      if (typeof text !== 'string' || usedPart(text) !== text) return null;
      task = { id: 'text', text, length: value.length as number };
      break;
    }
    default:
      task = { id: 'rowMnist' };
  }
  return taskSpecProblems(task).length === 0 ? task : null;
}

export function readNetwork(value: unknown): RecurrentSpec | null {
  if (!isObject(value)) return null;
  const network: RecurrentSpec = {
    cell: CELL_KINDS.find((c) => c === value.cell) ?? ('' as RecurrentSpec['cell']),
    units: value.units as number, layers: value.layers as number, bidirectional: value.bidirectional as boolean,
    forgetBias: value.forgetBias as number,
    ...(value.recurrentGain === undefined ? {} : { recurrentGain: value.recurrentGain as number }),
  };
  if (typeof network.bidirectional !== 'boolean') return null;
  return recurrentSpecProblems(network).length === 0 ? network : null;
}

export function readRnnShared(source: SharedObject): { value: RnnShared; replaced: SharedField[] } {
  const reader = new FieldReader(source);
  const fallback = findRnnPreset(DEFAULT_RNN_PRESET_ID)!;
  const rawPreset = reader.raw('preset');
  const listed = rawPreset === null ? undefined : findRnnPreset(String(rawPreset));
  if (rawPreset !== null && !listed) reader.replace('preset', null);
  const base = listed ?? fallback;
  const task = reader.parse('task', readTask, base.task);
  const network = reader.parse('network', readNetwork, base.network);
  const hyper = readHyper(reader.raw('hyper'), { ...base.training, l2: 0, expandedData: false });
  const seed = reader.number('seed', FIELD_RULES.seed, 1);
  const example = reader.number('example', { min: 0, max: SYNTHETIC_EXAMPLE_COUNT - 1, integer: true }, 0);
  const seedText = reader.string('seedText', MAX_SEED_TEXT, '');
  const temperature = reader.number('temperature', { min: TEMPERATURE_RANGE.min, max: TEMPERATURE_RANGE.max }, DEFAULT_TEMPERATURE);
  const generateLength = reader.number('generateLength', FIELD_RULES.generateLength, DEFAULT_GENERATE_LENGTH);
  const replaced = [...reader.replaced, ...hyper.replaced];
  // A preset stays named only when its task and network came through as they are.
  const keepsPreset = listed !== undefined && !replaced.includes('task') && !replaced.includes('network');
  const preset = keepsPreset ? listed.id : rawPreset === null || listed ? null : fallback.id;
  return { value: { preset, task, network, hyper: hyper.hyper, seed, example, seedText, temperature, generateLength }, replaced };
}

export function applyRnnShared(store: RnnLabStore, shared: RnnShared): void {
  const { taskOptions } = store.getState();
  store.setState({
    presetId: shared.preset, task: shared.task, taskOptions: { ...taskOptions, [shared.task.id]: shared.task },
    network: shared.network, networkProblems: [], taskProblems: [], hyper: { ...shared.hyper }, seed: shared.seed,
    exampleIndex: shared.example, temperature: shared.temperature, generateLength: shared.generateLength,
    ...(shared.seedText ? { seedText: shared.seedText } : {}),
  });
}
