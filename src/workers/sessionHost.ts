/**
 * One lab's slot in the trainer: the session it trains (model, task data, optimizer), its status,
 * step count, evaluations and views. Every message it posts carries its slot and session id, so
 * the UI can drop what an older configuration says.
 */
import { TrainingSession, type TrainingOptions } from '../engine/trainingSession';
import type { SessionState } from '../engine/sessionState';
import { DivergenceWatch } from '../engine/divergence';
import { buildModelFor } from '../engine/modelSpec';
import { summarizeNetwork } from '../engine/shapes';
import { recurrentSpecProblems } from '../engine/recurrent/recurrentSpec';
import type { MnistData } from '../data/mnistData';
import { createMnistTask } from '../data/tasks/mnistTask';
import { createSyntheticTask, taskSpecProblems } from '../data/tasks/syntheticTask';
import type { TaskData, TaskGeometry, TaskSpec } from '../data/tasks/taskTypes';
import type { SyntheticTaskSpec } from '../data/tasks/syntheticTask';
import { createTextTask } from '../data/tasks/textTask';
import { EvaluationSchedule } from './evaluationSchedule';
import { InspectionDesk } from './inspectionDesk';
import { Throughput } from './throughput';
import { ConvolutionalViews, RecurrentViews, type ViewContext } from './sessionViews';
import type { FromWorker, GenerationRequest, Hyperparameters, InspectInput, SessionAddress, SessionConfig, SessionSnapshot, SlotId, TrainerStatus } from './protocol';
import type { UnitAddress } from '../engine/inspection';
import type { TrainerProblem } from './problems';

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Aim for a progress report about this often; the chunk size adapts to the measured step time. */
export const CHUNK_TARGET_MS = 200;
const MAX_STEPS_PER_CHUNK = 500;

/** How many reasons a configuration cannot be built (the UI checks first; this is the worker's guard). */
export function countConfigProblems(config: SessionConfig): number {
  const model = config.model.kind === 'convolutional'
    ? summarizeNetwork(config.model.network).problems.length
    : recurrentSpecProblems(config.model.recurrent).length;
  return model + taskSpecProblems(config.task).length;
}

/** A session's state while the backend changes under it. */
export interface SuspendedSession {
  state: SessionState;
  options: TrainingOptions;
}

export const needsMnist = (config: SessionConfig) => config.task.id === 'mnistImages' || config.task.id === 'rowMnist';

const isSyntheticTask = (spec: TaskSpec): spec is SyntheticTaskSpec => spec.id === 'delayedRecall' || spec.id === 'adding' || spec.id === 'signal';

/** Two tasks one network can read alike: the same features per step and the same kind of answer (steps may differ). */
function sameReader(a: TaskGeometry, b: TaskGeometry): boolean {
  return a.input.length === 2 && b.input.length === 2 && a.input[1] === b.input[1] && a.perStep === b.perStep
    && JSON.stringify(a.output) === JSON.stringify(b.output);
}

/** The task data of a configuration (MNIST tasks need the download). */
function createTask(config: SessionConfig, data: MnistData | null): TaskData {
  const task = config.task;
  if (task.id === 'mnistImages' || task.id === 'rowMnist') return createMnistTask(task.id, data!, config.seed, config.hyper.expandedData);
  if (task.id === 'text') return createTextTask(task, config.seed);
  return createSyntheticTask(task, config.seed);
}

function createViews(config: SessionConfig, session: TrainingSession, task: TaskData, data: MnistData | null): ConvolutionalViews | RecurrentViews | null {
  if (config.model.kind === 'recurrent') return new RecurrentViews(session, config.model.recurrent, task);
  return data ? new ConvolutionalViews(session, config.model.network, data.test) : null;
}

export class SessionHost {
  sessionId = 0;
  status: TrainerStatus = 'idle';
  /** True while the training loop is inside this host's chunk (it must not be rebuilt then). */
  busy = false;
  private pauseToAnnounce = false;
  private config: SessionConfig | null = null;
  /** A saved model to put into the next session built (its weights, optimizer state, step and data position). */
  private restoring: SessionSnapshot | null = null;
  private session: TrainingSession | null = null;
  private task: TaskData | null = null;
  private views: ConvolutionalViews | RecurrentViews | null = null;
  private step = 0;
  private evaluatedEpoch = 0;
  private stepsPerChunk = 1;
  private divergence: DivergenceWatch | null = null;
  private readonly schedule = new EvaluationSchedule();
  private readonly desk = new InspectionDesk();
  private readonly throughput = new Throughput();

