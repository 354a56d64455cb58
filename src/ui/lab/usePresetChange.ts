/**
 * Choosing a preset: at once when nothing would be lost, through PresetChangeDialog when a run has
 * progress or the user set the training settings themselves.
 */
import { useState } from 'react';
import { useLab } from '../storeContext';
import type { PendingPreset } from './PresetChangeDialog';

export function usePresetChange(choose: (id: string, keepTraining: boolean) => void) {
  const step = useLab((s) => s.step);
  const edited = useLab((s) => s.hyperEdited);
  const [pending, setPending] = useState<PendingPreset | null>(null);
  return {
    dialogProps: {
      pending, step, edited,
      onConfirm(id: string, usePresetTraining: boolean) {
        setPending(null);
        choose(id, !usePresetTraining);
      },
      onCancel() {
        setPending(null);
      },
    },
    request(preset: PendingPreset) {
      if (step > 0 || edited) setPending(preset);
      else choose(preset.id, false);
    },
  };
}
