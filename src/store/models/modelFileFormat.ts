/**
 * What a lab writes into a model file's header and how it reads one back: strictly, because the
 * weights must fit the network exactly. Anything a file says that this page would not accept is a
 * problem code, and nothing of the current work is touched until the whole file has been read.
 */
import { decodeModelFile, encodeModelFile, type ContainerProblem } from '../../engine/modelFile/modelFileCodec';
import { expectedWeightShapes, type WeightShape } from '../../engine/weightShapes';
import { expectedSlotShapes, type TensorValues } from '../../engine/sessionState';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizerNames';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import { isRandomState } from '../../data/random';
import type { TaskProgress } from '../../data/tasks/taskTypes';
import type { SessionConfig, SessionSnapshot } from '../../workers/protocol';
import type { SharedField, SharedObject } from '../share/shareFields';
import { isObject } from '../share/shareFields';
import type { SavedRunFigures } from '../lab/trainingSlice';
import { readHistory, readTest } from './readRun';
import type { LabId } from './modelLibrary';

export const MODEL_FILE_FORMAT = 'cnn-rnn-playground/model';
export const MAX_MODEL_NAME = 120;

/** How training stood when the model was saved: what the lab shows again once it is loaded. */
export type SavedRun = SavedRunFigures;

/** The lab-specific part: how its settings are written and read, and what session they make. */
export interface LabModelFormat<V> {
  lab: LabId;
  /** Reads the settings of a file; `replaced` names those this page would not accept. */
  read(settings: SharedObject): { value: V; replaced: SharedField[] };
  config(value: V): SessionConfig;
  /** The preset the file names, if it still describes exactly this network and task; else null. */
  presetFor(value: V, presetId: string | null): string | null;
}

export interface ModelToSave {
  lab: LabId;
  name: string;
  savedAt: string;
  presetId: string | null;
  /** The lab's settings, the network spelled out. */
  settings: SharedObject;
  run: SavedRun;
  snapshot: SessionSnapshot;
}

export interface LoadedModel<V> {
  name: string;
  savedAt: string;
  presetId: string | null;
  value: V;
  config: SessionConfig;
  snapshot: SessionSnapshot;
  run: SavedRun;
}

export type ModelFileProblem =
  | ContainerProblem
  | { code: 'wrongLab'; fileLab: LabId; lab: LabId }
  | { code: 'settingsInvalid'; fields: SharedField[] }
  | { code: 'weightCountMismatch'; expected: number; found: number }
  | { code: 'weightShapeMismatch'; index: number; expected: WeightShape; found: WeightShape }
  | { code: 'optimizerMismatch'; optimizer: OptimizerName }
  /** Some weight is NaN or infinite (a diverged run): nothing useful to load or save. */
  | { code: 'weightsNotFinite' };

export type ReadResult<V> = { ok: true; model: LoadedModel<V> } | { ok: false; problem: ModelFileProblem };

const allFinite = (tensors: readonly TensorValues[]) => tensors.every((t) => t.values.every(Number.isFinite));

/** True when the snapshot's weights are all numbers (a diverged run's are not, and are not worth saving). */
export const snapshotIsFinite = (snapshot: SessionSnapshot) => allFinite(snapshot.state.weights) && allFinite(snapshot.state.optimizer.slots);

export function encodeModel(model: ModelToSave): Uint8Array {
  const { state, step, taskProgress } = model.snapshot;
  const header = {
    format: MODEL_FILE_FORMAT,
    lab: model.lab,
    name: model.name.slice(0, MAX_MODEL_NAME),
    savedAt: model.savedAt,
    presetId: model.presetId,
    settings: model.settings,
    progress: { step, taskProgress },
    optimizer: { name: state.optimizer.name, iterations: state.optimizer.iterations, ...(state.optimizer.powers ? { powers: state.optimizer.powers } : {}) },
    weightCount: state.weights.length,
    run: { ...model.run, step },
  };
  return encodeModelFile(header, [...state.weights, ...state.optimizer.slots]);
}

const isWhole = (n: unknown, min = 0): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= Number.MAX_SAFE_INTEGER;

function readTaskProgress(value: unknown, epochs: boolean): TaskProgress | null {
  if (!isObject(value)) return null;
  if (!epochs) return value.kind === 'stream' && isRandomState(value.random) ? { kind: 'stream', random: value.random } : null;
  if (value.kind !== 'epochs' || !isWhole(value.epoch) || !isWhole(value.position)) return null;
  if (!isRandomState(value.epochStart) || !isRandomState(value.random)) return null;
  return { kind: 'epochs', epoch: value.epoch, position: value.position, epochStart: value.epochStart, random: value.random };
}

