/// <reference lib="webworker" />
/** The training worker: tfjs and the training loop live here so the page never stutters. */
import { Trainer } from './trainer';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const trainer = new Trainer((message: FromWorker, transfer?: Transferable[]) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event: MessageEvent<ToWorker>) => trainer.handle(event.data);
