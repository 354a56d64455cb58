/** MNIST download progress and errors, as reported by the trainer. */
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export interface DataSlice {
  loadedBytes: number;
  totalBytes: number;
  trainAvailable: number;
  testAvailable: number;
  dataReady: boolean;
  dataError: string | null;
  retryData(): void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  loadedBytes: 0,
  totalBytes: 0,
  trainAvailable: 0,
  testAvailable: 0,
  dataReady: false,
  dataError: null,
  retryData() {
    set({ dataError: null, loadedBytes: 0 });
    get().runner.send({ type: 'retryData' });
  },
});