  /** `betweenChunks`: how long evaluations give way to the page (on the main thread), or null in a worker. */
  constructor(
    readonly slot: SlotId, private readonly post: Post, private readonly mnist: () => MnistData | null,
    private readonly betweenChunks: (() => Promise<void>) | null = null,
  ) {}

  private get address(): SessionAddress {
    return { slot: this.slot, sessionId: this.sessionId };
  }

  get training(): boolean {
    return this.status === 'training';
  }

  get waitingForData(): boolean {
    return this.config !== null && this.session === null && needsMnist(this.config);
  }

  /** Takes a new configuration (or the same one for Reset) under a new session id; with a snapshot, a saved model. */
  setConfig(sessionId: number, config: SessionConfig, restore: SessionSnapshot | null = null): void {
    this.sessionId = sessionId;
    this.config = config;
    this.restoring = restore;
  }

  /**
   * New weights from the seed at step 0, or a saved model's weights, optimizer state and step.
   * Waits (as 'starting') when its task needs MNIST that is not in yet.
   */
  async rebuild(): Promise<void> {
    this.dispose();
    const config = this.config;
    if (!config) return;
    const problems = countConfigProblems(config);
    if (problems > 0) {
      this.fail({ code: 'invalidConfiguration', problems });
      return;
    }
    const data = this.mnist();
    if (needsMnist(config) && !data) {
      this.setStatus('starting');
      return;
    }
    const task = createTask(config, data);
    const session = new TrainingSession(buildModelFor(config.model, task.geometry, config.seed), task.geometry, config.hyper, task);
    this.task = task;
    this.session = session;
    this.views = createViews(config, session, task, data);
    this.step = 0;
    this.evaluatedEpoch = 0;
    this.stepsPerChunk = 1;
    this.divergence = new DivergenceWatch(task.geometry.output);
    this.schedule.reset();
    this.desk.clear();
    const restoring = this.restoring;
    this.restoring = null;
    if (restoring && !(await this.restore(session, task, restoring))) return;
    this.setStatus('idle');
    this.post({ type: 'configured', ...this.address, paramCount: session.model.countParams() });
    // A loaded model's test readout describes its own weights at once.
    if (restoring) await this.evaluateSubset();
  }

  /** Puts a saved model into the session just built; false (and no session) when it does not fit. */
  private async restore(session: TrainingSession, task: TaskData, snapshot: SessionSnapshot): Promise<boolean> {
    try {
      await session.importState(snapshot.state);
    } catch (error) {
      this.dispose();
      this.fail({ code: 'restoreFailed', detail: error instanceof Error ? error.message : String(error) });
      return false;
    }
    // A data position from another kind of task is ignored: the weights are what was saved.
    task.restoreProgress(snapshot.taskProgress);
    this.step = snapshot.step;
    this.evaluatedEpoch = task.epoch ?? 0;
    return true;
  }

  /** The session as it stands, to save it; null before it is built. */
  async snapshot(): Promise<SessionSnapshot | null> {
    const { session, task } = this;
    if (!session || !task) return null;
    return { step: this.step, taskProgress: task.saveProgress(), state: await session.exportState() };
  }

  setHyper(hyper: Hyperparameters): void {
    if (this.config) this.config = { ...this.config, hyper };
    this.session?.setOptions(hyper);
    this.task?.setExpandedData(hyper.expandedData);
  }

  /** Returns false when there is nothing to train yet. */
  start(): boolean {
    if (!this.session || this.status === 'training') return false;
    this.setStatus('training');
    this.throughput.clear();
    this.throughput.add(performance.now(), 0);
    return true;
  }

  /**
   * Stops after the current chunk. Returns true when the pause takes effect now; when the loop is
   * inside this host's chunk, the loop announces 'paused' itself once its last report is out, so
   * the UI never sees the step count move after "paused".
   */
  pause(): boolean {
    if (this.status !== 'training') return false;
    this.status = 'paused';
    if (this.busy) {
      this.pauseToAnnounce = true;
      return false;
    }
    this.setStatus('paused');
    return true;
  }

  /** Called by the loop after this host's chunk: announces a pause that arrived during it. */
  takePendingPause(): boolean {
    if (!this.pauseToAnnounce) return false;
    this.pauseToAnnounce = false;
    if (this.status === 'paused') this.setStatus('paused');
    return this.status === 'paused';
  }

