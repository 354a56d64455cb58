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
import type { BackendChoice, BackendName } from './protocol';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
});

export const BACKEND_LABELS: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' };

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

export interface BackendDecision {
  backend: BackendName;
  reason: string;
}

async function measure(name: BackendName): Promise<number | null> {
  if (!(await activateBackend(name))) return null;
  try {
    return timeWorkload();
  } catch {
    return null;
  }
}

async function chooseAutomatically(): Promise<BackendDecision> {
  const renderer = webglRenderer();
  if (renderer && !isSoftwareRenderer(renderer) && (await activateBackend('webgl'))) {
    return { backend: 'webgl', reason: `Auto: WebGL on your graphics card (${renderer}).` };
  }
  const started = performance.now();
  const wasmMs = await measure('wasm');
  const webglMs = renderer ? await measure('webgl') : null;
  const trialSeconds = ((performance.now() - started) / 1000).toFixed(1);
  if (wasmMs !== null && (webglMs === null || wasmMs <= webglMs)) {
    await activateBackend('wasm');
    const why = webglMs === null
      ? 'WebGL is not available in this browser'
      : `it was ${(webglMs / wasmMs).toFixed(1)}× faster than WebGL on the software renderer ${shortRenderer(renderer ?? '')} in a ${trialSeconds} s trial`;
    return { backend: 'wasm', reason: `Auto: WebAssembly, because ${why}.` };
  }
  if (webglMs !== null) {
    await activateBackend('webgl');
    return { backend: 'webgl', reason: `Auto: WebGL, faster than WebAssembly in a ${trialSeconds} s trial (${shortRenderer(renderer ?? '')}).` };
  }
  await activateBackend('cpu');
  return { backend: 'cpu', reason: 'Auto: plain JavaScript (CPU), because neither WebGL nor WebAssembly started in this browser. Training will be slow.' };
}

/** Activates the user's choice, falling back (with the reason) when it cannot start. */
export async function chooseBackend(choice: BackendChoice): Promise<BackendDecision> {
  if (choice === 'auto') return chooseAutomatically();
  if (await activateBackend(choice)) {
    const renderer = choice === 'webgl' ? webglRenderer() : null;
    const note = renderer && isSoftwareRenderer(renderer) ? ` It is running on a software renderer (${shortRenderer(renderer)}), so expect it to be slow.` : '';
    return { backend: choice, reason: `You chose ${BACKEND_LABELS[choice]}.${note}` };
  }
  const fallback = await chooseAutomatically();
  return { backend: fallback.backend, reason: `${BACKEND_LABELS[choice]} could not start in this browser, so ${fallback.reason.replace(/^Auto: /, '')}` };
}
