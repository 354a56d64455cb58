import type { Context, ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import { LabContext, type LabStore } from '../storeContext';

/** Provides a lab's store twice: as itself (for its own components) and as a lab (for ui/lab/). */
export function LabProviders<S>({ context, store, children }: { context: Context<StoreApi<S> | null>; store: StoreApi<S>; children: ReactNode }) {
  const Own = context;
  return (
    <Own.Provider value={store}>
      {/* Every lab store contains the training and model-file slices, which is all ui/lab/ reads. */}
      <LabContext.Provider value={store as unknown as LabStore}>{children}</LabContext.Provider>
    </Own.Provider>
  );
}
