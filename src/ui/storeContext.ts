/**
 * Gives components their stores: the shell (shared by every screen) and the lab they sit in.
 * Hooks select the smallest piece a component needs.
 */
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { ShellState, ShellStore } from '../store/shellStore';
import type { TrainingSlice } from '../store/lab/trainingSlice';

export const ShellContext = createContext<ShellStore | null>(null);

export function useShellStore(): ShellStore {
  const store = useContext(ShellContext);
  if (!store) throw new Error('useShellStore must be used inside <ShellContext.Provider>');
  return store;
}

export function useShell<T>(selector: (state: ShellState) => T): T {
  return useStore(useShellStore(), selector);
}

/** The training part every lab's store shares, for the components both labs use (ui/lab/). */
export type LabStore = StoreApi<TrainingSlice>;
export const LabContext = createContext<LabStore | null>(null);

export function useLabStore(): LabStore {
  const store = useContext(LabContext);
  if (!store) throw new Error('useLabStore must be used inside <LabContext.Provider>');
  return store;
}

export function useLab<T>(selector: (state: TrainingSlice) => T): T {
  return useStore(useLabStore(), selector);
}
