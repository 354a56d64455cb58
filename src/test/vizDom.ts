/**
 * Helpers for renderer tests under jsdom: a detached container of a given width (jsdom lays
 * nothing out, so clientWidth is 0 unless told), and a way to run the frame a renderer waits for.
 * Call vi.useFakeTimers() before creating the renderer, so its frame scheduler is faked too.
 */
import { vi } from 'vitest';

/** A container not attached to any document, reporting the given width. */
export function detachedRoot(width = 300): HTMLDivElement {
  const root = document.createElement('div');
  Object.defineProperty(root, 'clientWidth', { configurable: true, value: width });
  return root;
}

/** Runs the pending animation frame, where renderers draw the latest data. */
export function nextFrame(): void {
  vi.advanceTimersToNextFrame();
}
