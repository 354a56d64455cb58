import type { BackendChoice } from '../workers/protocol';

/** The names the UI shows for each backend (also the option labels of the Compute backend field). */
export const BACKEND_NAMES: Record<BackendChoice, string> = { auto: 'Auto', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' };
