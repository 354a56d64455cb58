/** The RNN lab's own store, for its components; created once per page and kept across screen switches. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { RnnLabState, RnnLabStore } from '../../store/rnn/rnnLabStore';

export const RnnContext = createContext<RnnLabStore | null>(null);

export function useRnnStore(): RnnLabStore {
  const store = useContext(RnnContext);
  if (!store) throw new Error('useRnnStore must be used inside <RnnContext.Provider>');
  return store;
}

export function useRnn<T>(selector: (state: RnnLabState) => T): T {
  return useStore(useRnnStore(), selector);
}
