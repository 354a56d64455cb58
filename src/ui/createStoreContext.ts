/**
 * A React context for one vanilla Zustand store, with the two hooks every consumer needs: the
 * store itself (for getState in effects) and a selector hook (re-renders on the selected slice).
 */
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';

export function createStoreContext<S>(name: string) {
  const Context = createContext<StoreApi<S> | null>(null);
  function useStoreApi(): StoreApi<S> {
    const store = useContext(Context);
    if (!store) throw new Error(`${name} is used outside its provider`);
    return store;
  }
  function useSelector<T>(selector: (state: S) => T): T {
    return useStore(useStoreApi(), selector);
  }
  return { Context, useStoreApi, useSelector };
}
