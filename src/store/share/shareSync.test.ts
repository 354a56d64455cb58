import { describe, expect, it } from 'vitest';
import { createShareSync, CONFIG_KEY_PREFIX, OWN_HASH_KEY, WRITE_DELAY_MS, type ShareEnvironment } from './shareSync';
import { encodeShareHash, readShareHash } from './shareCodec';

function environment(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const writes: string[] = [];
  const timers: (() => void)[] = [];
  const session = new Map<string, string>();
  const env: ShareEnvironment = {
    link: readShareHash(hash),
    currentHash: hash,
    session: { getItem: (k) => session.get(k) ?? null, setItem: (k, v) => void session.set(k, v) },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    writeHash: (h) => writes.push(h),
    setTimeout: (run, ms) => { expect(ms).toBe(WRITE_DELAY_MS); timers.push(run); return timers.length; },
    clearTimeout: (handle) => { timers[(handle as number) - 1] = () => {}; },
  };
  return { env, storage, session, writes, flush: () => timers.splice(0).forEach((run) => run()) };
}

describe('keeping configurations in the address and in storage', () => {
  it('starts the linked screen from the link, and every other screen from storage', () => {
    const { env } = environment(encodeShareHash('cnn', 'en', { seed: 7 }), { [`${CONFIG_KEY_PREFIX}rnn`]: '{"seed":9}', [`${CONFIG_KEY_PREFIX}cnn`]: '{"seed":5}' });
    const sync = createShareSync(env, 'cnn', 'en');
    expect(sync.takeStartupConfig('cnn')).toEqual({ config: { seed: 7 }, from: 'link' });
    expect(sync.takeStartupConfig('cnn')).toBeNull();
    expect(sync.takeStartupConfig('rnn')).toEqual({ config: { seed: 9 }, from: 'storage' });
    expect(sync.startupNotice).toBeNull();
  });

  it('a damaged link for a screen gives defaults there, not what storage kept', () => {
    const { env } = environment('#/cnn?v=1&c=%%%', { [`${CONFIG_KEY_PREFIX}cnn`]: '{"seed":5}' });
    const sync = createShareSync(env, 'cnn', 'en');
    expect(sync.takeStartupConfig('cnn')).toBeNull();
    expect(sync.startupNotice?.problems).toEqual([{ code: 'unreadable' }]);
  });

  it('after a quick reload, the address this tab wrote itself gives way to the newer stored settings', () => {
    const hash = encodeShareHash('cnn', 'en', { seed: 7 });
    const { env, session } = environment(hash, { [`${CONFIG_KEY_PREFIX}cnn`]: '{"seed":8}' });
    session.set(OWN_HASH_KEY, hash);
    expect(createShareSync(env, 'cnn', 'en').takeStartupConfig('cnn')).toEqual({ config: { seed: 8 }, from: 'storage' });
  });

  it('corrupt storage is ignored', () => {
    const { env } = environment('#/rnn', { [`${CONFIG_KEY_PREFIX}rnn`]: '{"seed":' });
    expect(createShareSync(env, 'rnn', 'en').takeStartupConfig('rnn')).toBeNull();
  });

  it('stores every change at once, and writes the current screen to the address after a pause', () => {
    const { env, storage, writes, flush } = environment('#/cnn');
    const sync = createShareSync(env, 'cnn', 'en');
    sync.report('cnn', { seed: 1 });
    sync.report('cnn', { seed: 2 });
    sync.report('rnn', { seed: 3 });
    expect(storage.get(`${CONFIG_KEY_PREFIX}cnn`)).toBe('{"seed":2}');
    expect(storage.get(`${CONFIG_KEY_PREFIX}rnn`)).toBe('{"seed":3}');
    expect(writes).toEqual([]);
    flush();
    expect(writes).toEqual([encodeShareHash('cnn', 'en', { seed: 2 })]);
    sync.show('rnn', 'zh-TW');
    flush();
    expect(writes.at(-1)).toBe(encodeShareHash('rnn', 'zh-TW', { seed: 3 }));
    expect(readShareHash(writes.at(-1)!)).toMatchObject({ route: 'rnn', locale: 'zh-TW', config: { seed: 3 } });
    // Back to what the page wrote itself is not a new link; a link with other settings is.
    expect(sync.isForeign(encodeShareHash('cnn', 'en', { seed: 2 }))).toBe(false);
    expect(sync.isForeign('#/cnn')).toBe(false);
    expect(sync.isForeign(encodeShareHash('cnn', 'en', { seed: 8 }))).toBe(true);
    expect(sync.isForeign('#/cnn?v=1&c=!!')).toBe(true);
    // Once stopped (a reload into a new link is under way), nothing more is written.
    sync.report('rnn', { seed: 11 });
    sync.stop();
    flush();
    expect(writes.at(-1)).toBe(encodeShareHash('rnn', 'zh-TW', { seed: 3 }));
  });

  it('a write that falls after Back moved the address to another screen leaves that screen\'s entry alone', () => {
    const { env, writes, flush } = environment('#/cnn');
    let address = 'rnn';
    env.addressRoute = () => address;
    const sync = createShareSync(env, 'cnn', 'en');
    sync.show('rnn', 'en');
    sync.report('rnn', { seed: 3 });
    // Back: the address says cnn before the shell has shown the CNN lab; the pending RNN write must not land there.
    address = 'cnn';
    flush();
    expect(writes).toEqual([]);
    // An unknown route typed in the address bar is not overwritten either, until the shell replaces it.
    address = 'nowhere';
    flush();
    expect(writes).toEqual([]);
    address = 'cnn';
    sync.report('cnn', { seed: 4 });
    sync.show('cnn', 'en');
    flush();
    expect(writes).toEqual([encodeShareHash('cnn', 'en', { seed: 4 })]);
  });

  it('Copy link right after an edit writes the pending address at once', () => {
    const { env, writes, flush } = environment('#/rnn');
    const sync = createShareSync(env, 'rnn', 'en');
    sync.report('rnn', { cell: 'gru' });
    expect(writes).toEqual([]);
    sync.flush();
    expect(writes).toEqual([encodeShareHash('rnn', 'en', { cell: 'gru' })]);
    // The debounced write that was cancelled does not write again, and nothing pending means nothing written.
    flush();
    sync.flush();
    expect(writes).toHaveLength(1);
  });
});
