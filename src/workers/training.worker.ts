/// <reference lib="webworker" />
/** The training worker: tfjs and the training loop live here so the page never stutters. */
import * as tf from '@tensorflow/tfjs-core';
import { Trainer } from './trainer';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const trainer = new Trainer((message: FromWorker, transfer?: Transferable[]) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event: MessageEvent<ToWorker>) => trainer.handle(event.data);

/**
 * Read-only diagnostics for the soak run and the benchmarks (bench/soak.mjs reads them through
 * the browser's worker handle): the live tensor count and their bytes, and the backend.
 */
(scope as unknown as Record<string, unknown>).__playgroundMemory = () => ({ ...tf.memory(), backend: tf.getBackend() });
