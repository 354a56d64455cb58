/**
 * The lab the keyboard shortcuts drive: the screen's own training controls register here while
 * they are shown, so Space, → and R act on whatever lab is on screen (and nothing, when none is).
 */
import { createContext, useContext } from 'react';

export interface LabShortcuts {
  /** Train when paused, pause when training; false when training cannot start (nothing happens). */
  toggleTraining(): boolean;
  step(): boolean;
  reset(): boolean;
}

export interface ShortcutTarget {
  current(): LabShortcuts | null;
  /** The controls on screen register their actions (and null when they leave). */
  register(shortcuts: LabShortcuts | null): void;
}

export function createShortcutTarget(): ShortcutTarget {
  let shortcuts: LabShortcuts | null = null;
  return {
    current: () => shortcuts,
    register(next) {
      shortcuts = next;
    },
  };
}

export const ShortcutContext = createContext<ShortcutTarget>(createShortcutTarget());
export const useShortcutTarget = () => useContext(ShortcutContext);
