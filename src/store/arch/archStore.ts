/**
 * The architectures explorer's state: which network is analysed (a classic one, or the CNN lab's
 * own), at which input size, and for the MobileNets the width multiplier. Every number on the screen
 * is computed from these by the spec analysis.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The CNN lab's own network, analysed as it stands. */
export const LAB_NETWORK = 'lab';
export const DEFAULT_ARCHITECTURE = 'vgg16';
export const INPUT_SIZE_RULE = { min: 8, max: 1024, integer: true } as const;
export const WIDTH_MULTIPLIERS = [0.25, 0.5, 0.75, 1] as const;

export interface ArchConfig {
  architecture: string;
  /** Height and width of the (square) input image; null = the architecture's own default. */
  inputSize: number | null;
  widthMultiplier: number;
}

export interface ArchExplorerState extends ArchConfig {
  choose(architecture: string): void;
  setInputSize(size: number | null): void;
  setWidthMultiplier(alpha: number): void;
  applyConfig(config: ArchConfig): void;
}

export type ArchExplorerStore = StoreApi<ArchExplorerState>;

export const DEFAULT_ARCH_CONFIG: ArchConfig = { architecture: DEFAULT_ARCHITECTURE, inputSize: null, widthMultiplier: 1 };

export function createArchExplorerStore(): ArchExplorerStore {
  return createStore<ArchExplorerState>()((set) => ({
    ...DEFAULT_ARCH_CONFIG,
    // A new network starts at its own input size: 224 for ImageNet models, 28 or 32 for LeNet-5.
    choose: (architecture) => set({ architecture, inputSize: null }),
    setInputSize: (inputSize) => set({ inputSize }),
    setWidthMultiplier: (widthMultiplier) => set({ widthMultiplier }),
    applyConfig: (config) => set({ ...config }),
  }));
}
