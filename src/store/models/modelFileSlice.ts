/**
 * Saving and loading a lab's trained model, the same for both labs: in this browser's library or
 * as a file. A file is read whole and checked before anything changes; a refused one leaves the
 * current network, its training and its settings exactly as they were, with a notice saying why.
 */
import type { StateCreator } from 'zustand';
import type { TrainingSlice } from '../lab/trainingSlice';
import type { SharedObject } from '../share/shareFields';
import { LibraryError, type LibraryProblem } from './modelLibrary';
import { encodeModel, readModelFile, snapshotIsFinite, type LabModelFormat, type ModelFileProblem, type SavedRun } from './modelFileFormat';
import { historyUpTo } from './readRun';
import { MAX_MODEL_FILE_BYTES } from '../../engine/modelFile/modelFileCodec';

export type ModelNotice =
  | { kind: 'saved'; name: string; where: 'browser' | 'file' }
  | { kind: 'loaded'; name: string; step: number }
  /** A file or saved model that was not loaded, and why; `source` is its file name or saved name. */
  | { kind: 'refused'; source: string; problem: ModelFileProblem }
  | { kind: 'libraryProblem'; problem: LibraryProblem }
  /** Nothing to save yet (the network is still being built), or weights that are no longer numbers. */
  | { kind: 'notSaved'; reason: 'notReady' | 'weightsNotFinite' };

export interface ModelFileSlice {
  modelBusy: 'saving' | 'loading' | null;
  modelNotice: ModelNotice | null;
  /**
   * Saves the current session under `name`: into this browser's list, or as file bytes for the
   * page to download. Returns the bytes, or null when nothing was saved (the notice says why).
   */
  saveModel(name: string, where: 'browser' | 'file'): Promise<Uint8Array | null>;
  /** Loads a model file; false when it is refused (the notice says why and nothing else changes). */
  loadModelBytes(bytes: Uint8Array, source: string): boolean;
  /** Loads a file the user picked: one too large to be a model is refused before it is read. */
  loadModelFile(source: string, size: number, read: () => Promise<ArrayBuffer>): Promise<boolean>;
  loadSavedModel(id: number, name: string): Promise<boolean>;
  dismissModelNotice(): void;
}

/** What a lab adds: its file format, its settings as written, and how a loaded value becomes its state. */
export interface LabModelAdapter<S, V> {
  format: LabModelFormat<V>;
  settings(state: S): SharedObject;
  presetId(state: S): string | null;
  /** Puts a loaded configuration into the lab (without starting a session). */
  apply(value: V, presetId: string | null): void;
}

type LabWithModels = TrainingSlice & ModelFileSlice;

const savedRunOf = (state: TrainingSlice): SavedRun => ({
  step: state.step, epoch: state.epoch, epochProgress: state.epochProgress, loss: state.loss,
  trainAccuracy: state.trainAccuracy, test: state.test, history: state.history,
});

export function createModelFileSlice<S extends LabWithModels, V>(adapter: LabModelAdapter<S, V>): StateCreator<S, [], [], ModelFileSlice> {
  return (set, get) => {
    const notice = (modelNotice: ModelNotice | null) => set({ modelNotice } as Partial<S>);
    return {
      modelBusy: null,
      modelNotice: null,
      async saveModel(name, where) {
        const state = get();
        const shell = state.shell.getState();
        if (!state.configured) {
          notice({ kind: 'notSaved', reason: 'notReady' });
          return null;
        }
        // Everything but the weights is taken now, so the file describes the session asked for.
        const taken = { settings: adapter.settings(state), presetId: adapter.presetId(state), run: savedRunOf(state) };
        set({ modelBusy: 'saving' } as Partial<S>);
        try {
          const snapshot = await shell.requestSnapshot(state.slot, state.sessionId);
          if (!snapshot) {
            notice({ kind: 'notSaved', reason: 'notReady' });
            return null;
          }
          if (!snapshotIsFinite(snapshot)) {
            notice({ kind: 'notSaved', reason: 'weightsNotFinite' });
            return null;
          }
          const savedAt = new Date().toISOString();
          const run = { ...taken.run, step: snapshot.step, history: historyUpTo(taken.run.history, snapshot.step) };
          const bytes = encodeModel({ lab: adapter.format.lab, name, savedAt, presetId: taken.presetId, settings: taken.settings, run, snapshot });
          if (where === 'browser') {
            await shell.saveToLibrary({
              lab: adapter.format.lab, name, savedAt, bytes: bytes.length, presetId: taken.presetId,
              step: snapshot.step, epoch: run.epoch, testAccuracy: run.test?.accuracy ?? null,
            }, bytes);
          }
          notice({ kind: 'saved', name, where });
          return bytes;
        } catch (error) {
          notice({ kind: 'libraryProblem', problem: error instanceof LibraryError ? error.problem : { code: 'failed', detail: String(error) } });
          return null;
        } finally {
          set({ modelBusy: null } as Partial<S>);
        }
      },
      loadModelBytes(bytes, source) {
        const read = readModelFile(bytes, adapter.format);
        if (!read.ok) {
          notice({ kind: 'refused', source, problem: read.problem });
          return false;
        }
        const { model } = read;
        adapter.apply(model.value, model.presetId);
        get().restoreSession(model.config, model.snapshot, model.run);
        notice({ kind: 'loaded', name: model.name, step: model.run.step });
        return true;
      },
      async loadModelFile(source, size, read) {
        if (size > MAX_MODEL_FILE_BYTES) {
          notice({ kind: 'refused', source, problem: { code: 'tooLarge', bytes: size, max: MAX_MODEL_FILE_BYTES } });
          return false;
        }
        set({ modelBusy: 'loading' } as Partial<S>);
        try {
          return get().loadModelBytes(new Uint8Array(await read()), source);
        } catch (error) {
          notice({ kind: 'libraryProblem', problem: { code: 'failed', detail: String(error) } });
          return false;
        } finally {
          set({ modelBusy: null } as Partial<S>);
        }
      },
      async loadSavedModel(id, name) {
        set({ modelBusy: 'loading' } as Partial<S>);
        try {
          const bytes = await get().shell.getState().readFromLibrary(id);
          return get().loadModelBytes(bytes, name);
        } catch (error) {
          notice({ kind: 'libraryProblem', problem: error instanceof LibraryError ? error.problem : { code: 'failed', detail: String(error) } });
          return false;
        } finally {
          set({ modelBusy: null } as Partial<S>);
        }
      },
      dismissModelNotice() {
        notice(null);
      },
    };
  };
}