  /** After a pause: make the test readout and the views describe exactly the paused weights. */
  async settle(): Promise<void> {
    await this.evaluateSubset();
    await this.desk.servePending();
  }

  async singleStep(): Promise<void> {
    if (!this.session) return;
    this.session.trainStep();
    this.step += 1;
    await this.report(false);
    if (this.status === 'idle') this.setStatus('paused');
  }

  /** One chunk of training within `targetMs`, its report, and any evaluation or view that is due. */
  async runChunk(targetMs: number): Promise<void> {
    const session = this.session;
    if (!session) return;
    const started = performance.now();
    let steps = 0;
    for (; steps < this.stepsPerChunk && this.status === 'training'; steps++) {
      session.trainStep();
      this.step += 1;
    }
    const ok = await this.report(true);
    const perStep = (performance.now() - started) / Math.max(1, steps);
    this.stepsPerChunk = Math.max(1, Math.min(MAX_STEPS_PER_CHUNK, Math.round(targetMs / Math.max(perStep, 0.01))));
    if (!ok) return;
    await this.evaluateIfDue();
    if (this.desk.due(performance.now())) await this.desk.servePending();
  }

  /** Reads the metrics back (the only sync point of a chunk) and posts them. False when training diverged. */
  private async report(live: boolean): Promise<boolean> {
    const { session, task, divergence } = this;
    if (!session || !task || !divergence) return false;
    const metrics = await session.readMetrics();
    if (!metrics || session !== this.session) return true;
    const now = performance.now();
    if (live) this.throughput.add(now, metrics.examples);
    const diverged = divergence.check(metrics.loss, this.step);
    if (diverged) {
      const learningRate = session.getOptions().learningRate;
      this.setStatus('paused');
      this.fail({
        code: 'diverged', step: this.step, cause: diverged.cause, loss: metrics.loss,
        limit: diverged.cause === 'exploded' ? diverged.limit : Number.NaN, learningRate, suggestedRate: learningRate / 10,
        canClip: this.config?.model.kind === 'recurrent' && !session.getOptions().clipping,
      });
      return false;
    }
    const { gradientNorms, clipped } = metrics;
    this.post({
      type: 'progress', ...this.address, step: this.step, epoch: task.epoch, epochProgress: task.epochProgress,
      loss: metrics.loss, trainAccuracy: metrics.accuracy, examplesPerSecond: live ? this.throughput.perSecond() : 0,
      gradientNorms, clipped,
    }, [gradientNorms.buffer, clipped.buffer]);
    return true;
  }

  private async evaluateIfDue(): Promise<void> {
    const task = this.task;
    if (!task) return;
    if (task.epoch !== null && task.epoch > this.evaluatedEpoch && task.fullTestSet) {
      this.evaluatedEpoch = task.epoch;
      await this.evaluateFull();
      return;
    }
    if (this.schedule.due(performance.now())) await this.evaluateSubset();
  }

  /** The whole test set: the accuracy readout and, for classes, the confusion matrix. */
  async evaluateFull(): Promise<void> {
    const { session, task } = this;
    if (!session || !task) return;
    const set = task.fullTestSet ?? task.estimateSet;
    const full = await session.evaluate(set, true, this.betweenChunks ?? undefined);
    if (session !== this.session) return;
    this.post({ type: 'evaluation', ...this.address, step: this.step, epoch: task.epoch, accuracy: full.accuracy, loss: full.loss, scope: 'full', count: full.count });
    if (!full.predictions || !full.labels) return;
    const predictions = Uint8Array.from(full.predictions);
    const labels = Uint8Array.from(full.labels);
    this.post({ type: 'confusion', ...this.address, step: this.step, predictions, labels, accuracy: full.accuracy }, [predictions.buffer, labels.buffer]);
  }

  private async evaluateSubset(): Promise<void> {
    const { session, task } = this;
    if (!session || !task) return;
    const started = performance.now();
    const estimate = await session.evaluate(task.estimateSet, false, this.betweenChunks ?? undefined);
    if (session !== this.session) return;
    this.schedule.record(performance.now(), performance.now() - started);
    this.post({ type: 'evaluation', ...this.address, step: this.step, epoch: task.epoch, accuracy: estimate.accuracy, loss: estimate.loss, scope: 'subset', count: estimate.count });
  }

