import { en } from '../../content/en';
import { PRESETS, findPreset } from '../../engine/presets';
import { useCnn } from './cnnContext';
import { percent } from '../format';

export function PresetPicker() {
  const presetId = useCnn((s) => s.presetId);
  const choosePreset = useCnn((s) => s.choosePreset);
  const preset = presetId ? findPreset(presetId) : undefined;
  return (
    <div className="preset-picker">
      <label htmlFor="preset" title={en.preset.tip}>{en.preset.label}</label>
      <select id="preset" value={presetId ?? ''} onChange={(e) => choosePreset(e.target.value)} title={en.preset.tip}>
        {presetId === null && <option value="">{en.preset.custom}</option>}
        {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </select>
      <p className="hint">
        {preset?.reference ? en.preset.reference(percent(preset.reference.accuracy), preset.reference.source) : preset ? en.preset.noReference : en.preset.custom}
      </p>
    </div>
  );
}
