/**
 * Auto's trial verdict, remembered per browser: on a software renderer the WebGL-vs-wasm trial
 * costs about a second and a half of every start-up, and its answer only changes when the browser
 * or the graphics stack does. The page keeps the verdict (the worker has no local storage) and
 * hands it back at start; the worker trusts it only for the same browser and renderer.
 */
import type { AutoReason, BackendName } from './problems';

/** A trial's outcome and what it was measured on. */
export interface BackendVerdict {
  backend: BackendName;
  /** The measured reason (a trial's: autoWasmFaster or autoWebglFaster). */
  reason: Extract<AutoReason, { code: 'autoWasmFaster' | 'autoWebglFaster' }>;
  /** navigator.userAgent when measured: a browser update may change which backend is faster. */
  userAgent: string;
  /** The WebGL renderer string when measured: another GPU or driver means another answer. */
  renderer: string;
}

const BACKENDS: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** True when a remembered verdict was measured in this very browser on this very renderer. */
export function verdictApplies(verdict: BackendVerdict | null | undefined, userAgent: string, renderer: string | null): verdict is BackendVerdict {
  return !!verdict && renderer !== null && verdict.userAgent === userAgent && verdict.renderer === renderer;
}

/** Reads a stored verdict, field by field: anything stale or edited is ignored (the trial simply runs again). */
export function parseVerdict(text: string | null): BackendVerdict | null {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  const reason = v.reason as Record<string, unknown> | null | undefined;
  if (typeof v.userAgent !== 'string' || typeof v.renderer !== 'string' || !BACKENDS.includes(v.backend as BackendName)) return null;
  if (typeof reason !== 'object' || reason === null || typeof reason.renderer !== 'string' || !isFinitePositive(reason.seconds)) return null;
  if (reason.code === 'autoWasmFaster' && v.backend === 'wasm' && isFinitePositive(reason.speedup)) {
    return { backend: 'wasm', userAgent: v.userAgent, renderer: v.renderer, reason: { code: 'autoWasmFaster', speedup: reason.speedup, renderer: reason.renderer, seconds: reason.seconds } };
  }
  if (reason.code === 'autoWebglFaster' && v.backend === 'webgl') {
    return { backend: 'webgl', userAgent: v.userAgent, renderer: v.renderer, reason: { code: 'autoWebglFaster', renderer: reason.renderer, seconds: reason.seconds } };
  }
  return null;
}

function isFinitePositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
