import { PRESETS, findPreset } from '../../engine/presets';
import { useCnn } from './cnnContext';
import { percent } from '../format';
import { useText } from '../useText';
import { FieldLabel } from '../common/FieldLabel';
import { PresetChangeDialog } from '../lab/PresetChangeDialog';
import { usePresetChange } from '../lab/usePresetChange';

export function PresetPicker() {
  const t = useText();
  const presetId = useCnn((s) => s.presetId);
  const choosePreset = useCnn((s) => s.choosePreset);
  const preset = presetId ? findPreset(presetId) : undefined;
  const change = usePresetChange(choosePreset);
  const request = (id: string) => {
    const chosen = findPreset(id);
    if (chosen) change.request({ id, name: t.cnn.presets.names[id] ?? chosen.label, training: chosen.training });
  };
  return (
    <div className="preset-picker">
      <FieldLabel htmlFor="preset" label={t.preset.label} tip={t.preset.tip} />
      <select id="preset" value={presetId ?? ''} onChange={(e) => request(e.target.value)}>
        {presetId === null && <option value="">{t.preset.custom}</option>}
        {PRESETS.map((p) => <option key={p.id} value={p.id}>{t.cnn.presets.names[p.id] ?? p.label}</option>)}
      </select>
      <p className="hint">
        {preset?.reference ? t.preset.reference(percent(preset.reference.accuracy), t.cnn.presets.sources[preset.id] ?? preset.reference.source) : preset ? t.preset.noReference : t.preset.custom}
      </p>
      <PresetChangeDialog {...change.dialogProps} />
    </div>
  );
}
