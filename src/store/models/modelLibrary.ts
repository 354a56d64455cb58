/**
 * The models saved in this browser: an IndexedDB database with a small record per model (what the
 * list shows) and, in a second store under the same key, the model file's bytes (read only to load).
 * Both labs share it; every failure is a code the UI words.
 */

export type LabId = 'cnn' | 'rnn';

/** What the list of saved models shows about one of them. */
export interface SavedModelInfo {
  id: number;
  lab: LabId;
  name: string;
  /** ISO 8601. */
  savedAt: string;
  /** Size of the model file. */
  bytes: number;
  presetId: string | null;
  step: number;
  epoch: number | null;
  /** The last test accuracy shown when it was saved, or null. */
  testAccuracy: number | null;
}

export type LibraryProblem =
  /** IndexedDB is missing or refused (some private modes): models can still be downloaded as files. */
  | { code: 'unavailable' }
  /** The browser's storage for this site is full. */
  | { code: 'full' }
  | { code: 'notFound' }
  | { code: 'failed'; detail: string };

export class LibraryError extends Error {
  constructor(readonly problem: LibraryProblem) {
    super(problem.code);
  }
}

export interface ModelLibrary {
  /** Newest first. */
  list(): Promise<SavedModelInfo[]>;
  read(id: number): Promise<Uint8Array>;
  save(info: Omit<SavedModelInfo, 'id'>, file: Uint8Array): Promise<SavedModelInfo>;
  rename(id: number, name: string): Promise<SavedModelInfo>;
  remove(id: number): Promise<void>;
}

const DATABASE = 'cnn-rnn-playground';
const VERSION = 1;
const INFO = 'models';
const FILES = 'modelFiles';

function problemOf(error: unknown): LibraryProblem {
  if (error instanceof LibraryError) return error.problem;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return { code: 'full' };
  if (name === 'SecurityError' || name === 'InvalidStateError') return { code: 'unavailable' };
  return { code: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

const settle = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/** Resolves when the transaction has committed (writes are durable only then). */
const committed = (transaction: IDBTransaction) => new Promise<void>((resolve, reject) => {
  transaction.oncomplete = () => resolve();
  transaction.onabort = () => reject(transaction.error ?? new LibraryError({ code: 'failed', detail: 'aborted' }));
  transaction.onerror = () => reject(transaction.error);
});

/** The library over a given IndexedDB (the page's, or a fake in tests); null means none is available. */
export function createModelLibrary(indexedDB: IDBFactory | null): ModelLibrary {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () => {
    if (!indexedDB) return Promise.reject(new LibraryError({ code: 'unavailable' }));
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        request = indexedDB.open(DATABASE, VERSION);
      } catch (error) {
        reject(error);
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(INFO)) db.createObjectStore(INFO, { keyPath: 'id', autoIncrement: true });
        if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new LibraryError({ code: 'unavailable' }));
    }).catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };
  /** Runs `work` in one transaction and turns any failure into a LibraryError with a code. */
  const run = async <T>(mode: IDBTransactionMode, work: (info: IDBObjectStore, files: IDBObjectStore) => Promise<T>): Promise<T> => {
    try {
      const db = await open();
      const transaction = db.transaction([INFO, FILES], mode);
      const done = committed(transaction);
      const result = await work(transaction.objectStore(INFO), transaction.objectStore(FILES));
      await done;
      return result;
    } catch (error) {
      throw new LibraryError(problemOf(error));
    }
  };
  const infoOf = async (info: IDBObjectStore, id: number) => {
    const found = (await settle(info.get(id))) as SavedModelInfo | undefined;
    if (!found) throw new LibraryError({ code: 'notFound' });
    return found;
  };

  return {
    list: () => run('readonly', async (info) => {
      const all = (await settle(info.getAll())) as SavedModelInfo[];
      return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id - a.id);
    }),
    read: (id) => run('readonly', async (_info, files) => {
      const bytes = (await settle(files.get(id))) as Uint8Array | undefined;
      if (!bytes) throw new LibraryError({ code: 'notFound' });
      return new Uint8Array(bytes);
    }),
    save: (record, file) => run('readwrite', async (info, files) => {
      const id = (await settle(info.add({ ...record }))) as number;
      await settle(files.put(file, id));
      return { ...record, id };
    }),
    rename: (id, name) => run('readwrite', async (info) => {
      const renamed = { ...(await infoOf(info, id)), name };
      await settle(info.put(renamed));
      return renamed;
    }),
    remove: (id) => run('readwrite', async (info, files) => {
      await infoOf(info, id);
      await settle(info.delete(id));
      await settle(files.delete(id));
    }),
  };
}
