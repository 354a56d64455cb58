/** Gradient clipping by global norm: on/off and the threshold, part of the RNN lab's training settings. */
import { en } from '../../../content/en';
import { CLIP_THRESHOLD_RANGE } from '../../../engine/gradientClipping';
import { NumberField } from '../../lab/NumberField';
import { useLab } from '../../storeContext';

const c = en.time.clipping;
const { min, max } = CLIP_THRESHOLD_RANGE;
const validateThreshold = (v: number) => (v >= min && v <= max ? null : c.thresholdProblem(min, max));

export function ClippingSettings({ idPrefix }: { idPrefix: string }) {
  const clipping = useLab((s) => s.hyper.clipping);
  const threshold = useLab((s) => s.hyper.clipThreshold);
  const setHyper = useLab((s) => s.setHyper);
  const id = `${idPrefix}-clipping`;
  return (
    <>
      <div className="field field-check">
        <input id={id} type="checkbox" checked={clipping} title={c.toggleTip} onChange={(e) => setHyper({ clipping: e.target.checked })} />
        <label htmlFor={id} title={c.toggleTip}>{c.toggle}</label>
      </div>
      <div className="field">
        <NumberField id={`${id}-threshold`} label={c.threshold} visibleLabel step="any" min={min} value={threshold} tip={c.thresholdTip}
          validate={validateThreshold} onCommit={(v) => setHyper({ clipThreshold: v })} />
      </div>
    </>
  );
}
