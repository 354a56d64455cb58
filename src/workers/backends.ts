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
}

async function measure(name: BackendName): Promise<number | null> {
  if (!(await activateBackend(name))) return null;
  try {
    return timeWorkload();
  } catch {
    return null;
  }
}

async function chooseAutomatically(): Promise<BackendDecision<AutoReason>> {
  const renderer = webglRenderer();
  if (renderer && !isSoftwareRenderer(renderer) && (await activateBackend('webgl'))) {
    return { backend: 'webgl', reason: { code: 'autoGpu', renderer } };
  }
  const started = performance.now();
  const wasmMs = await measure('wasm');
  const webglMs = renderer ? await measure('webgl') : null;
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (wasmMs !== null && (webglMs === null || wasmMs <= webglMs)) {
    await activateBackend('wasm');
    return webglMs === null
      ? { backend: 'wasm', reason: { code: 'autoNoWebgl' } }
      : { backend: 'wasm', reason: { code: 'autoWasmFaster', speedup: webglMs / wasmMs, renderer: shortRenderer(renderer ?? ''), seconds } };
  }
  if (webglMs !== null) {
    await activateBackend('webgl');
    return { backend: 'webgl', reason: { code: 'autoWebglFaster', renderer: shortRenderer(renderer ?? ''), seconds } };
  }
  await activateBackend('cpu');
  return { backend: 'cpu', reason: { code: 'autoCpuOnly' } };
}

/** Activates the user's choice, falling back (with the reason) when it cannot start. */
export async function chooseBackend(choice: BackendChoice): Promise<BackendDecision> {
  if (choice === 'auto') return chooseAutomatically();
  if (await activateBackend(choice)) {
    const renderer = choice === 'webgl' ? webglRenderer() : null;
    const softwareRenderer = renderer && isSoftwareRenderer(renderer) ? shortRenderer(renderer) : null;
    return { backend: choice, reason: { code: 'chosen', backend: choice, softwareRenderer } };
  }
  const fallback = await chooseAutomatically();
  return { backend: fallback.backend, reason: { code: 'fallback', wanted: choice, auto: fallback.reason } };
}
