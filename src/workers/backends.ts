/**
 * Starting tfjs backends and choosing one. WebGL wins on a real GPU; on a software renderer
 * (SwiftShader, llvmpipe: common on school PCs and CI) wasm-SIMD is several times faster, so
 * Auto measures a short trial instead of trusting the name.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerConvFilterGradient } from '../engine/convFilterGradient';
import { timeWorkload } from './backendTrial';
import { verdictApplies, type BackendVerdict } from './backendVerdict';
import type { AutoReason, BackendChoice, BackendName, BackendReason } from './problems';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
});

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

/** The GPU's renderer string as WebGL reports it, or null when WebGL is unavailable. */
export function webglRenderer(): string | null {
  try {
    const canvas: OffscreenCanvas | HTMLCanvasElement = typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1)
      : document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return String(renderer);
  } catch {
    return null;
  }
}

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/** "SwiftShader" rather than the whole ANGLE/Vulkan string, which says little to a learner. */
function shortRenderer(renderer: string): string {
  return renderer.match(SOFTWARE_RENDERER)?.[0] ?? renderer;
}

/** Makes `name` the active backend; false when this browser cannot run it. */
export async function activateBackend(name: BackendName): Promise<boolean> {
  try {
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    if (name === 'wasm') registerConvFilterGradient('wasm');
    return tf.getBackend() === name;
  } catch {
    return false;
  }
}

export interface BackendDecision<R extends BackendReason = BackendReason> {
  backend: BackendName;
  reason: R;
  /** A fresh trial's verdict, for the page to remember (absent when no trial ran). */
  verdict?: BackendVerdict;
}

async function measure(name: BackendName): Promise<number | null> {
  if (!(await activateBackend(name))) return null;
  try {
    return timeWorkload();
  } catch {
    return null;
  }
}

/**
 * Auto: WebGL on a real GPU; otherwise a remembered verdict for this browser and renderer, or a
 * timed trial of wasm against WebGL (the only slow part of start-up, so it is skipped when it can be).
 */
async function chooseAutomatically(remembered: BackendVerdict | null): Promise<BackendDecision<AutoReason>> {
  const renderer = webglRenderer();
  if (renderer && !isSoftwareRenderer(renderer) && (await activateBackend('webgl'))) {
    return { backend: 'webgl', reason: { code: 'autoGpu', renderer } };
  }
  if (verdictApplies(remembered, navigator.userAgent, renderer) && (await activateBackend(remembered.backend))) {
    return { backend: remembered.backend, reason: { code: 'autoRemembered', measured: remembered.reason } };
  }
  if (!renderer) {
    // Nothing to compare with: no need to time wasm.
    if (await activateBackend('wasm')) return { backend: 'wasm', reason: { code: 'autoNoWebgl' } };
    await activateBackend('cpu');
    return { backend: 'cpu', reason: { code: 'autoCpuOnly' } };
  }
  const started = performance.now();
  const wasmMs = await measure('wasm');
  const webglMs = await measure('webgl');
  const seconds = Math.max(0.1, Math.round((performance.now() - started) / 100) / 10);
  const verdictOf = (decision: BackendDecision<AutoReason>): BackendDecision<AutoReason> => {
    const reason = decision.reason;
    if (reason.code !== 'autoWasmFaster' && reason.code !== 'autoWebglFaster') return decision;
    return { ...decision, verdict: { backend: decision.backend, reason, userAgent: navigator.userAgent, renderer } };
  };
  if (wasmMs !== null && (webglMs === null || wasmMs <= webglMs)) {
    await activateBackend('wasm');
    return webglMs === null
      ? { backend: 'wasm', reason: { code: 'autoNoWebgl' } }
      : verdictOf({ backend: 'wasm', reason: { code: 'autoWasmFaster', speedup: webglMs / wasmMs, renderer: shortRenderer(renderer), seconds } });
  }
  if (webglMs !== null) {
    await activateBackend('webgl');
    return verdictOf({ backend: 'webgl', reason: { code: 'autoWebglFaster', renderer: shortRenderer(renderer), seconds } });
  }
  await activateBackend('cpu');
  return { backend: 'cpu', reason: { code: 'autoCpuOnly' } };
}

/** Activates the user's choice, falling back (with the reason) when it cannot start. */
export async function chooseBackend(choice: BackendChoice, remembered: BackendVerdict | null = null): Promise<BackendDecision> {
  if (choice === 'auto') return chooseAutomatically(remembered);
  if (await activateBackend(choice)) {
    const renderer = choice === 'webgl' ? webglRenderer() : null;
    const softwareRenderer = renderer && isSoftwareRenderer(renderer) ? shortRenderer(renderer) : null;
    return { backend: choice, reason: { code: 'chosen', backend: choice, softwareRenderer } };
  }
  const fallback = await chooseAutomatically(remembered);
  return { backend: fallback.backend, reason: { code: 'fallback', wanted: choice, auto: fallback.reason }, ...(fallback.verdict ? { verdict: fallback.verdict } : {}) };
}

/** After a lost WebGL context: the processor backends, which no GPU reset can take away. */
export async function chooseAfterLostWebgl(): Promise<BackendDecision> {
  const backend: BackendName = (await activateBackend('wasm')) ? 'wasm' : 'cpu';
  if (backend === 'cpu') await activateBackend('cpu');
  return { backend, reason: { code: 'webglLost', backend } };
}
