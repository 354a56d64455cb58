import { en } from '../../content/en';
import { WEIGHT_INITS, type WeightInit } from '../../engine/spec';
import { useCnn } from './cnnContext';

const NAMES: Record<WeightInit, string> = {
  glorotUniform: 'Glorot uniform (Keras default)',
  leCunNormal: 'Gaussian, σ = 1/√inputs (Nielsen)',
  heNormal: 'He normal, σ = √(2/inputs)',
};

export function WeightInitPicker() {
  const init = useCnn((s) => s.spec.init ?? 'glorotUniform');
  const setWeightInit = useCnn((s) => s.setWeightInit);
  return (
    <div className="field inline-field">
      <label htmlFor="weight-init" title={en.controls.weightInit}>Initial weights</label>
      <select id="weight-init" value={init} title={en.controls.weightInit} onChange={(e) => setWeightInit(e.target.value as WeightInit)}>
        {WEIGHT_INITS.map((w) => <option key={w} value={w}>{NAMES[w]}</option>)}
      </select>
    </div>
  );
}
