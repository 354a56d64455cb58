/**
 * What the trainer reports when something goes wrong or a choice is made, as codes with their
 * numbers. The UI words every one of them (content/), in the reader's language.
 */
import type { DataProblem } from '../data/dataProblem';

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = 'auto' | BackendName;

/** Why Auto chose what it chose. */
export type AutoReason =
  | { code: 'autoGpu'; renderer: string }
  | { code: 'autoWasmFaster'; speedup: number; renderer: string; seconds: number }
  | { code: 'autoNoWebgl' }
  | { code: 'autoWebglFaster'; renderer: string; seconds: number }
  | { code: 'autoCpuOnly' }
  /** A trial on an earlier visit (same browser, same renderer) decided; choosing Auto again measures anew. */
  | { code: 'autoRemembered'; measured: Extract<AutoReason, { code: 'autoWasmFaster' | 'autoWebglFaster' }> };

export type BackendReason =
  | AutoReason
  /** The user's own choice; `softwareRenderer` names SwiftShader & co. when WebGL runs without a GPU. */
  | { code: 'chosen'; backend: BackendName; softwareRenderer: string | null }
  /** The user's choice could not start; Auto decided instead. */
  | { code: 'fallback'; wanted: BackendName; auto: AutoReason }
  /** The WebGL context was lost while in use; training moved to this backend. */
  | { code: 'webglLost'; backend: BackendName };

export type TrainerProblem =
  /** The loss became NaN or stayed far above chance: lower the learning rate. */
  | {
    code: 'diverged'; step: number; cause: 'notANumber' | 'exploded'; loss: number; limit: number; learningRate: number; suggestedRate: number;
    /** A recurrent run with clipping off: clipping is another way out. */
    canClip: boolean;
  }
  /** The configuration has `problems` reasons it cannot be built (the UI validates first, so this is a bug). */
  | { code: 'invalidConfiguration'; problems: number }
  /** The trainer could not build or run the network; `detail` is the raw error text, for a bug report. */
  | { code: 'unexpected'; detail: string }
  /** A saved model could not be put back into its network (the page checks files first, so this is a bug). */
  | { code: 'restoreFailed'; detail: string }
  /** The worker itself stopped (it could not load, or crashed again and again). */
  | { code: 'workerStopped'; detail: string }
  /** The worker crashed and a fresh one took over with the same settings (the weights start afresh). */
  | { code: 'workerRestarted'; detail: string }
  /** The GPU's WebGL context was lost mid-run; the sessions were rebuilt on `backend` (fresh weights: the old ones lived on the GPU). */
  | { code: 'webglLost'; backend: BackendName };

export type { DataProblem };
