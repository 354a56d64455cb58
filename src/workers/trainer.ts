/**
 * Everything that runs beside tfjs: data download, backend choice, the training session and the
 * loop that trains in chunks and reports. It only talks through messages, so the same class runs
 * inside the worker and, as a fallback, on the main thread.
 */
import { TrainingSession } from '../engine/trainingSession';
import { DivergenceWatch } from '../engine/divergence';
import type { NetworkSpec } from '../engine/spec';
import { summarizeNetwork } from '../engine/shapes';
import { BatchSampler } from '../data/batchSampler';
import { loadMnist } from '../data/mnistLoader';
import type { MnistData } from '../data/mnistData';
import { chooseBackend } from './backends';
import { EvaluationSchedule, testSubset } from './testSubset';
import { Throughput } from './throughput';
import type { BackendChoice, FromWorker, Hyperparameters, ToWorker, TrainerStatus } from './protocol';
import { InspectionDesk } from './inspectionDesk';

/** Aim for a progress report about this often; the chunk size adapts to the measured step time. */
const CHUNK_TARGET_MS = 200;

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** How many test digits the input picker offers. */
export const SAMPLE_COUNT = 12;
type Config = { spec: NetworkSpec; hyper: Hyperparameters; seed: number };

/** Lets queued messages (pause!) run between chunks without the 4 ms clamp of nested timers. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class Trainer {
  private data: MnistData | null = null;
  private dataUrl = '';
  private config: Config | null = null;
  private session: TrainingSession | null = null;
  private sampler: BatchSampler | null = null;
  private subset: ReturnType<typeof testSubset> | null = null;
  private status: TrainerStatus = 'starting';
  private step = 0;
  private evaluatedEpoch = 0;
  private stepsPerChunk = 1;
  private loopRunning = false;
  private divergence = new DivergenceWatch(10);
  private backendReady: Promise<void> = Promise.resolve();
  private readonly schedule = new EvaluationSchedule();
  private readonly desk: InspectionDesk;
  private readonly throughput = new Throughput();
  /** Serialises message handling so a 'train' never overtakes the 'configure' before it. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly post: Post) {
    this.desk = new InspectionDesk(post, () => this.data?.test ?? null, () => this.step);
  }

  handle(message: ToWorker): void {
    if (message.type === 'pause') {
      this.pause();
      return;
    }
    if (message.type === 'effectiveField') {
      void this.desk.effectiveField(message.requestId, message.input, message.unit).catch((error: unknown) => this.fail(error));
      return;
    }
    if (message.type === 'inspect') {
      // Not queued behind configure/reset. While training, the loop serves it when its turn comes.
      this.desk.request(message.requestId, message.input);
      if (!this.loopRunning) void this.desk.servePending().catch((error: unknown) => this.fail(error));
      return;
    }
    this.queue = this.queue.then(() => this.dispatch(message)).catch((error: unknown) => this.fail(error));
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
      case 'configure':
        this.config = { spec: message.spec, hyper: message.hyper, seed: message.seed };
        this.pause();
        await this.waitForLoop();
        await this.rebuild();
        return;
      case 'reset':
        this.pause();
        await this.waitForLoop();
        await this.rebuild();
        return;
      case 'setHyper':
        if (this.config) this.config.hyper = message.hyper;
        this.session?.setOptions(message.hyper);
        if (this.sampler) this.sampler.options = { expandedData: message.hyper.expandedData };
        return;
      case 'setBackend':
        await this.switchBackend(message.backend);
        return;
      case 'train':
        this.start();
        return;
      case 'step':
        await this.singleStep();
        return;
      case 'evaluateAll':
        await this.evaluateFull();
        return;
      case 'testImages':
        this.desk.sendTestImages(message.requestId, message.indices);
        return;
      case 'pause':
      case 'inspect':
      case 'effectiveField':
        return;
    }
  }

  private async selectBackend(choice: BackendChoice): Promise<void> {
    const decision = await chooseBackend(choice);
    this.post({ type: 'backend', backend: decision.backend, choice, reason: decision.reason });
  }

  private async loadData(): Promise<void> {
    try {
      const data = await loadMnist(this.dataUrl, (url, init) => fetch(url, init), {
        onProgress: (p) => this.post({ type: 'dataProgress', ...p, readyToTrain: this.data?.readyToTrain ?? false }),
        onShard: (_shard, loaded) => {
          if (!this.data && loaded.readyToTrain) this.onDataReady(loaded);
        },
      });
      if (!this.data) this.onDataReady(data);
    } catch (error) {
      this.post({ type: 'dataFailed', message: (error as Error).message });
    }
  }

  private onDataReady(data: MnistData): void {
    this.data = data;
    this.subset = testSubset(data.test);
    const pixels = data.test.images.slice(0, SAMPLE_COUNT * 784);
    const labels = data.test.labels.slice(0, SAMPLE_COUNT);
    this.post({ type: 'testSamples', pixels, labels, count: SAMPLE_COUNT }, [pixels.buffer]);
    this.post({ type: 'dataProgress', loadedBytes: 0, totalBytes: 0, trainAvailable: data.train.available, testAvailable: data.test.available, readyToTrain: true });
    this.queue = this.queue.then(() => this.rebuild());
  }

  /** New weights from the seed, step 0: used by configure and Reset. */
  private async rebuild(): Promise<void> {
    await this.backendReady;
    this.disposeSession();
    if (!this.config || !this.data) return;
    const { spec, hyper, seed } = this.config;
    if (!summarizeNetwork(spec).valid) return;
    this.sampler = new BatchSampler(this.data.train, seed, { expandedData: hyper.expandedData });
    this.session = new TrainingSession(spec, seed, hyper, this.sampler);
    this.desk.attach(this.session, spec);
    this.step = 0;
    this.evaluatedEpoch = 0;
    this.divergence = new DivergenceWatch(spec.classes);
    this.stepsPerChunk = 1;
    this.schedule.reset();
    this.setStatus('idle');
    this.post({ type: 'configured', paramCount: this.session.model.countParams(), seed });
  }

  private async switchBackend(choice: BackendChoice): Promise<void> {
    const wasTraining = this.status === 'training';
    this.pause();
    await this.waitForLoop();
    const weights = this.session ? await this.session.exportWeights() : null;
    const options = this.session?.getOptions();
    this.disposeSession();
    this.backendReady = this.selectBackend(choice);
    await this.backendReady;
    if (this.config && this.sampler && weights && options) {
      this.session = new TrainingSession(this.config.spec, this.config.seed, options, this.sampler);
      this.session.importWeights(weights);
      this.desk.attach(this.session, this.config.spec);
    }
    if (wasTraining) this.start();
  }

  private disposeSession(): void {
    this.desk.attach(null, null);
    this.session?.dispose();
    this.session = null;
  }

  private setStatus(status: TrainerStatus): void {
    this.status = status;
    this.post({ type: 'status', status });
  }

  private start(): void {
    if (!this.session || this.status === 'training') return;
    this.setStatus('training');
    this.throughput.clear();
    this.throughput.add(performance.now(), 0);
    void this.loop();
  }

  /**
   * Stops the loop after its current step. The 'paused' status is announced by the loop itself once
   * its last progress report is out, so the UI never sees the step count move after "paused".
   */
  private pause(): void {
    if (this.status !== 'training') return;
    this.status = 'paused';
    if (!this.loopRunning) this.setStatus('paused');
  }

  private async waitForLoop(): Promise<void> {
    while (this.loopRunning) await yieldToEvents();
  }

  private async singleStep(): Promise<void> {
    this.pause();
    await this.waitForLoop();
    if (!this.session) return;
    this.session.trainStep();
    this.step += 1;
    await this.report(false);
    if (this.status === 'idle') this.setStatus('paused');
  }

  private async loop(): Promise<void> {
    if (this.loopRunning) return;
    this.loopRunning = true;
    try {
      while (this.status === 'training' && this.session) {
        const started = performance.now();
        for (let i = 0; i < this.stepsPerChunk && this.status === 'training'; i++) {
          this.session.trainStep();
          this.step += 1;
        }
        const ok = await this.report(true);
        const elapsed = performance.now() - started;
        const perStep = elapsed / Math.max(1, this.stepsPerChunk);
        this.stepsPerChunk = Math.max(1, Math.min(500, Math.round(CHUNK_TARGET_MS / Math.max(perStep, 0.01))));
        if (!ok) return;
        await this.evaluateIfDue();
        if (this.desk.due(performance.now())) await this.desk.servePending();
        await yieldToEvents();
      }
      if (this.status === 'paused') {
        this.setStatus('paused');
        // A paused network is what the class looks at: make the test readout describe exactly these weights.
        await this.evaluateSubset();
        await this.desk.servePending();
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.loopRunning = false;
    }
  }

  /** Reads the metrics back (the only sync point of a chunk) and posts them. False when training diverged. */
  private async report(live: boolean): Promise<boolean> {
    const session = this.session;
    const sampler = this.sampler;
    if (!session || !sampler) return false;
    const metrics = await session.readMetrics();
    if (!metrics) return true;
    const now = performance.now();
    if (live) this.throughput.add(now, metrics.examples);
    const diverged = this.divergence.check(metrics.loss, this.step);
    if (diverged) {
      this.diverged(diverged, session.getOptions().learningRate);
      return false;
    }
    this.post({
      type: 'progress', step: this.step, epoch: sampler.epoch, epochProgress: sampler.epochProgress,
      loss: metrics.loss, trainAccuracy: metrics.accuracy, examplesPerSecond: live ? this.throughput.perSecond() : 0,
    });
    return true;
  }

  private diverged(what: string, learningRate: number): void {
    this.setStatus('paused');
    this.post({
      type: 'failed', kind: 'diverged',
      message: `At step ${this.step} ${what}: the weight updates grew too large and the network diverged. ` +
        `Lower the learning rate (it is ${learningRate}; try ${learningRate / 10}) and press Reset to start again from fresh weights.`,
    });
  }

  private async evaluateIfDue(): Promise<void> {
    const session = this.session;
    const sampler = this.sampler;
    const data = this.data;
    if (!session || !sampler || !data || !this.subset) return;
    const now = performance.now();
    if (sampler.epoch > this.evaluatedEpoch) {
      this.evaluatedEpoch = sampler.epoch;
      await this.evaluateFull();
      return;
    }
    if (this.schedule.due(now)) await this.evaluateSubset();
  }

  /** All 10,000 test images: the accuracy readout and the confusion matrix. */
  private async evaluateFull(): Promise<void> {
    const { session, sampler, data } = this;
    if (!session || !sampler || !data) return;
    const full = await session.evaluate(data.test.images, data.test.labels, data.test.count, true);
    if (session !== this.session) return;
    this.post({ type: 'evaluation', step: this.step, epoch: sampler.epoch, accuracy: full.accuracy, loss: full.loss, scope: 'full', count: full.count });
    const labels = data.test.labels.slice();
    const predictions = full.predictions!;
    this.post({ type: 'confusion', step: this.step, predictions, labels, accuracy: full.accuracy }, [predictions.buffer, labels.buffer]);
  }

  private async evaluateSubset(): Promise<void> {
    const { session, sampler, subset } = this;
    if (!session || !sampler || !subset) return;
    const started = performance.now();
    const estimate = await session.evaluate(subset.pixels, subset.labels, subset.count);
    this.schedule.record(performance.now(), performance.now() - started);
    this.post({ type: 'evaluation', step: this.step, epoch: sampler.epoch, accuracy: estimate.accuracy, loss: estimate.loss, scope: 'subset', count: estimate.count });
  }

  private fail(error: unknown): void {
    this.pause();
    this.post({ type: 'failed', kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
