import { useId, useState } from 'react';
import { useModalDialog } from '../common/useModalDialog';
import type { OptimizerName } from '../../engine/optimizerNames';
import { integer } from '../format';
import { useText } from '../useText';

export interface PendingPreset {
  id: string;
  name: string;
  training: { learningRate: number; batchSize: number; optimizer: OptimizerName };
}

interface Props {
  pending: PendingPreset | null;
  /** Steps trained in the run the change would end (0: no run yet). */
  step: number;
  /** Whether the user changed training settings themselves (then keeping them is the default). */
  edited: boolean;
  onConfirm(id: string, usePresetTraining: boolean): void;
  onCancel(): void;
}

/**
 * Asks before a preset replaces work: a run with progress, or training settings the user chose.
 * The user's settings are kept unless they tick the preset's; Cancel (or Escape) changes nothing.
 */
export function PresetChangeDialog({ pending, step, edited, onConfirm, onCancel }: Props) {
  const t = useText();
  const d = t.presetChange;
  const headingId = useId();
  const [usePreset, setUsePreset] = useState(!edited);
  const [shownFor, setShownFor] = useState<string | null>(null);
  if ((pending?.id ?? null) !== shownFor) {
    setShownFor(pending?.id ?? null);
    setUsePreset(!edited);
  }
  const dialog = useModalDialog(pending !== null);
  const training = pending?.training;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={headingId} onClose={() => { if (pending) onCancel(); }}>
      {pending && training && (
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); onConfirm(pending.id, usePreset); }}>
          <h2 id={headingId}>{d.heading}</h2>
          <p>{step > 0 ? d.endsRun(pending.name, integer(step)) : d.builds(pending.name)}</p>
          <p className="field-check">
            <input id={`${headingId}-use`} type="checkbox" checked={usePreset} onChange={(e) => setUsePreset(e.target.checked)} />
            <label htmlFor={`${headingId}-use`}>{d.usePreset(String(training.learningRate), integer(training.batchSize), t.lab.optimizers[training.optimizer])}</label>
          </p>
          <p className="hint">{usePreset ? d.willReplace : d.willKeep}</p>
          <div className="button-row">
            <button type="submit" className="primary">{d.confirm}</button>
            <button type="button" onClick={onCancel}>{d.cancel}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
