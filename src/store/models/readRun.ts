/** Reading a saved run's figures (chart history and last test result) back from a model file, strictly. */
import { HISTORY_CAP, type Point } from '../history';
import { EMPTY_HISTORY, type TestAccuracy, type TrainingHistory } from '../lab/trainingSlice';
import { isObject } from '../share/shareFields';

const SERIES = Object.keys(EMPTY_HISTORY) as (keyof TrainingHistory)[];

function readSeries(value: unknown): Point[] | null {
  if (!Array.isArray(value) || value.length > HISTORY_CAP) return null;
  const points: Point[] = [];
  for (const p of value) {
    if (!isObject(p) || typeof p.step !== 'number' || !Number.isFinite(p.step) || typeof p.value !== 'number' || !Number.isFinite(p.value)) return null;
    points.push({ step: p.step, value: p.value });
  }
  return points;
}

/** Every chart series of a run, or null when any is not a list of finite points. */
export function readHistory(value: unknown): TrainingHistory | null {
  if (!isObject(value)) return null;
  const history = { ...EMPTY_HISTORY };
  for (const name of SERIES) {
    const series = readSeries(value[name]);
    if (!series) return null;
    history[name] = series;
  }
  return history;
}

export function readTest(value: unknown): TestAccuracy | null {
  if (!isObject(value)) return null;
  const { accuracy, loss, scope, count, step } = value;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(accuracy) || !finite(loss) || (scope !== 'subset' && scope !== 'full') || !finite(count) || !finite(step)) return null;
  return { accuracy, loss, scope, count, step };
}

/** The history up to `step`: what the weights saved at that step had been through. */
export function historyUpTo(history: TrainingHistory, step: number): TrainingHistory {
  const cut = { ...EMPTY_HISTORY };
  for (const name of SERIES) cut[name] = history[name].filter((p) => p.step <= step);
  return cut;
}
