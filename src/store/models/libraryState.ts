/**
 * The shell's view of the saved-model library: the list both labs' dialogs show, kept in step with
 * every save, rename and delete. Failures become a problem code in the state, never an exception
 * the page has to catch (except where a lab must know that its save or load failed).
 */
import type { StoreApi } from 'zustand/vanilla';
import { LibraryError, type LibraryProblem, type ModelLibrary, type SavedModelInfo } from './modelLibrary';

export interface LibraryState {
  /** The models saved in this browser (both labs), newest first; null until first read. */
  savedModels: SavedModelInfo[] | null;
  libraryProblem: LibraryProblem | null;
  refreshSavedModels(): Promise<void>;
  /** Throws a LibraryError when the browser refuses (the saving lab words it). */
  saveToLibrary(info: Omit<SavedModelInfo, 'id'>, file: Uint8Array): Promise<SavedModelInfo>;
  readFromLibrary(id: number): Promise<Uint8Array>;
  renameSavedModel(id: number, name: string): Promise<void>;
  deleteSavedModel(id: number): Promise<void>;
}

const problemOf = (error: unknown): LibraryProblem => (error instanceof LibraryError ? error.problem : { code: 'failed', detail: String(error) });

export function createLibraryState(library: ModelLibrary, store: () => StoreApi<LibraryState>): LibraryState {
  const set = (patch: Partial<LibraryState>) => store().setState(patch);
  const refresh = async () => {
    try {
      set({ savedModels: await library.list(), libraryProblem: null });
    } catch (error) {
      set({ savedModels: [], libraryProblem: problemOf(error) });
    }
  };
  /** Runs a change, then shows the list as the database now has it (also after a failure). */
  const change = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refresh();
    } catch (error) {
      await refresh();
      set({ libraryProblem: problemOf(error) });
    }
  };
  return {
    savedModels: null,
    libraryProblem: null,
    refreshSavedModels: refresh,
    async saveToLibrary(info, file) {
      const saved = await library.save(info, file);
      await refresh();
      return saved;
    },
    readFromLibrary: (id) => library.read(id),
    renameSavedModel: (id, name) => change(() => library.rename(id, name)),
    deleteSavedModel: (id) => change(() => library.remove(id)),
  };
}
