/**
 * What the "look inside" views show: the chosen input (a test digit or the user's drawing), the
 * selected unit, and the latest activations. The activations themselves stay out of the store
 * (they are large and change several times a second); the store only counts versions.
 */
import type { StateCreator } from 'zustand';
import type { LayerActivation, LayerFilters } from '../../engine/inspection';
import type { InspectInput } from '../../workers/protocol';
import type { CnnLabState } from './cnnLabStore';

export interface Inspection {
  requestId: number;
  step: number;
  /** The true label for a test digit; null for a drawing. */
  label: number | null;
  layers: LayerActivation[];
  filters: LayerFilters[];
}

/** A unit of a feature map: `layerIndex` indexes spec.layers; row and column are 0-based. */
export interface SelectedUnit {
  layerIndex: number;
  channel: number;
  row: number;
  col: number;
}

export interface InspectSlice {
  inspectInput: InspectInput | null;
  /** Bumped whenever `inspectionHolder.current` changes. */
  inspectionVersion: number;
  /** Stable holder of the latest activations (read it after selecting inspectionVersion). */
  inspectionHolder: { current: Inspection | null; nextRequestId: number };
  selectedUnit: SelectedUnit | null;
  showEffectiveField: boolean;
  /** ∂unit/∂pixel for the selected unit and input, [28·28]. */
  effectiveField: { requestId: number; unit: SelectedUnit; values: Float32Array } | null;
  setShowEffectiveField(show: boolean): void;
  chooseInput(input: InspectInput | null): void;
  requestInspection(): void;
  requestEffectiveField(): void;
  selectUnit(unit: SelectedUnit | null): void;
}

export const createInspectSlice: StateCreator<CnnLabState, [], [], InspectSlice> = (set, get) => ({
  inspectInput: { kind: 'test', index: 0 },
  inspectionVersion: 0,
  inspectionHolder: { current: null, nextRequestId: 1 },
  selectedUnit: null,
  showEffectiveField: false,
  effectiveField: null,
  setShowEffectiveField(show) {
    set({ showEffectiveField: show, effectiveField: null });
    get().requestEffectiveField();
  },
  chooseInput(input) {
    set({ inspectInput: input });
    if (!input) {
      get().inspectionHolder.current = null;
      set({ inspectionVersion: get().inspectionVersion + 1 });
      return;
    }
    get().requestInspection();
  },
  requestInspection() {
    const { inspectInput, send, slot, sessionId, inspectionHolder, configured } = get();
    if (!inspectInput || !configured) return;
    const requestId = inspectionHolder.nextRequestId++;
    // Drawings are copied: the pad keeps editing its own buffer.
    const input = inspectInput.kind === 'pixels' ? { kind: 'pixels' as const, pixels: inspectInput.pixels.slice() } : inspectInput;
    send({ type: 'inspect', slot, sessionId, requestId, input });
    get().requestEffectiveField();
  },
  requestEffectiveField() {
    const { showEffectiveField, selectedUnit, inspectInput, send, slot, sessionId, inspectionHolder, configured } = get();
    if (!showEffectiveField || !selectedUnit || selectedUnit.layerIndex < 0 || !inspectInput || !configured) return;
    const input = inspectInput.kind === 'pixels' ? { kind: 'pixels' as const, pixels: inspectInput.pixels.slice() } : inspectInput;
    send({ type: 'effectiveField', slot, sessionId, requestId: inspectionHolder.nextRequestId++, input, unit: selectedUnit });
  },
  selectUnit(unit) {
    set({ selectedUnit: unit });
    get().requestEffectiveField();
  },
});
