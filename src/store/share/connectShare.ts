/**
 * Gives a lab its starting configuration (from the link or from storage) before its first session,
 * and reports every later change of it, so the address and storage always hold the latest.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ShellStore, ScreenId } from '../shellStore';
import type { SharedField, SharedObject } from './shareFields';

export interface LabShareAdapter<S, V> {
  read(config: SharedObject): { value: V; replaced: SharedField[] };
  apply(value: V): void;
  /** The link's JSON for the lab's state. */
  toJson(state: S): SharedObject;
  /** The parts of the state the configuration is made of (compared by reference, so training progress costs nothing). */
  parts(state: S): unknown[];
}

export function startFromShared<S, V>(shell: ShellStore, screen: ScreenId, adapter: LabShareAdapter<S, V>): void {
  const startup = shell.getState().share?.takeStartupConfig(screen);
  if (!startup) return;
  const { value, replaced } = adapter.read(startup.config);
  adapter.apply(value);
  // What storage held was written by this page; only a link's replacements are news to the reader.
  if (startup.from === 'link') shell.getState().noteReplaced(replaced);
}

export function reportShared<S, V>(shell: ShellStore, screen: ScreenId, store: StoreApi<S>, adapter: LabShareAdapter<S, V>): void {
  const share = shell.getState().share;
  if (!share) return;
  let parts = adapter.parts(store.getState());
  share.report(screen, adapter.toJson(store.getState()));
  store.subscribe((state) => {
    const next = adapter.parts(state);
    if (next.every((part, i) => part === parts[i])) return;
    parts = next;
    share.report(screen, adapter.toJson(state));
  });
}
