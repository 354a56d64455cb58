/**
 * Keeps every screen's configuration where it survives: in the address (the current screen's, so
 * the address is always a share link) and in local storage (each screen's last one, so a reload or
 * a closed tab loses nothing). Writes are debounced and replace the history entry, so editing
 * never floods Back with steps. At start it says what each screen should begin from: the link's
 * configuration for the screen the link names, otherwise what storage kept.
 */
import type { Locale } from '../../content/locale';
import type { KeyValueStorage } from '../preferences';
import { encodeShareHash, readShareHash, type ShareLink, type ShareProblem } from './shareCodec';
import { isObject, type SharedField, type SharedObject } from './shareFields';

export const CONFIG_KEY_PREFIX = 'cnn-rnn-playground:config:';
export const WRITE_DELAY_MS = 300;
/** Where a tab remembers the last address it wrote (session storage: per tab, kept across reloads). */
export const OWN_HASH_KEY = 'cnn-rnn-playground:own-hash';

export interface ShareNotice {
  problems: ShareProblem[];
  /** Settings the link held that were not allowed, replaced by defaults. */
  replaced: SharedField[];
}

export interface StartupConfig {
  config: SharedObject;
  from: 'link' | 'storage';
}

export interface ShareEnvironment {
  /** The link the page was opened with, and its hash as it was. */
  link: ShareLink;
  currentHash: string;
  storage: KeyValueStorage | null;
  /**
   * This tab's own memory. A reload that comes faster than the debounced address write would
   * otherwise read an address older than what storage holds; an address this tab wrote itself
   * is therefore not treated as a link.
   */
  session: KeyValueStorage | null;
  /** Replaces the address's hash without a new history entry. */
  writeHash(hash: string): void;
  /** The route the address names right now (`cnn` for #/cnn?…, `nowhere` for #/nowhere), if the environment can tell. */
  addressRoute?(): string;
  /** Timers (real ones in the page, fake ones in tests). */
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ShareSync {
  /** The notice to show at start, or null when the link was read whole (or there was none). */
  readonly startupNotice: ShareNotice | null;
  /** What a screen's lab starts from (taken once; later calls return null). */
  takeStartupConfig(screen: string): StartupConfig | null;
  /** A lab's configuration changed (or the screen, or the language: pass the current ones). */
  report(screen: string, config: SharedObject): void;
  /** The address should show this screen and language (with the screen's last configuration). */
  show(screen: string, locale: Locale): void;
  /**
   * True when an address holds settings this page did not write (a link pasted into the same tab):
   * the page must open it afresh. Back and Forward to what the page wrote itself are not foreign.
   */
  isForeign(hash: string): boolean;
  /** Stops writing the address (the page is about to reload into a new link, which must not be overwritten). */
  stop(): void;
  /** Writes a pending address change now (Copy link right after an edit must copy the edit). */
  flush(): void;
}

export function readStoredConfig(storage: KeyValueStorage | null, screen: string): SharedObject | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CONFIG_KEY_PREFIX + screen) ?? 'null');
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function ownHash(env: ShareEnvironment): string | null {
  try {
    return env.session?.getItem(OWN_HASH_KEY) ?? null;
  } catch {
    return null;
  }
}

export function createShareSync(env: ShareEnvironment, screen: string, locale: Locale): ShareSync {
  const { link } = env;
  // The address this tab wrote itself before a reload is not a link: storage has the newest settings.
  const ownAddress = link.config !== null && ownHash(env) === env.currentHash;
  const taken = new Set<string>();
  const configs = new Map<string, string>();
  let current = { screen, locale };
  let timer: unknown = null;
  let lastHash = '';
  let stopped = false;

  const write = () => {
    timer = null;
    // Back, Forward or a typed address may have moved the address to another route after this
    // write was scheduled and before the shell has followed it: writing now would put this
    // screen's settings on the other entry (or undo the move). Try again once they agree; the
    // other screen's show() replaces this attempt with its own write.
    const route = env.addressRoute?.();
    if (route !== undefined && route !== current.screen) {
      schedule();
      return;
    }
    const json = configs.get(current.screen);
    const hash = json ? encodeShareHash(current.screen, current.locale, JSON.parse(json) as SharedObject) : `#/${current.screen}`;
    if (hash !== lastHash) env.writeHash(hash);
    lastHash = hash;
    try {
      env.session?.setItem(OWN_HASH_KEY, hash);
    } catch {
      // Without session storage a quick reload may show the address's (slightly older) settings.
    }
  };
  const schedule = () => {
    if (stopped) return;
    if (timer !== null) env.clearTimeout(timer);
    timer = env.setTimeout(write, WRITE_DELAY_MS);
  };

  return {
    startupNotice: link.problems.length > 0 ? { problems: link.problems, replaced: [] } : null,
    takeStartupConfig(name) {
      if (taken.has(name)) return null;
      taken.add(name);
      // A link that names this screen and carries settings decides, even when they could not be read.
      const linkSpeaks = !ownAddress && link.route === name && (link.config !== null || link.problems.length > 0);
      if (linkSpeaks) return link.config ? { config: link.config, from: 'link' } : null;
      const stored = readStoredConfig(env.storage, name);
      return stored ? { config: stored, from: 'storage' } : null;
    },
    report(name, config) {
      const json = JSON.stringify(config);
      if (configs.get(name) === json) return;
      configs.set(name, json);
      try {
        env.storage?.setItem(CONFIG_KEY_PREFIX + name, json);
      } catch {
        // Full or disabled storage: the address still carries the configuration.
      }
      if (name === current.screen) schedule();
    },
    flush() {
      if (stopped || timer === null) return;
      env.clearTimeout(timer);
      write();
    },
    stop() {
      stopped = true;
      if (timer !== null) env.clearTimeout(timer);
      timer = null;
    },
    isForeign(hash) {
      const other = readShareHash(hash);
      if (other.config === null) return other.problems.length > 0;
      return configs.get(other.route) !== JSON.stringify(other.config);
    },
    show(name, nextLocale) {
      if (name === current.screen && nextLocale === current.locale) return;
      current = { screen: name, locale: nextLocale };
      schedule();
    },
  };
}