function readRun(value: unknown, step: number): SavedRun | null {
  if (!isObject(value)) return null;
  const numberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
  const history = readHistory(value.history);
  const test = value.test === null ? null : readTest(value.test);
  const { epoch, epochProgress, loss, trainAccuracy } = value;
  if (!history || (value.test !== null && !test) || !(epoch === null || isWhole(epoch))) return null;
  if (typeof epochProgress !== 'number' || !(epochProgress >= 0 && epochProgress < 1) || !numberOrNull(loss) || !numberOrNull(trainAccuracy)) return null;
  return { step, epoch: epoch as number | null, epochProgress, loss: loss as number | null, trainAccuracy: trainAccuracy as number | null, test, history };
}

const sameShape = (a: WeightShape, b: WeightShape) => a.length === b.length && a.every((d, i) => d === b[i]);

/** Reads a model file for lab `format.lab`. Never throws. */
export function readModelFile<V>(bytes: Uint8Array, format: LabModelFormat<V>): ReadResult<V> {
  const fail = (problem: ModelFileProblem): ReadResult<V> => ({ ok: false, problem });
  const invalid = (field: string) => fail({ code: 'headerInvalid', field });
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) return fail(decoded.problem);
  const { header, tensors } = decoded;
  if (header.format !== MODEL_FILE_FORMAT) return invalid('format');
  if (header.lab !== 'cnn' && header.lab !== 'rnn') return invalid('lab');
  if (header.lab !== format.lab) return fail({ code: 'wrongLab', fileLab: header.lab, lab: format.lab });
  const { name, savedAt, presetId, settings, progress, optimizer, weightCount } = header;
  if (typeof name !== 'string' || name.length > MAX_MODEL_NAME) return invalid('name');
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return invalid('savedAt');
  if (presetId !== null && typeof presetId !== 'string') return invalid('presetId');
  if (!isObject(settings)) return invalid('settings');
  const { value, replaced } = format.read(settings);
  if (replaced.length > 0) return fail({ code: 'settingsInvalid', fields: replaced });
  const config = format.config(value);

  if (!isObject(progress) || !isWhole(progress.step)) return invalid('progress');
  const epochs = config.task.id === 'mnistImages' || config.task.id === 'rowMnist';
  const taskProgress = readTaskProgress(progress.taskProgress, epochs);
  if (!taskProgress) return invalid('progress');

  const expected = expectedWeightShapes(config.model, taskGeometry(config.task));
  if (!expected) return fail({ code: 'settingsInvalid', fields: ['network'] });
  if (!isWhole(weightCount) || weightCount > tensors.length) return invalid('weightCount');
  if (weightCount !== expected.length) return fail({ code: 'weightCountMismatch', expected: expected.length, found: weightCount });
  const weights = tensors.slice(0, weightCount);
  const mismatch = weights.findIndex((w, i) => !sameShape(w.shape, expected[i]!));
  if (mismatch >= 0) return fail({ code: 'weightShapeMismatch', index: mismatch, expected: expected[mismatch]!, found: weights[mismatch]!.shape });

  if (!isObject(optimizer) || optimizer.name !== config.hyper.optimizer || !OPTIMIZER_NAMES.includes(optimizer.name as OptimizerName)) return invalid('optimizer');
  const powers = optimizer.powers;
  if (!isWhole(optimizer.iterations) || (powers !== undefined && !(Array.isArray(powers) && powers.length === 2 && powers.every(Number.isFinite)))) return invalid('optimizer');
  const slots = tensors.slice(weightCount);
  const slotShapes = expectedSlotShapes(config.hyper.optimizer, expected);
  // Slots exist only once the optimizer has taken a step.
  const slotsFit = slots.length === 0 || (slots.length === slotShapes.length && slots.every((s, i) => sameShape(s.shape, slotShapes[i]!)));
  if (!slotsFit) return fail({ code: 'optimizerMismatch', optimizer: config.hyper.optimizer });
  if (!allFinite(tensors)) return fail({ code: 'weightsNotFinite' });

  const run = readRun(header.run, progress.step);
  if (!run) return invalid('run');
  const snapshot: SessionSnapshot = {
    step: progress.step, taskProgress,
    state: {
      weights,
      optimizer: { name: config.hyper.optimizer, iterations: optimizer.iterations, slots, ...(powers ? { powers: powers as number[] } : {}) },
    },
  };
  return { ok: true, model: { name, savedAt, presetId: format.presetFor(value, presetId), value, config, snapshot, run } };
}
