import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createModelLibrary, LibraryError, type SavedModelInfo } from './modelLibrary';

const info = (name: string, savedAt: string): Omit<SavedModelInfo, 'id'> => ({
  lab: 'cnn', name, savedAt, bytes: 3, presetId: 'lenet5', step: 10, epoch: 0, testAccuracy: 0.5,
});

describe('the saved-model library', () => {
  it('saves, lists newest first, reads the bytes back, renames and deletes', async () => {
    const library = createModelLibrary(new IDBFactory());
    const first = await library.save(info('first', '2026-12-01T10:00:00.000Z'), Uint8Array.of(1, 2, 3));
    const second = await library.save({ ...info('second', '2026-12-01T11:00:00.000Z'), lab: 'rnn' }, Uint8Array.of(9));
    expect((await library.list()).map((m) => m.name)).toEqual(['second', 'first']);
    expect(Array.from(await library.read(first.id))).toEqual([1, 2, 3]);
    expect((await library.rename(first.id, 'renamed')).name).toBe('renamed');
    expect((await library.list()).find((m) => m.id === first.id)!.name).toBe('renamed');
    await library.remove(second.id);
    expect((await library.list()).map((m) => m.id)).toEqual([first.id]);
    await expect(library.read(second.id)).rejects.toMatchObject({ problem: { code: 'notFound' } });
  });

  it('keeps what it saved across a reopen of the database', async () => {
    const factory = new IDBFactory();
    const saved = await createModelLibrary(factory).save(info('kept', '2026-12-01T10:00:00.000Z'), Uint8Array.of(7));
    const reopened = createModelLibrary(factory);
    expect((await reopened.list())[0]).toEqual(saved);
  });

  it('says the library is unavailable where the browser has no IndexedDB', async () => {
    const library = createModelLibrary(null);
    const error = await library.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).problem).toEqual({ code: 'unavailable' });
  });

  it('names a missing model instead of failing vaguely', async () => {
    const library = createModelLibrary(new IDBFactory());
    await expect(library.rename(42, 'x')).rejects.toMatchObject({ problem: { code: 'notFound' } });
    await expect(library.remove(42)).rejects.toMatchObject({ problem: { code: 'notFound' } });
  });
});
