import { useState } from 'react';
import { useLab } from '../../storeContext';
import { useText } from '../../useText';
import { Explain } from '../../common/Explain';
import type { LabId } from '../../../store/models/modelLibrary';
import { SaveModelDialog } from './SaveModelDialog';
import { LoadModelDialog } from './LoadModelDialog';
import { ModelNoticeLine } from './ModelNoticeLine';
import { ExportCodeDialog } from './ExportCodeDialog';
import type { ExportInput } from '../../../engine/export';

interface Props {
  lab: LabId;
  /** The network a preset id stands for, in words ("Custom network" for null). */
  networkName(presetId: string | null): string;
  presetId: string | null;
  /** What Export code writes: the lab's network and settings, or null while they have problems. */
  exportInput: ExportInput | null;
}

/** Save model, Load model and Export code for a lab, with the outcome of the last save or load. */
export function ModelActions({ lab, networkName, presetId, exportInput }: Props) {
  const t = useText();
  const m = t.models;
  const [open, setOpen] = useState<'save' | 'load' | 'export' | null>(null);
  const configured = useLab((s) => s.configured);
  const step = useLab((s) => s.step);
  const close = () => setOpen(null);
  return (
    <div className="model-actions">
      <div className="button-row" role="group" aria-label={m.group}>
        <button type="button" disabled={!configured} onClick={() => setOpen('save')}>{m.save}</button>
        <button type="button" onClick={() => setOpen('load')}>{m.load}</button>
        <button type="button" onClick={() => setOpen('export')}>{m.exportCode}</button>
        <Explain about={m.group}>
          <span className="explain-item"><strong>{m.save}</strong>: {m.saveTip}</span>
          <span className="explain-item"><strong>{m.load}</strong>: {m.loadTip}</span>
          <span className="explain-item"><strong>{m.exportCode}</strong>: {m.exportTip}</span>
        </Explain>
      </div>
      {open === null && <ModelNoticeLine />}
      <SaveModelDialog open={open === 'save'} defaultName={m.defaultName(networkName(presetId).replace(/^\+\s*/, ''), step)} onClose={close} />
      <LoadModelDialog open={open === 'load'} lab={lab} networkName={networkName} onClose={close} />
      <ExportCodeDialog open={open === 'export'} input={exportInput} onClose={close} />
    </div>
  );
}
