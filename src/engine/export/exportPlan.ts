/**
 * The one reading of an ExportInput that both code writers share: the task's geometry, the app's
 * own summary of every layer (name, output shape, parameters) and the names the code gives them.
 * Keras and TF.js code are written from this, so their comments and the app's table cannot drift.
 */
import { INPUT_NAME, type NetworkSpec } from '../spec';
import { summarizeNetwork } from '../shapes';
import { summarizeRecurrent } from '../recurrent/recurrentSummary';
import type { RecurrentSpec } from '../recurrent/recurrentSpec';
import type { TaskGeometry } from '../../data/tasks/taskTypes';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import { prepareCorpus, type Corpus } from '../../data/tasks/textCorpus';
import { textGeometry } from '../../data/tasks/textTask';
import type { ExportInput } from './exportTypes';

export interface PlannedLayer {
  /** The app's name (TF.js keeps it). */
  name: string;
  /** The Keras name: the app's, unless TensorFlow's Keras refuses it (see kerasNames). */
  kerasName: string;
  /** Output shape without the batch axis, as the app's summary gives it. */
  outputShape: number[];
  params: number;
}

interface PlanBase {
  input: ExportInput;
  geometry: TaskGeometry;
  /** One example's shape without the batch axis, e.g. [28, 28, 1] or [steps, features]. */
  inputShape: number[];
  /** Name of the input layer: `input`, unless a layer of the network already has that name. */
  inputName: string;
  layers: PlannedLayer[];
  totalParams: number;
  /** The text task's symbols and codes, exactly as the app prepares them (null for other tasks). */
  corpus: Corpus | null;
}

export type ExportPlan =
  | (PlanBase & { kind: 'convolutional'; network: NetworkSpec })
  | (PlanBase & { kind: 'recurrent'; recurrent: RecurrentSpec });

/**
 * Names TensorFlow's Keras accepts: Keras refuses `/`, and TensorFlow's name scopes take only
 * ASCII letters, digits and `_ . - >`, starting with a letter, digit or `.`. Other names get those
 * characters replaced by `_` (and a suffix when that makes two equal); every name stays unique.
 */
const KERAS_NAME = /^[A-Za-z0-9.][A-Za-z0-9_.>-]*$/;

function kerasNames(names: string[], reserved: string): string[] {
  const taken = new Set<string>([reserved, ...names.filter((n) => KERAS_NAME.test(n))]);
  return names.map((name) => {
    if (KERAS_NAME.test(name)) return name;
    const cleaned = Array.from(name, (c) => (/[A-Za-z0-9_.>-]/.test(c) ? c : '_')).join('');
    const base = /^[A-Za-z0-9.]/.test(cleaned) ? cleaned : `layer${cleaned}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    return candidate;
  });
}

function freeInputName(names: string[]): string {
  const taken = new Set(names);
  let candidate = 'input';
  for (let n = 1; taken.has(candidate); n++) candidate = `input_${n}`;
  return candidate;
}

function withNames(input: ExportInput, layers: Omit<PlannedLayer, 'kerasName'>[]) {
  const names = layers.map((l) => l.name);
  const inputName = freeInputName(names);
  const keras = kerasNames(names, inputName);
  const planned = layers.map((l, i) => ({ ...l, kerasName: keras[i]! }));
  return { input, inputName, layers: planned, totalParams: planned.reduce((sum, l) => sum + l.params, 0) };
}

/** Reads an export input once. Callers pass valid configurations; nothing here throws on odd strings. */
export function exportPlan(input: ExportInput): ExportPlan {
  const corpus = input.task.id === 'text' ? prepareCorpus(input.task.text) : null;
  const geometry = input.task.id === 'text' ? textGeometry(input.task, corpus!) : taskGeometry(input.task);
  if (input.model.kind === 'convolutional') {
    const network = input.model.network;
    const summary = summarizeNetwork(network);
    const layers = summary.layers.map((l) => ({ name: l.name, outputShape: l.outputShape ?? [], params: l.params }));
    return { kind: 'convolutional', network, geometry, inputShape: [...summary.inputShape], corpus, ...withNames(input, layers) };
  }
  const recurrent = input.model.recurrent;
  const summary = summarizeRecurrent(recurrent, geometry);
  const layers = summary.layers.map((l) => ({ name: l.name, outputShape: l.outputShape, params: l.params }));
  return { kind: 'recurrent', recurrent, geometry, inputShape: [...geometry.input], corpus, ...withNames(input, layers) };
}

/**
 * How one layer of a (possibly branched) network is wired in the exported code: `x` is the running
 * output of the layer before; a layer read again later (a skip connection, a second branch) also
 * keeps its output under its name.
 */
export interface LayerWiring {
  /** The names of the layers read, `null` standing for `x` (the layer just before, or the input for the first layer). */
  reads: (string | null)[];
  /** Keep this layer's output for a later layer that reads it out of order. */
  keep: boolean;
}

/** The wiring of every layer, and whether the input image itself is read out of order. */
export function wiringOf(network: NetworkSpec): { layers: LayerWiring[]; keepInput: boolean } {
  const summary = summarizeNetwork(network);
  const previousOf = (i: number) => (i === 0 ? INPUT_NAME : summary.layers[i - 1]!.name);
  const layers = summary.layers.map((l, i) => ({ reads: l.inputs.map((name) => (name === previousOf(i) ? null : name)), keep: false }));
  const keptNames = new Set(layers.flatMap((l) => l.reads).filter((name): name is string => name !== null));
  layers.forEach((l, i) => { l.keep = keptNames.has(summary.layers[i]!.name); });
  return { layers, keepInput: keptNames.has(INPUT_NAME) };
}

/** A shape as Keras prints it, with the batch axis: (None, 24, 24, 20). */
export const kerasShape = (shape: readonly number[]) => `(None, ${shape.join(', ')})`;

/** Parameters Keras 3's default GRU (reset_after=True) would add to this network: 0 for other cells. */
export function gruResetAfterExtra(recurrent: RecurrentSpec): number {
  // reset_after=True keeps a second bias for the recurrent half: 3 more numbers per unit, per direction.
  return recurrent.cell === 'gru' ? recurrent.layers * (recurrent.bidirectional ? 2 : 1) * 3 * recurrent.units : 0;
}
