import { en } from '../../content/en';
import type { TaskId, TaskSpec } from '../../data/tasks/taskTypes';
import { TASK_OPTION_RANGES, taskGeometry } from '../../data/tasks/syntheticTask';
import { NumberField } from '../lab/NumberField';
import { useRnn } from './rnnContext';
import { TaskShapeDiagram } from './TaskShapeDiagram';
import { TextTaskOptions } from './text/TextTaskOptions';

const RNN_TASKS: TaskId[] = ['rowMnist', 'delayedRecall', 'adding', 'signal', 'text'];
const t = en.rnn.task;
const whole = (range: { min: number; max: number }, problem: (min: number, max: number) => string) =>
  (v: number) => (Number.isInteger(v) && v >= range.min && v <= range.max ? null : problem(range.min, range.max));
const validateDelay = whole(TASK_OPTION_RANGES.delay, t.problems.delayOutOfRange);
const validateSymbols = whole(TASK_OPTION_RANGES.symbols, t.problems.symbolsOutOfRange);
const validateAddingLength = whole(TASK_OPTION_RANGES.addingLength, t.problems.lengthOutOfRange);
const validateSignalLength = whole(TASK_OPTION_RANGES.signalLength, t.problems.lengthOutOfRange);
const validateNoise = (v: number) => (v >= TASK_OPTION_RANGES.noise.min && v <= TASK_OPTION_RANGES.noise.max ? null : t.problems.noiseOutOfRange(TASK_OPTION_RANGES.noise.min, TASK_OPTION_RANGES.noise.max));

function TaskOptions({ task, set }: { task: TaskSpec; set(patch: Partial<TaskSpec>): void }) {
  const field = (id: string, label: string, tip: string, value: number, validate: (v: number) => string | null, key: string, step: number | 'any' = 1) => (
    <div className="field">
      <NumberField id={`rnn-${id}`} label={label} visibleLabel value={value} tip={tip} step={step} min={0}
        validate={validate} onCommit={(v) => set({ [key]: v } as Partial<TaskSpec>)} />
    </div>
  );
  switch (task.id) {
    case 'delayedRecall':
      return <>{field('delay', t.delay, t.delayTip, task.delay, validateDelay, 'delay')}{field('symbols', t.symbols, t.symbolsTip, task.symbols, validateSymbols, 'symbols')}</>;
    case 'adding':
      return field('length', t.length, t.lengthTip, task.length, validateAddingLength, 'length');
    case 'signal':
      return <>{field('length', t.length, t.lengthTip, task.length, validateSignalLength, 'length')}{field('noise', t.noise, t.noiseTip, task.noise, validateNoise, 'noise', 'any')}</>;
    case 'text':
      return <TextTaskOptions task={task} set={set} />;
    default:
      return null;
  }
}

/** The task: what is learned, its sequence shape (with the notes' little diagram) and its options. */
export function TaskPicker() {
  const task = useRnn((s) => s.task);
  const chooseTask = useRnn((s) => s.chooseTask);
  const setTaskOptions = useRnn((s) => s.setTaskOptions);
  const geometry = taskGeometry(task);
  const shape = t.shapes[geometry.shape];
  return (
    <div className="task-picker">
      <div className="field">
        <label htmlFor="rnn-task" title={t.tip}>{t.label}</label>
        <select id="rnn-task" value={task.id} title={t.tip} onChange={(e) => chooseTask(e.target.value as TaskId)}>
          {RNN_TASKS.map((id) => <option key={id} value={id}>{t.names[id]}</option>)}
        </select>
      </div>
      <div className="task-shape">
        <TaskShapeDiagram shape={geometry.shape} label={t.shapeDiagram(shape, geometry.input[0]!)} />
        <p><strong>{shape}</strong> · {t.descriptions[task.id]}</p>
      </div>
      <div className="task-options">
        <TaskOptions task={task} set={setTaskOptions} />
      </div>
    </div>
  );
}
