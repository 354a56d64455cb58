/**
 * Everything that runs beside tfjs: backend choice, the one MNIST download, one SessionHost per
 * lab, and the loop that trains every training session in turn, in chunks. It only talks through
 * messages, so the same class runs inside the worker and, as a fallback, on the main thread.
 *
 * Every message goes through one serial queue, in the order it was sent: a 'pause' can never
 * overtake the 'train' before it. The loop itself runs outside the queue, so the queue stays
 * responsive while training.
 */
import { loadMnist } from '../data/mnistLoader';
import type { MnistData } from '../data/mnistData';
import { IMAGE_SIZE } from '../data/mnistData';
import { DataError } from '../data/dataProblem';
import { MNIST_EXAMPLE_COUNT } from '../data/tasks/mnistTask';
import { chooseAfterLostWebgl, chooseBackend } from './backends';
import { replaceWebglBackend, watchWebglContext } from './webglContext';
import type { BackendVerdict } from './backendVerdict';
import { CHUNK_TARGET_MS, SessionHost } from './sessionHost';
import type { BackendChoice, FromWorker, SessionAddress, SlotId, ToWorker } from './protocol';
import type { TrainerProblem } from './problems';

type Post = (message: FromWorker, transfer?: Transferable[]) => void;
type AddressedMessage = Extract<ToWorker, SessionAddress>;

/** Lets queued messages (pause!) run between chunks without the 4 ms clamp of nested timers. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const unexpected = (error: unknown): TrainerProblem => ({ code: 'unexpected', detail: error instanceof Error ? error.message : String(error) });

export interface TrainerOptions {
  /** How long one round of training chunks may take before the loop yields (ms). */
  chunkTargetMs?: number;
  /** Runs between evaluation chunks; the main-thread runner yields there so the page keeps drawing. */
  betweenEvaluationChunks?: () => Promise<void>;
}

export class Trainer {
  private dataUrl = '';
  /** The MNIST download, filled shard by shard; a retry resumes into this same object. */
  private data: MnistData | null = null;
  private dataReady = false;
  private loading = false;
  private backendReady: Promise<void> = Promise.resolve();
  private readonly hosts = new Map<SlotId, SessionHost>();
  private loopRunning = false;
  /** Bumped when a lost GPU leaves the loop waiting forever on a read-back: the next loop starts afresh. */
  private loopGeneration = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Stops watching the WebGL context (set while WebGL is the active backend). */
  private stopWatchingContext: () => void = () => undefined;

  private readonly chunkTargetMs: number;

  constructor(private readonly post: Post, private readonly options: TrainerOptions = {}) {
    this.chunkTargetMs = options.chunkTargetMs ?? CHUNK_TARGET_MS;
  }

  /** The MNIST data every session trains on (tests check a retry completes this very object). */
  get mnistData(): MnistData | null {
    return this.data;
  }

  handle(message: ToWorker): void {
    this.queue = this.queue
      .then(() => this.dispatch(message))
      .catch((error: unknown) => this.failFor(message, error));
  }

  private failFor(message: ToWorker, error: unknown): void {
    const host = 'slot' in message ? this.hosts.get(message.slot) : undefined;
    if (host) host.fail(unexpected(error));
    else this.post({ type: 'workerFailed', problem: unexpected(error) });
  }

