import { WEIGHT_INITS, type WeightInit } from '../../engine/spec';
import { useCnn } from './cnnContext';
import { useText } from '../useText';
import { FieldLabel } from '../common/FieldLabel';


export function WeightInitPicker() {
  const t = useText();
  const init = useCnn((s) => s.spec.init ?? 'glorotUniform');
  const setWeightInit = useCnn((s) => s.setWeightInit);
  return (
    <div className="field inline-field">
      <FieldLabel htmlFor="weight-init" label={t.cnn.weightInit.label} tip={t.controls.weightInit} />
      <select id="weight-init" value={init} onChange={(e) => setWeightInit(e.target.value as WeightInit)}>
        {WEIGHT_INITS.map((w) => <option key={w} value={w}>{t.cnn.weightInit.names[w]}</option>)}
      </select>
    </div>
  );
}
