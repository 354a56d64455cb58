import { useState } from 'react';
import { en } from '../../content/en';

interface NumberFieldProps {
  label: string;
  value: number;
  onCommit(value: number): void;
  tip: string;
  step?: number | 'any';
  min?: number;
  className?: string;
  id?: string;
  /** Show the label visibly (forms) or only to assistive technology (dense tables). */
  visibleLabel?: boolean;
  /** Returns what is wrong with a parsed value, or null to accept it. */
  validate?: (value: number) => string | null;
}

/**
 * A number input that lets the user type freely: every parseable value is committed at once,
 * and an empty or half-typed field does not overwrite the model until it parses.
 */
export function NumberField({ label, value, onCommit, tip, step = 1, min, className, id, visibleLabel = false, validate }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  // When the value changes from outside (a preset, another row), show it unless the text already means it.
  if (value !== shownValue) {
    setShownValue(value);
    if (Number(text) !== value || text.trim() === '') setText(String(value));
  }
  const parsed = Number(text);
  const problem = text.trim() === '' || !Number.isFinite(parsed) ? en.lab.needsNumber(label) : validate?.(parsed) ?? null;
  const input = (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      className={className}
      aria-label={visibleLabel ? undefined : label}
      title={tip}
      step={step}
      min={min}
      value={text}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem && id ? `${id}-problem` : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(parsed) && !validate?.(parsed)) onCommit(parsed);
      }}
      onBlur={() => { if (!problem) setText(String(value)); }}
    />
  );
  if (!visibleLabel) return input;
  return (
    <>
      <label htmlFor={id} title={tip}>{label}</label>
      {input}
      {problem && <span id={id ? `${id}-problem` : undefined} className="field-problem" role="alert">{en.lab.stillUsing(problem, value)}</span>}
    </>
  );
}