  private async dispatch(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'init':
        this.dataUrl = message.dataUrl;
        // The download runs beside the backend trial: neither needs the other.
        void this.loadData();
        this.backendReady = this.selectBackend(message.backend, message.remembered ?? null);
        await this.backendReady;
        return;
      case 'retryData':
        void this.loadData();
        return;
      case 'setBackend':
        await this.switchBackend(message.backend);
        return;
      case 'configure':
      case 'restore': {
        const host = this.hostFor(message.slot);
        host.pause();
        await this.waitUntilIdle(host);
        host.setConfig(message.sessionId, message.config, message.type === 'restore' ? message.snapshot : null);
        await this.backendReady;
        await host.rebuild();
        return;
      }
      case 'snapshot':
        await this.takeSnapshot(message.slot, message.sessionId, message.requestId);
        return;
      default:
        await this.dispatchToSession(message);
    }
  }

  /** Commands for one session; those addressed to a replaced session are stale and dropped. */
  private async dispatchToSession(message: AddressedMessage): Promise<void> {
    const host = this.hosts.get(message.slot);
    if (!host || host.sessionId !== message.sessionId) return;
    switch (message.type) {
      case 'setHyper':
        host.setHyper(message.hyper);
        return;
      case 'train':
        if (host.start()) void this.loop();
        return;
      case 'pause':
        if (host.pause()) await host.settle();
        return;
      case 'step':
        host.pause();
        await this.waitUntilIdle(host);
        await host.singleStep();
        return;
      case 'inspect':
        host.requestInspection(message.requestId, message.input);
        if (!host.training) await host.serveViews();
        return;
      case 'unroll':
        host.requestUnroll(message.requestId, message.example);
        if (!host.training) await host.serveViews();
        return;
      case 'evaluateAll':
        await this.waitUntilIdle(host);
        await host.evaluateFull();
        return;
      case 'effectiveField':
        await this.waitUntilIdle(host);
        await host.effectiveField(message.requestId, message.input, message.unit);
        return;
      case 'testImages':
        host.testImages(message.requestId, message.indices);
        return;
      case 'retask':
        await this.waitUntilIdle(host);
        if (!host.retask(message.task)) host.fail({ code: 'invalidConfiguration', problems: 1 });
        return;
      case 'generate':
        await this.waitUntilIdle(host);
        await host.generate(message.requestId, message.request);
        return;
      case 'configure':
      case 'restore':
      case 'snapshot':
        return;
    }
  }

  /** Answers a snapshot request always (with null for a session that is gone), so the page never waits in vain. */
  private async takeSnapshot(slot: SlotId, sessionId: number, requestId: number): Promise<void> {
    const host = this.hosts.get(slot);
    let snapshot = null;
    if (host && host.sessionId === sessionId) {
      await this.waitUntilIdle(host);
      snapshot = host.sessionId === sessionId ? await host.snapshot() : null;
    }
    const buffers = snapshot ? [...snapshot.state.weights, ...snapshot.state.optimizer.slots].map((t) => t.values.buffer) : [];
    this.post({ type: 'snapshotTaken', slot, requestId, snapshot }, buffers);
  }

  private hostFor(slot: SlotId): SessionHost {
    let host = this.hosts.get(slot);
    if (!host) {
      host = new SessionHost(slot, this.post, () => (this.dataReady ? this.data : null), this.options.betweenEvaluationChunks ?? null);
      this.hosts.set(slot, host);
    }
    return host;
  }

  private async selectBackend(choice: BackendChoice, remembered: BackendVerdict | null = null): Promise<void> {
    this.stopWatchingContext();
    const decision = await chooseBackend(choice, remembered);
    if (decision.backend === 'webgl') {
      this.stopWatchingContext = watchWebglContext(() => this.recoverFromLostWebgl(choice));
    }
    this.post({ type: 'backend', backend: decision.backend, choice, reason: decision.reason, ...(decision.verdict ? { verdict: decision.verdict } : {}) });
  }

  /**
   * The GPU's context is gone, and with it every weight on it. A read-back from a lost context may
   * never settle, so nothing waits for the loop or the queued command that may hang on one: both
   * are abandoned. Every session is stopped and freed, training moves to a processor backend, and
   * the page is told, so it builds each lab's configuration again (its settings are all on the
   * page). A fresh WebGL backend is registered, so choosing WebGL again opens a new context.
   */
  private recoverFromLostWebgl(choice: BackendChoice): void {
    this.loopGeneration += 1;
    this.loopRunning = false;
    for (const host of this.hosts.values()) host.abandon();
    replaceWebglBackend();
    this.backendReady = chooseAfterLostWebgl().then((decision) => {
      this.post({ type: 'backend', backend: decision.backend, choice, reason: decision.reason });
      this.post({ type: 'workerFailed', problem: { code: 'webglLost', backend: decision.backend } });
    });
    // Commands from now on wait for the new backend, not for whatever hung on the old one.
    this.queue = this.backendReady.catch((error: unknown) => this.post({ type: 'workerFailed', problem: unexpected(error) }));
  }

  private async loadData(): Promise<void> {
    if (this.loading || this.data?.complete) return;
    this.loading = true;
    const progress = (loadedBytes: number, totalBytes: number) => {
      const data = this.data;
      this.post({
        type: 'dataProgress', loadedBytes, totalBytes, trainAvailable: data?.train.available ?? 0,
        testAvailable: data?.test.available ?? 0, readyToTrain: this.dataReady,
      });
    };
    try {
      await loadMnist(this.dataUrl, (url, init) => fetch(url, init), {
        onStart: (data) => { this.data = data; },
        onProgress: (p) => progress(p.loadedBytes, p.totalBytes),
        onShard: (_shard, data) => {
          if (!this.dataReady && data.readyToTrain) this.onDataReady(data);
        },
      }, this.data ?? undefined);
    } catch (error) {
      if (error instanceof DataError) this.post({ type: 'dataFailed', problem: error.problem });
      else this.post({ type: 'workerFailed', problem: unexpected(error) });
    } finally {
      this.loading = false;
    }
  }

  /** The first training shard and the whole test set are in: sessions waiting for MNIST can start. */
  private onDataReady(data: MnistData): void {
    this.dataReady = true;
    const count = Math.min(MNIST_EXAMPLE_COUNT, data.test.count);
    const pixels = data.test.images.slice(0, count * IMAGE_SIZE);
    const labels = data.test.labels.slice(0, count);
    this.post({ type: 'testSamples', pixels, labels, count }, [pixels.buffer]);
    for (const host of this.hosts.values()) {
      if (host.waitingForData) this.queue = this.queue.then(() => host.rebuild()).catch((error: unknown) => host.fail(unexpected(error)));
    }
  }

  private async switchBackend(choice: BackendChoice): Promise<void> {
    const hosts = [...this.hosts.values()];
    const wasTraining = hosts.filter((h) => h.training);
    hosts.forEach((h) => h.pause());
    await Promise.all(hosts.map((h) => this.waitUntilIdle(h)));
    const saved = await Promise.all(hosts.map((h) => h.suspend()));
    this.backendReady = this.selectBackend(choice);
    await this.backendReady;
    await Promise.all(hosts.map((h, i) => h.resume(saved[i] ?? null)));
    const restarted = wasTraining.filter((h) => h.start());
    if (restarted.length > 0) void this.loop();
  }

  private async waitUntilIdle(host: SessionHost): Promise<void> {
    while (host.busy) await yieldToEvents();
  }

  /** Trains every training session in turn, one chunk each, until none is training. */
  private async loop(): Promise<void> {
    if (this.loopRunning) return;
    this.loopRunning = true;
    const generation = this.loopGeneration;
    const abandoned = () => generation !== this.loopGeneration;
    try {
      for (;;) {
        const training = [...this.hosts.values()].filter((h) => h.training);
        if (training.length === 0 || abandoned()) break;
        for (const host of training) {
          if (!host.training) continue;
          host.busy = true;
          try {
            await host.runChunk(this.chunkTargetMs / training.length);
          } catch (error) {
            if (!abandoned()) host.fail(unexpected(error));
          } finally {
            if (!abandoned()) host.busy = false;
          }
          if (abandoned()) return;
          // A pause that arrived mid-chunk takes effect here, after the chunk's last report.
          if (host.takePendingPause()) await host.settle();
        }
        await yieldToEvents();
      }
    } finally {
      if (!abandoned()) this.loopRunning = false;
    }
  }
}
