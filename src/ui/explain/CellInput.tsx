import { useId, useState } from 'react';
import { EXPLAIN_LIMITS } from '../../engine/explain';
import { checkNumber, isAllowed } from '../../store/fieldRules';
import { useText } from '../useText';

interface CellInputProps {
  value: number;
  label: string;
  onCommit(value: number): void;
  highlighted?: boolean;
}

const RULE = EXPLAIN_LIMITS.cellValue;

/**
 * One editable grid cell: a number typed and applied on Enter or on leaving the cell, ↑/↓ change it
 * by 1 at once. What is not a number in range is refused with a message (kept until corrected, or
 * Esc) and the cell keeps its value.
 */
export function CellInput({ value, label, onCommit, highlighted = false }: CellInputProps) {
  const t = useText();
  const g = t.explainers.grid;
  const [text, setText] = useState<string | null>(null);
  const id = useId();
  const shown = text ?? t.explainers.number(value);
  // The number fields' own reading (plain decimals only): Number() alone would take "0x10" as 16.
  const typed = text === null ? null : checkNumber(text.replace('−', '-'), RULE);
  const commit = () => {
    if (typed === null || !typed.ok) return;
    setText(null);
    if (typed.value !== value) onCommit(typed.value);
  };
  const typedProblem = typed !== null && !typed.ok;
  return (
    <>
      <input
        className={`grid-cell-input${highlighted ? ' in-window' : ''}`}
        type="text" inputMode="decimal" autoComplete="off" spellCheck={false}
        aria-label={label} value={shown} aria-invalid={typedProblem || undefined}
        aria-describedby={typedProblem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') setText(null);
          else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            const next = value + (e.key === 'ArrowUp' ? 1 : -1);
            if (isAllowed(next, RULE)) onCommit(next);
            setText(null);
          }
        }}
      />
      {typedProblem && <span id={`${id}-problem`} className="field-problem grid-cell-problem" role="status">{g.cellProblem(text ?? '', RULE.min, RULE.max)}</span>}
    </>
  );
}
