import { useApp } from '../storeContext';

/** Why Train is disabled, in words, or null when training can start. */
export function useTrainBlocker(): string | null {
  return useApp((s) => {
    if (!s.summary.valid) return 'Fix the highlighted layer first.';
    if (s.dataError) return 'The data failed to load.';
    if (!s.dataReady) return 'Waiting for the first MNIST shard and the test set.';
    if (!s.backend) return 'Choosing a compute backend.';
    if (s.failure?.kind === 'diverged') return 'The run diverged: lower the learning rate and press Reset.';
    if (!s.configured) return 'Building the network.';
    return null;
  });
}
