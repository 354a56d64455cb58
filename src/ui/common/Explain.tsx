import { useId, useState, type ReactNode } from 'react';
import { useText } from '../useText';

interface ExplainProps {
  /** What the explanation is about (the control's label), read as the button's description. */
  about: string;
  children: ReactNode;
}

/**
 * A short explanation that opens by click, tap or keyboard (Enter or Space on its button), shown
 * inline under the control so it works on touch screens, on a projector and with a screen reader,
 * unlike a hover-only tooltip.
 */
export function Explain({ about, children }: ExplainProps) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="explain-button" aria-expanded={open} aria-controls={`${id}-text`}
        aria-label={t.explain.button} aria-describedby={`${id}-about`} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">?</span>
      </button>
      <span id={`${id}-about`} hidden>{about}</span>
      <span id={`${id}-text`} className="explain-text" role="note" hidden={!open}>{children}</span>
    </>
  );
}
