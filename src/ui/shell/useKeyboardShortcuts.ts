/**
 * The playground's keys: Space trains or pauses, → takes one step, R resets, P toggles presentation
 * mode and ? lists them. They never fire while the user types in a field or works a control that
 * uses those keys itself (a button's Space, a slider's arrows, a feature map's arrows).
 */
import { useEffect } from 'react';
import type { ShortcutTarget } from './shortcutTarget';

export interface ShortcutActions {
  target: ShortcutTarget;
  togglePresentation(): void;
  showShortcuts(): void;
}

/** Elements whose own keyboard use must win over the shortcuts. */
const OWN_KEYS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="application"], [role="grid"], [role="slider"], dialog[open]';
const ACTIVATES_ON_SPACE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"], [role="tab"]';

export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): 'toggle' | 'step' | 'reset' | 'presentation' | 'help' | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const element = typeof Element !== 'undefined' && event.target instanceof Element ? event.target : null;
  if (element?.closest(OWN_KEYS)) return null;
  switch (event.key) {
    case ' ':
      return element?.closest(ACTIVATES_ON_SPACE) ? null : 'toggle';
    case 'ArrowRight':
      return 'step';
    case 'r':
    case 'R':
      return 'reset';
    case 'p':
    case 'P':
      return 'presentation';
    case '?':
      return 'help';
    default:
      return null;
  }
}

export function useKeyboardShortcuts({ target, togglePresentation, showShortcuts }: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      const lab = target.current();
      const handled = shortcut === 'toggle' ? lab?.toggleTraining() ?? false
        : shortcut === 'step' ? lab?.step() ?? false
        : shortcut === 'reset' ? lab?.reset() ?? false
        : shortcut === 'presentation' ? (togglePresentation(), true)
        : (showShortcuts(), true);
      // Space would otherwise scroll the page.
      if (handled || shortcut === 'toggle') event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [target, togglePresentation, showShortcuts]);
}
