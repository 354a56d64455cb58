/**
 * Noticing a lost GPU. A WebGL context can be lost at any time (a driver reset, another tab
 * hogging the GPU, a laptop switching graphics cards); tfjs does not notice and keeps calling a
 * dead context, so training would stall or compute garbage. The trainer watches the active
 * backend's canvas and moves its sessions elsewhere when the context goes.
 */
import * as tf from '@tensorflow/tfjs-core';
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

/** The part of tfjs's WebGL backend that holds the context (not in its public typings). */
interface WithContext {
  gpgpu?: { gl?: WebGLRenderingContext | WebGL2RenderingContext };
}

/** A name in the worker's global scope that loses the context on purpose, to rehearse a GPU reset (the e2e tests use it). */
export const LOSE_CONTEXT_HOOK = '__playgroundLoseWebglContext';

/**
 * Calls `onLost` once when the WebGL backend's context is lost; returns a function that stops
 * watching. Does nothing (and returns a no-op) when no WebGL context is active.
 */
export function watchWebglContext(onLost: () => void): () => void {
  const gl = (tf.findBackend('webgl') as unknown as WithContext | null)?.gpgpu?.gl;
  const canvas = gl?.canvas as (OffscreenCanvas | HTMLCanvasElement | undefined);
  if (!gl || !canvas || typeof canvas.addEventListener !== 'function') return () => undefined;
  const hooks = globalThis as unknown as Record<string, unknown>;
  const lost = () => {
    stop();
    onLost();
  };
  const stop = () => {
    canvas.removeEventListener('webglcontextlost', lost);
    if (hooks[LOSE_CONTEXT_HOOK] === loseOnPurpose) delete hooks[LOSE_CONTEXT_HOOK];
  };
  const loseOnPurpose = () => gl.getExtension('WEBGL_lose_context')?.loseContext();
  canvas.addEventListener('webglcontextlost', lost);
  hooks[LOSE_CONTEXT_HOOK] = loseOnPurpose;
  return stop;
}

/**
 * Throws the dead WebGL backend away and registers a fresh one, so choosing WebGL later opens a
 * new context instead of reusing the lost one. Its tensors are gone with the context.
 */
export function replaceWebglBackend(): void {
  try {
    tf.removeBackend('webgl');
  } catch {
    // Disposing a backend whose context is gone may throw; the registry entry is removed first.
  }
  tf.registerBackend('webgl', () => new MathBackendWebGL(), 2);
}
