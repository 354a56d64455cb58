/** The CNN lab's own store, for its components; created once per page and kept across screen switches. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CnnLabState, CnnLabStore } from '../../store/cnn/cnnLabStore';

export const CnnContext = createContext<CnnLabStore | null>(null);

export function useCnnStore(): CnnLabStore {
  const store = useContext(CnnContext);
  if (!store) throw new Error('useCnnStore must be used inside <CnnContext.Provider>');
  return store;
}

export function useCnn<T>(selector: (state: CnnLabState) => T): T {
  return useStore(useCnnStore(), selector);
}
