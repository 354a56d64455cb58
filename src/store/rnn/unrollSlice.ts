/**
 * What the unrolled view shows: the chosen test example, the latest gates the worker recomputed
 * for it (kept outside the store: they are large and change while training; the store counts
 * versions), and the selected cell (layer, direction, step, unit) whose equations are shown.
 */
import type { StateCreator } from 'zustand';
import type { UnrolledExample } from '../../workers/protocol';
import type { Direction } from '../../engine/recurrent/unroll';
import type { RnnLabState } from './rnnLabStore';

export interface Unrolled extends UnrolledExample {
  requestId: number;
  /** The training step the gates describe. */
  step: number;
}

export interface SelectedGateCell {
  layer: number;
  direction: Direction;
  step: number;
  unit: number;
}

/** The views that need the worker to unroll the network; while neither is open, nothing is requested. */
export type UnrollView = 'unrolled' | 'gradients';

export interface UnrollSlice {
  exampleIndex: number;
  viewsOpen: Record<UnrollView, boolean>;
  /** The step whose gradient the gradients chart writes out; null follows the first step. */
  gradientStep: number | null;
  setViewOpen(view: UnrollView, open: boolean): void;
  chooseGradientStep(step: number): void;
  /** Bumped whenever `unrollHolder.current` changes. */
  unrollVersion: number;
  unrollHolder: { current: Unrolled | null; nextRequestId: number };
  selectedCell: SelectedGateCell;
  chooseExample(index: number): void;
  requestUnroll(): void;
  selectCell(cell: SelectedGateCell): void;
}

export const createUnrollSlice: StateCreator<RnnLabState, [], [], UnrollSlice> = (set, get) => ({
  exampleIndex: 0,
  viewsOpen: { unrolled: true, gradients: true },
  gradientStep: null,
  setViewOpen(view, open) {
    set({ viewsOpen: { ...get().viewsOpen, [view]: open } });
    if (open) get().requestUnroll();
  },
  chooseGradientStep(step) {
    set({ gradientStep: step });
  },
  unrollVersion: 0,
  unrollHolder: { current: null, nextRequestId: 1 },
  selectedCell: { layer: 0, direction: 'forward', step: 0, unit: 0 },
  chooseExample(index) {
    set({ exampleIndex: index });
    get().requestUnroll();
  },
  requestUnroll() {
    const { configured, send, slot, sessionId, unrollHolder, exampleIndex, viewsOpen } = get();
    if (!configured || !(viewsOpen.unrolled || viewsOpen.gradients)) return;
    send({ type: 'unroll', slot, sessionId, requestId: unrollHolder.nextRequestId++, example: exampleIndex });
  },
  selectCell(cell) {
    set({ selectedCell: cell });
  },
});
