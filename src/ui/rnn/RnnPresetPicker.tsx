import { en } from '../../content/en';
import { RNN_PRESETS } from '../../engine/recurrent/rnnPresets';
import { useRnn } from './rnnContext';

/** A task with a network that learns it quickly here; choosing one replaces the task, network and optimizer settings. */
export function RnnPresetPicker() {
  const presetId = useRnn((s) => s.presetId);
  const choosePreset = useRnn((s) => s.choosePreset);
  const p = en.rnn.preset;
  return (
    <div className="preset-picker">
      <label htmlFor="rnn-preset" title={p.tip}>{p.label}</label>
      <select id="rnn-preset" value={presetId ?? ''} title={p.tip} onChange={(e) => choosePreset(e.target.value)}>
        {presetId === null && <option value="">{p.custom}</option>}
        {RNN_PRESETS.map((preset) => <option key={preset.id} value={preset.id}>{p.names[preset.id] ?? preset.id}</option>)}
      </select>
      <p className="hint">{presetId ? p.notes[presetId] : p.customNote}</p>
    </div>
  );
}
