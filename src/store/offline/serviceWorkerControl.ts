/** The page's service worker through workbox-window: register, hear about installs and waiting updates, apply one. */
import { Workbox } from 'workbox-window';
import type { OfflineControl } from './offlineState';

/** How often an open page looks for a new deployment (a lecture can last hours). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Null where service workers cannot run (insecure origins, old browsers, the dev server). */
export function createServiceWorkerControl(scriptUrl: string): OfflineControl | null {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return null;
  const workbox = new Workbox(scriptUrl, { scope: './' });
  return {
    controlled: navigator.serviceWorker.controller !== null,
    register(listener) {
      workbox.addEventListener('activated', (event) => {
        if (!event.isUpdate && !event.isExternal) listener('installed');
      });
      // A new version waits until this page lets it take over: code and data never mix across versions.
      workbox.addEventListener('waiting', () => listener('updateReady'));
      workbox.addEventListener('controlling', (event) => {
        if (event.isUpdate) window.location.reload();
      });
      void workbox.register().then(() => {
        window.setInterval(() => void workbox.update(), UPDATE_CHECK_MS);
      }).catch(() => {
        // Without a service worker the page still works online; nothing to tell the reader.
      });
    },
    applyUpdate() {
      workbox.messageSkipWaiting();
    },
  };
}
