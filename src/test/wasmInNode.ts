/** Lets unit tests run the real wasm backend in Node, next to the cpu backend. */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let initialised: Promise<void> | null = null;

/** Runs `fn` with `backend` active and switches back to cpu afterwards. */
export async function onBackend<T>(backend: 'cpu' | 'wasm', fn: () => T | Promise<T>): Promise<T> {
  if (backend === 'wasm') {
    initialised ??= (async () => {
      const require = createRequire(import.meta.url);
      setWasmPaths(`${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
      if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend failed to start in Node');
    })();
    await initialised;
  }
  await tf.setBackend(backend);
  try {
    return await fn();
  } finally {
    await tf.setBackend('cpu');
  }
}
