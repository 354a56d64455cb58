/** Gradient clipping by global norm: on/off and the threshold, part of the RNN lab's training settings. */
import { NumberField } from '../../lab/NumberField';
import { useLab } from '../../storeContext';
import { useText } from '../../useText';
import { FIELD_RULES } from '../../../store/fieldRules';
import { FieldLabel } from '../../common/FieldLabel';


export function ClippingSettings({ idPrefix }: { idPrefix: string }) {
  const t = useText();
  const c = t.time.clipping;
  const clipping = useLab((s) => s.hyper.clipping);
  const threshold = useLab((s) => s.hyper.clipThreshold);
  const setHyper = useLab((s) => s.setHyper);
  const id = `${idPrefix}-clipping`;
  return (
    <>
      <div className="field field-check">
        <input id={id} type="checkbox" checked={clipping} onChange={(e) => setHyper({ clipping: e.target.checked })} />
        <FieldLabel htmlFor={id} label={c.toggle} tip={c.toggleTip} />
      </div>
      <div className="field">
        <NumberField id={`${id}-threshold`} label={c.threshold} visibleLabel value={threshold} tip={c.thresholdTip}
          rule={FIELD_RULES.clipThreshold} onCommit={(v) => setHyper({ clipThreshold: v })} />
      </div>
    </>
  );
}
