import { en } from '../../content/en';
import { NumberField } from '../lab/NumberField';
import { useCnn } from './cnnContext';

const l2Problem = (v: number) => (v >= 0 && v < 1 ? null : en.cnn.l2Problem);

/** The CNN lab's own training settings: the L2 weight penalty and expanded (shifted) data. */
export function CnnTrainingExtras() {
  const l2 = useCnn((s) => s.hyper.l2);
  const expandedData = useCnn((s) => s.hyper.expandedData);
  const setHyper = useCnn((s) => s.setHyper);
  return (
    <>
      <div className="field">
        <NumberField id="l2-penalty" label={en.cnn.l2} visibleLabel step="any" min={0} value={l2} tip={en.controls.l2}
          validate={l2Problem} onCommit={(v) => setHyper({ l2: v })} />
      </div>
      <div className="field field-check">
        <input id="expanded-data" type="checkbox" checked={expandedData} title={en.controls.expandedData} onChange={(e) => setHyper({ expandedData: e.target.checked })} />
        <label htmlFor="expanded-data" title={en.controls.expandedData}>{en.cnn.expandedData}</label>
      </div>
    </>
  );
}
