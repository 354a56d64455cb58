import { useEffect, useRef, useState } from 'react';
import { checkNumber, type NumberRule } from '../../store/fieldRules';
import { Explain } from '../common/Explain';
import { FieldLabel } from '../common/FieldLabel';
import { useText } from '../useText';

interface NumberFieldProps {
  label: string;
  value: number;
  onCommit(value: number): void;
  /** What is allowed: what is typed outside it is refused with a message, never clamped. */
  rule: NumberRule;
  /** The explanation behind the field's "?" button (dense tables explain a whole row instead). */
  tip?: string;
  className?: string;
  id: string;
  /** Show the label visibly (forms) or only to assistive technology (dense tables). */
  visibleLabel?: boolean;
  /** Shown but not editable (a setting the current choice ignores). */
  disabled?: boolean;
}

/** Typing that pauses this long is committed, as Enter or leaving the field would. */
export const COMMIT_PAUSE_MS = 800;

/**
 * A number input that commits a value only when the user is done with it: on Enter, on leaving
 * the field, or when typing pauses. Half-typed values ("1e", "10" on the way to "100") are never
 * applied, and a value outside the rule is refused with a message that shows what was typed, the
 * allowed range and the value still in use. Escape puts the value in use back.
 */
export function NumberField({ label, value, onCommit, rule, tip, className, id, visibleLabel = false, disabled = false }: NumberFieldProps) {
  const t = useText();
  const [text, setText] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A value changed from outside (a preset, a link, another row) replaces the text.
  if (value !== shownValue) {
    setShownValue(value);
    setText(String(value));
  }
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  const check = checkNumber(text, rule);
  const problem = check.ok ? null : t.field.problem(check.problem, label, t.field.range(rule), value);
  const commit = (typed: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const result = checkNumber(typed, rule);
    if (result.ok && result.value !== value) onCommit(result.value);
  };
  const input = (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      className={className}
      disabled={disabled}
      aria-label={visibleLabel ? undefined : label}
      value={text}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? `${id}-problem` : undefined}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(typed), COMMIT_PAUSE_MS);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(text);
        if (e.key === 'Escape') setText(String(value));
      }}
      onBlur={() => commit(text)}
    />
  );
  return (
    <>
      {visibleLabel ? <FieldLabel htmlFor={id} label={label} tip={tip} /> : null}
      {visibleLabel || !tip ? input : <span className="field-inline">{input}<Explain about={label}>{tip}</Explain></span>}
      {problem && <span id={`${id}-problem`} className="field-problem" role="status">{problem}</span>}
    </>
  );
}
