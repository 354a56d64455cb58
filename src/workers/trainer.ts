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
import { chooseBackend } from './backends';
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

export class Trainer {
  private dataUrl = '';
  /** The MNIST download, filled shard by shard; a retry resumes into this same object. */
  private data: MnistData | null = null;
  private dataReady = false;
  private loading = false;
  private backendReady: Promise<void> = Promise.resolve();
  private readonly hosts = new Map<SlotId, SessionHost>();
  private loopRunning = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly post: Post) {}

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
        this.backendReady = this.selectBackend(message.backend);
        await this.backendReady;
        void this.loadData();
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
      host = new SessionHost(slot, this.post, () => (this.dataReady ? this.data : null));
      this.hosts.set(slot, host);
    }
    return host;
  }

  private async selectBackend(choice: BackendChoice): Promise<void> {
    const decision = await chooseBackend(choice);
    this.post({ type: 'backend', backend: decision.backend, choice, reason: decision.reason });
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
    try {
      for (;;) {
        const training = [...this.hosts.values()].filter((h) => h.training);
        if (training.length === 0) break;
        for (const host of training) {
          if (!host.training) continue;
          host.busy = true;
          try {
            await host.runChunk(CHUNK_TARGET_MS / training.length);
          } catch (error) {
            host.fail(unexpected(error));
          } finally {
            host.busy = false;
          }
          // A pause that arrived mid-chunk takes effect here, after the chunk's last report.
          if (host.takePendingPause()) await host.settle();
        }
        await yieldToEvents();
      }
    } finally {
      this.loopRunning = false;
    }
  }
}
