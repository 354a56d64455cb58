/** The test-set confusion matrix and the misclassified digits behind a chosen cell. */
import type { StateCreator } from 'zustand';
import type { CnnLabState } from './cnnLabStore';

export interface Confusion {
  step: number;
  accuracy: number;
  /** counts[truth * 10 + predicted] */
  counts: Int32Array;
  predictions: Uint8Array;
  labels: Uint8Array;
}

export interface CellExamples {
  truth: number;
  predicted: number;
  /** Test-set indices of the images in this cell (at most 64 are fetched). */
  indices: number[];
  total: number;
  pixels: Uint8Array | null;
}

export interface ConfusionSlice {
  confusion: Confusion | null;
  evaluating: boolean;
  cell: CellExamples | null;
  evaluateAll(): void;
  chooseCell(truth: number, predicted: number): void;
}

export const CLASSES = 10;
export const MAX_CELL_EXAMPLES = 64;

/** counts[t * classes + p] = number of test images of class t predicted as p. */
export function confusionCounts(predictions: Uint8Array, labels: Uint8Array, classes = CLASSES): Int32Array {
  const counts = new Int32Array(classes * classes);
  for (let i = 0; i < labels.length; i++) counts[labels[i]! * classes + predictions[i]!]! += 1;
  return counts;
}

export const createConfusionSlice: StateCreator<CnnLabState, [], [], ConfusionSlice> = (set, get) => ({
  confusion: null,
  evaluating: false,
  cell: null,
  evaluateAll() {
    const { configured, slot, sessionId, send } = get();
    if (!configured) return;
    set({ evaluating: true });
    send({ type: 'evaluateAll', slot, sessionId });
  },
  chooseCell(truth, predicted) {
    const confusion = get().confusion;
    if (!confusion) return;
    const indices: number[] = [];
    let total = 0;
    for (let i = 0; i < confusion.labels.length; i++) {
      if (confusion.labels[i] !== truth || confusion.predictions[i] !== predicted) continue;
      total++;
      if (indices.length < MAX_CELL_EXAMPLES) indices.push(i);
    }
    set({ cell: { truth, predicted, indices, total, pixels: null } });
    const { slot, sessionId, send } = get();
    if (indices.length) send({ type: 'testImages', slot, sessionId, requestId: truth * CLASSES + predicted, indices });
  },
});
