/** Folds the CNN views' answers (activations, effective field, confusion, cell images) into the store. */
import type { SessionMessage } from '../../workers/protocol';
import { confusionCounts } from './confusionSlice';
import type { CnnLabState } from './cnnLabStore';

type Set = (partial: Partial<CnnLabState>) => void;

export function applyCnnViewMessage(message: SessionMessage, get: () => CnnLabState, set: Set): void {
  switch (message.type) {
    case 'confusion':
      set({
        evaluating: false, cell: null,
        confusion: {
          step: message.step, accuracy: message.accuracy, predictions: message.predictions, labels: message.labels,
          counts: confusionCounts(message.predictions, message.labels),
        },
      });
      return;
    case 'testImages': {
      const cell = get().cell;
      if (!cell || cell.truth * 10 + cell.predicted !== message.requestId) return;
      set({ cell: { ...cell, indices: message.indices, pixels: message.pixels } });
      return;
    }
    case 'effectiveField': {
      const current = get().effectiveField;
      if (current && current.requestId > message.requestId) return;
      set({ effectiveField: { requestId: message.requestId, unit: message.unit, values: message.values } });
      return;
    }
    case 'inspected': {
      const holder = get().inspectionHolder;
      // Answers can overtake each other; keep only the newest request's.
      if (holder.current && holder.current.requestId > message.requestId) return;
      holder.current = { requestId: message.requestId, step: message.step, label: message.label, layers: message.layers, filters: message.filters };
      set({ inspectionVersion: get().inspectionVersion + 1 });
      return;
    }
    default:
      return;
  }
}
