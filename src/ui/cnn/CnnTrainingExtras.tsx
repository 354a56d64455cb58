import { NumberField } from '../lab/NumberField';
import { useCnn } from './cnnContext';
import { useText } from '../useText';
import { FIELD_RULES } from '../../store/fieldRules';
import { FieldLabel } from '../common/FieldLabel';


/** The CNN lab's own training settings: the L2 weight penalty and expanded (shifted) data. */
export function CnnTrainingExtras() {
  const t = useText();
  const l2 = useCnn((s) => s.hyper.l2);
  const expandedData = useCnn((s) => s.hyper.expandedData);
  const setHyper = useCnn((s) => s.setHyper);
  return (
    <>
      <div className="field">
        <NumberField id="l2-penalty" label={t.cnn.l2} visibleLabel value={l2} tip={t.controls.l2}
          rule={FIELD_RULES.l2} onCommit={(v) => setHyper({ l2: v })} />
      </div>
      <div className="field field-check">
        <input id="expanded-data" type="checkbox" checked={expandedData} onChange={(e) => setHyper({ expandedData: e.target.checked })} />
        <FieldLabel htmlFor="expanded-data" label={t.cnn.expandedData} tip={t.controls.expandedData} />
      </div>
    </>
  );
}
