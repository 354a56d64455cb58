/**
 * The options of the "Your own text" task: a public-domain sample or pasted text, how many
 * characters each training sequence holds, and what the app made of the text (its size, its
 * symbols, and any cap it had to apply), said in words.
 */
import { useMemo } from 'react';
import { BUILTIN_TEXTS } from '../../../data/tasks/builtinTexts';
import { prepareCorpus, textProblems, type TextProblem } from '../../../data/tasks/textCorpus';
import type { TaskSpec } from '../../../data/tasks/taskTypes';
import { NumberField } from '../../lab/NumberField';
import { holdsOutTest } from '../../../data/tasks/textTask';
import { useText } from '../../useText';
import type { Dictionary } from '../../../content/dictionaries';
import { FIELD_RULES } from '../../../store/fieldRules';
import { FieldLabel } from '../../common/FieldLabel';

type TextSpec = Extract<TaskSpec, { id: 'text' }>;

/** The words for a text problem (the length's own problem is shown by its field). */
function textProblemText(problem: TextProblem, t: Dictionary['time']['text']): string | null {
  switch (problem.code) {
    case 'textEmpty':
      return t.problems.textEmpty();
    case 'textSingleSymbol':
      return t.problems.textSingleSymbol();
    case 'textTooShort':
      return t.problems.textTooShort(problem.min);
    default:
      return null;
  }
}

export function TextTaskOptions({ task, set }: { task: TextSpec; set(patch: Partial<TextSpec>): void }) {
  const t = useText().time.text;
  const corpus = useMemo(() => prepareCorpus(task.text), [task.text]);
  const problems = useMemo(() => textProblems(task).map((p) => textProblemText(p, t)).filter((p): p is string => p !== null), [task, t]);
  const sample = BUILTIN_TEXTS.find((b) => b.text === task.text);
  return (
    <div className="text-task">
      <div className="field">
        <FieldLabel htmlFor="rnn-text-sample" label={t.samples} tip={t.samplesTip} />
        <select id="rnn-text-sample" value={sample?.id ?? ''}
          onChange={(e) => {
            const chosen = BUILTIN_TEXTS.find((b) => b.id === e.target.value);
            if (chosen) set({ text: chosen.text });
          }}>
          <option value="" disabled={sample !== undefined}>{t.sampleNone}</option>
          {BUILTIN_TEXTS.map((b) => <option key={b.id} value={b.id}>{t.sampleNames[b.id]}</option>)}
        </select>
      </div>
      {sample && <p className="hint">{t.sampleSources[sample.id]}</p>}
      <div className="field field-wide">
        <FieldLabel htmlFor="rnn-training-text" label={t.trainingText} tip={t.trainingTextTip} />
        <textarea id="rnn-training-text" rows={6} value={task.text} spellCheck={false}
          aria-invalid={problems.length > 0 ? true : undefined} aria-describedby={problems.length > 0 ? 'rnn-training-text-problem' : undefined}
          onChange={(e) => set({ text: e.target.value })} />
      </div>
      {problems.length > 0 && <p id="rnn-training-text-problem" className="problem" role="alert">{problems.join(' ')}</p>}
      <p className="hint">{t.stats(corpus.characters, corpus.symbols.length)}</p>
      {corpus.originalCharacters > corpus.characters && <p className="notice">{t.capped(corpus.characters, corpus.originalCharacters)}</p>}
      {corpus.unknownIndex !== null && <p className="notice">{t.unknown(corpus.distinctCharacters, corpus.symbols.length - 1, corpus.unknownCount)}</p>}
      {problems.length === 0 && !holdsOutTest(corpus.characters, task.length) && <p className="notice">{t.notHeldOut}</p>}
      <div className="field">
        <NumberField id="rnn-text-length" label={t.length} visibleLabel value={task.length} tip={t.lengthTip}
          rule={FIELD_RULES.textLength} onCommit={(v) => set({ length: v })} />
      </div>
    </div>
  );
}
