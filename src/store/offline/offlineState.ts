/**
 * Offline use as the shell shows it: whether this visit has just made the playground available
 * offline, and whether a newer version is waiting to take over. The service worker itself is
 * behind a small control (the page's, or a fake in tests), registered once the MNIST download is
 * complete so that installing it competes with nothing the first visit needs.
 */
import type { StoreApi } from 'zustand/vanilla';

export type OfflineEvent = 'installed' | 'updateReady';

export interface OfflineControl {
  /** Registers the service worker (and checks for a new version); calls `listener` on what it finds. */
  register(listener: (event: OfflineEvent) => void): void;
  /** Lets the waiting version take over; the page reloads into it. */
  applyUpdate(): void;
  /** True when this page is already served by a service worker (a repeat visit). */
  readonly controlled: boolean;
}

export interface OfflineState {
  /** The first visit's service worker has cached everything: the notice says the playground now works offline. */
  offlineJustReady: boolean;
  /** A new deployment is installed and waits; the page offers to reload into it. */
  updateReady: boolean;
  /** Called when the MNIST download completes (on a repeat visit, at once). */
  startOffline(): void;
  applyUpdate(): void;
  dismissOfflineNotice(): void;
  dismissUpdate(): void;
}

export function createOfflineState(control: OfflineControl | null, store: () => StoreApi<OfflineState>): OfflineState {
  let started = false;
  const set = (patch: Partial<OfflineState>) => store().setState(patch);
  return {
    offlineJustReady: false,
    updateReady: false,
    startOffline() {
      if (started || !control) return;
      started = true;
      control.register((event) => set(event === 'installed' ? { offlineJustReady: true } : { updateReady: true }));
    },
    applyUpdate() {
      control?.applyUpdate();
    },
    dismissOfflineNotice() {
      set({ offlineJustReady: false });
    },
    dismissUpdate() {
      set({ updateReady: false });
    },
  };
}
