/** A row of characters under the unrolled columns: the text read at each step, or the model's guess of the next one. */
import type { ViewWindow } from './viewWindow';

export interface StepCharacter {
  character: string;
  /** The accessible name of this step's character. */
  label: string;
  /** Extra words on hover (e.g. the probability of a guess). */
  title?: string;
  /** A guess that matches the text is drawn differently from a miss. */
  right?: boolean;
}

/** Whitespace drawn visibly: a space as ␣, a new line as ↵, a tab as ⇥. */
export const visibleCharacter = (c: string) => (c === ' ' ? '␣' : c === '\n' ? '↵' : c === '\t' ? '⇥' : c);

export function CharacterRow({ id, name, items, frame, cellWidth, selectedStep, onSelect }: {
  id: string; name: string; items: StepCharacter[]; frame: ViewWindow; cellWidth: number; selectedStep: number | null; onSelect(step: number): void;
}) {
  return (
    <div className="unrolled-row character-row">
      <div className="row-label" id={`${id}-label`}>{name}</div>
      <div className="row-heatmap characters" role="list" aria-labelledby={`${id}-label`} style={{ width: frame.stepCount * cellWidth }}>
        {items.slice(frame.stepStart, frame.stepStart + frame.stepCount).map((item, s) => (
          <span key={s} role="listitem" aria-label={item.label} title={item.title ?? item.label}
            className={`${s === selectedStep ? 'selected' : ''}${item.right === undefined ? '' : item.right ? ' right' : ' miss'}`}
            style={{ left: s * cellWidth, width: cellWidth }} onClick={() => onSelect(s)}>
            {visibleCharacter(item.character)}
          </span>
        ))}
      </div>
    </div>
  );
}