  /** The moment a view answer is computed for; it is dropped if the session is replaced meanwhile. */
  private viewContext(): ViewContext {
    const session = this.session;
    return { address: this.address, step: this.step, post: this.post, current: () => session !== null && session === this.session };
  }

  /** Queues a CNN inspection; served at once when idle, or by the loop within its budget. */
  requestInspection(requestId: number, input: InspectInput): void {
    const views = this.views;
    if (views instanceof ConvolutionalViews) this.desk.request(() => views.inspect(this.viewContext(), requestId, input));
  }

  /** Queues the unrolled gates of one test example of a recurrent session. */
  requestUnroll(requestId: number, example: number): void {
    const views = this.views;
    if (views instanceof RecurrentViews) this.desk.request(() => views.unroll(this.viewContext(), requestId, example));
  }

  serveViews(): Promise<void> {
    return this.desk.servePending();
  }

  async effectiveField(requestId: number, input: InspectInput, unit: UnitAddress): Promise<void> {
    const views = this.views;
    if (views instanceof ConvolutionalViews) await views.effectiveField(this.viewContext(), requestId, input, unit);
  }

  /** Writes text with a character model (answered at once: generation is quick and reads the weights once). */
  async generate(requestId: number, request: GenerationRequest): Promise<void> {
    const views = this.views;
    if (views instanceof RecurrentViews) await views.generate(this.viewContext(), requestId, request);
    else this.post({ type: 'generationRefused', ...this.address, requestId, problem: { code: this.session ? 'notTextTask' : 'notReady' } });
  }

  /**
   * Trains the same weights on another version of the task from now on (e.g. a longer delay).
   * Only tasks the network can read unchanged qualify: the same features per step and the same
   * kind of answer. Returns false (and changes nothing) otherwise.
   */
  retask(spec: TaskSpec): boolean {
    const { config, session } = this;
    if (!config || !session || config.model.kind !== 'recurrent' || !isSyntheticTask(spec) || taskSpecProblems(spec).length > 0) return false;
    const task = createSyntheticTask(spec, config.seed + this.step);
    if (!sameReader(task.geometry, session.geometry)) return false;
    session.retarget(task.geometry, task);
    this.task = task;
    this.config = { ...config, task: spec };
    this.views = createViews(this.config, session, task, this.mnist());
    this.desk.clear();
    this.schedule.reset();
    this.post({ type: 'retasked', ...this.address, task: spec });
    return true;
  }

  testImages(requestId: number, indices: number[]): void {
    const views = this.views;
    if (views instanceof ConvolutionalViews) views.testImages(this.viewContext(), requestId, indices);
  }

  /**
   * Before a backend switch: copies the trained weights and training settings out and frees the
   * session's tensors. The configuration, task data, step count and id stay.
   */
  async suspend(): Promise<SuspendedSession | null> {
    const session = this.session;
    if (!session) return null;
    const saved = { state: await session.exportState(), options: session.getOptions() };
    this.disposeSession();
    return saved;
  }

  /** After a backend switch: the same network on the new backend with its weights and optimizer state put back. */
  async resume(saved: SuspendedSession | null): Promise<void> {
    const { config, task } = this;
    if (!config) return;
    if (!saved || !task) {
      // Nothing was built yet (e.g. still waiting for MNIST): build it now, or keep waiting.
      await this.rebuild();
      return;
    }
    const session = new TrainingSession(buildModelFor(config.model, task.geometry, config.seed), task.geometry, saved.options, task);
    await session.importState(saved.state);
    this.session = session;
    this.views = createViews(config, session, task, this.mnist());
  }

  /**
   * The backend died under this session (a lost GPU): stop without waiting for the chunk in
   * flight, which may never finish, and free what can be freed. The configuration stays.
   */
  abandon(): void {
    this.busy = false;
    this.pauseToAnnounce = false;
    if (this.status === 'training') this.setStatus('paused');
    try {
      this.dispose();
    } catch {
      // Freeing textures of a lost context can fail; they are gone with it anyway.
    }
  }

  fail(problem: TrainerProblem): void {
    if (this.status === 'training') this.setStatus('paused');
    this.post({ type: 'failed', ...this.address, problem });
  }

  private setStatus(status: TrainerStatus): void {
    this.status = status;
    this.post({ type: 'status', ...this.address, status });
  }

  private disposeSession(): void {
    this.desk.clear();
    this.views = null;
    this.session?.dispose();
    this.session = null;
  }

  dispose(): void {
    this.disposeSession();
    this.task = null;
    this.divergence = null;
  }
}
