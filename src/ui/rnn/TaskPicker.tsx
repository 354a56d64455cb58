import type { TaskId, TaskSpec } from '../../data/tasks/taskTypes';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import { NumberField } from '../lab/NumberField';
import { useRnn } from './rnnContext';
import { TaskShapeDiagram } from './TaskShapeDiagram';
import { TextTaskOptions } from './text/TextTaskOptions';
import { useText } from '../useText';
import { FIELD_RULES, type NumberRule } from '../../store/fieldRules';
import { FieldLabel } from '../common/FieldLabel';

const RNN_TASKS: TaskId[] = ['rowMnist', 'delayedRecall', 'adding', 'signal', 'text'];

function TaskOptions({ task, set }: { task: TaskSpec; set(patch: Partial<TaskSpec>): void }) {
  const t = useText().rnn.task;
  const field = (id: string, label: string, tip: string, value: number, rule: NumberRule, key: string) => (
    <div className="field">
      <NumberField id={`rnn-${id}`} label={label} visibleLabel value={value} tip={tip}
        rule={rule} onCommit={(v) => set({ [key]: v } as Partial<TaskSpec>)} />
    </div>
  );
  switch (task.id) {
    case 'delayedRecall':
      return <>{field('delay', t.delay, t.delayTip, task.delay, FIELD_RULES.delay, 'delay')}{field('symbols', t.symbols, t.symbolsTip, task.symbols, FIELD_RULES.symbols, 'symbols')}</>;
    case 'adding':
      return field('length', t.length, t.lengthTip, task.length, FIELD_RULES.addingLength, 'length');
    case 'signal':
      return <>{field('length', t.length, t.lengthTip, task.length, FIELD_RULES.signalLength, 'length')}{field('noise', t.noise, t.noiseTip, task.noise, FIELD_RULES.noise, 'noise')}</>;
    case 'text':
      return <TextTaskOptions task={task} set={set} />;
    default:
      return null;
  }
}

/** The task: what is learned, its sequence shape (with the notes' little diagram) and its options. */
export function TaskPicker() {
  const t = useText().rnn.task;
  const task = useRnn((s) => s.task);
  const chooseTask = useRnn((s) => s.chooseTask);
  const setTaskOptions = useRnn((s) => s.setTaskOptions);
  const geometry = taskGeometry(task);
  const shape = t.shapes[geometry.shape];
  return (
    <div className="task-picker">
      <div className="field">
        <FieldLabel htmlFor="rnn-task" label={t.label} tip={t.tip} />
        <select id="rnn-task" value={task.id} onChange={(e) => chooseTask(e.target.value as TaskId)}>
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
