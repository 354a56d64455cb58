import { findRnnPreset, RNN_PRESETS } from '../../engine/recurrent/rnnPresets';
import { useRnn } from './rnnContext';
import { useText } from '../useText';
import { FieldLabel } from '../common/FieldLabel';
import { PresetChangeDialog } from '../lab/PresetChangeDialog';
import { usePresetChange } from '../lab/usePresetChange';

/** A task with a network that learns it quickly here; choosing one replaces the task, network and optimizer settings. */
export function RnnPresetPicker() {
  const t = useText();
  const presetId = useRnn((s) => s.presetId);
  const choosePreset = useRnn((s) => s.choosePreset);
  const p = t.rnn.preset;
  const change = usePresetChange(choosePreset);
  const request = (id: string) => {
    const preset = findRnnPreset(id);
    if (preset) change.request({ id, name: p.names[id] ?? id, training: preset.training });
  };
  return (
    <div className="preset-picker">
      <FieldLabel htmlFor="rnn-preset" label={p.label} tip={p.tip} />
      <select id="rnn-preset" value={presetId ?? ''} onChange={(e) => request(e.target.value)}>
        {presetId === null && <option value="">{p.custom}</option>}
        {RNN_PRESETS.map((preset) => <option key={preset.id} value={preset.id}>{p.names[preset.id] ?? preset.id}</option>)}
      </select>
      <p className="hint">{presetId ? p.notes[presetId] : p.customNote}</p>
      <PresetChangeDialog {...change.dialogProps} />
    </div>
  );
}
