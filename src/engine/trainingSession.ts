/**
 * One network being trained on one task: its model, optimizer and running metrics. It owns every
 * long-lived tensor it creates and frees them in dispose(). Metrics stay on the device between
 * read-backs, so a training step never waits for the GPU.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Batch, EvalSet, TaskGeometry } from '../data/tasks/taskTypes';
import { createOptimizer, setLearningRate, type OptimizerName } from './optimizers';
import { countRight, predictedClasses, sumOfSquaredKernels, taskLoss } from './loss';
import { answerShape, inputTensor, targetTensor } from './batchTensors';
import { clipByGlobalNorm, globalNorm } from './gradientClipping';
import type { OptimizerState, SessionState, TensorValues } from './sessionState';

export interface TrainingOptions {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** Keras-style L2 penalty λ: the cost gains λ·Σw² over all kernel weights. */
  l2: number;
  /** Clip the gradient by its global norm (off when absent). */
  clipping?: boolean;
  /** The largest global norm a step may apply while clipping is on. */
  clipThreshold?: number;
}

/** Supplies training batches; the data layer decides order, shifts and availability. */
export interface BatchSource {
  nextBatch(size: number): Batch;
}

/** Averages over the steps since the previous read. */
export interface TrainingMetrics {
  /** Mean cost per example. */
  loss: number;
  /** Share of right answers (one per example, or one per step for many-to-many tasks). */
  accuracy: number;
  steps: number;
  examples: number;
  /** The global gradient norm of every step since the previous read, before any clipping. */
  gradientNorms: Float32Array;
  /** 1 where clipping shrank that step's gradient, else 0. */
  clipped: Uint8Array;
}

export interface Evaluation {
  loss: number;
  accuracy: number;
  count: number;
  /** Right answers out of `answers` (count, or count × steps for many-to-many). */
  correct: number;
  answers: number;
  /** Every answer's predicted class and its label, when asked for (for a confusion matrix). */
  predictions?: Int32Array;
  labels?: Int32Array;
}

const EVALUATION_CHUNK = 500;

/** The private running powers of tfjs's AdamOptimizer (see OptimizerState.powers), where present. */
function adamPowers(optimizer: tf.Optimizer): [tf.Variable, tf.Variable] | null {
  const fields = optimizer as unknown as { accBeta1?: unknown; accBeta2?: unknown };
  const isVariable = (v: unknown): v is tf.Variable => v instanceof tf.Variable;
  return isVariable(fields.accBeta1) && isVariable(fields.accBeta2) ? [fields.accBeta1, fields.accBeta2] : null;
}

export class TrainingSession {
  private optimizer: tf.Optimizer;
  private options: TrainingOptions;
  private lossSum: tf.Scalar | null = null;
  private rightSum: tf.Scalar | null = null;
  /** Each step's global gradient norm (kept on the device until the next read) and the clip limit then in force. */
  private gradientNorms: tf.Scalar[] = [];
  private clipLimits: number[] = [];
  private stepsSinceRead = 0;
  private examplesSinceRead = 0;
  private answersPerExample: number;
  private currentGeometry: TaskGeometry;

  constructor(readonly model: tfl.LayersModel, geometry: TaskGeometry, options: TrainingOptions, private source: BatchSource) {
    this.options = { ...options };
    this.optimizer = createOptimizer(options.optimizer, options.learningRate);
    this.currentGeometry = geometry;
    this.answersPerExample = answerShape(geometry).reduce((a, b) => a * b, 1);
  }

  get geometry(): TaskGeometry {
    return this.currentGeometry;
  }

  /**
   * Goes on training the same weights on other data of the same kind, e.g. longer sequences:
   * recurrent models read any number of steps. Metrics already gathered are kept.
   */
  retarget(geometry: TaskGeometry, source: BatchSource): void {
    this.currentGeometry = geometry;
    this.source = source;
    this.answersPerExample = answerShape(geometry).reduce((a, b) => a * b, 1);
  }

  /**
   * Another optimizer starts fresh (its running averages mean nothing to the new one); a new
   * learning rate alone keeps the optimizer's state, so Adam is not restarted by a rate change.
   */
  setOptions(options: TrainingOptions): void {
    const previous = this.options;
    this.options = { ...options };
    if (options.optimizer !== previous.optimizer) {
      this.optimizer.dispose();
      this.optimizer = createOptimizer(options.optimizer, options.learningRate);
    } else if (options.learningRate !== previous.learningRate) {
      setLearningRate(this.optimizer, options.learningRate);
    }
  }

  getOptions(): TrainingOptions {
    return { ...this.options };
  }

  private kernels(): tf.Variable[] {
    return this.model.trainableWeights.filter((w) => w.name.includes('kernel')).map((w) => w.read() as tf.Variable);
  }

  /**
   * Runs one mini-batch of gradient descent: gradients of the cost, their global norm, clipping
   * when it is on, then the optimizer's update. Does not read anything back from the device.
   */
  trainStep(): void {
    const batch = this.source.nextBatch(this.options.batchSize);
    const variables = this.model.trainableWeights.map((w) => w.read() as tf.Variable);
    const kernels = this.options.l2 > 0 ? this.kernels() : [];
    const output = this.geometry.output;
    const limit = this.options.clipping && this.options.clipThreshold !== undefined ? this.options.clipThreshold : Number.POSITIVE_INFINITY;
    tf.tidy(() => {
      const xs = inputTensor(batch, this.geometry);
      const targets = targetTensor(batch, this.geometry);
      let right: tf.Scalar | null = null;
      const { value: cost, grads } = tf.variableGrads(() => {
        const predictions = this.model.apply(xs, { training: true }) as tf.Tensor;
        right = tf.keep(countRight(output, predictions, targets));
        const dataCost = taskLoss(output, predictions, targets);
        return kernels.length > 0 ? tf.add(dataCost, tf.mul(sumOfSquaredKernels(kernels), this.options.l2)) : dataCost;
      }, variables);
      const norm = globalNorm(Object.values(grads));
      this.optimizer.applyGradients(Number.isFinite(limit) ? clipByGlobalNorm(grads, norm, limit) : grads);
      this.gradientNorms.push(tf.keep(norm));
      this.accumulate(tf.mul(cost, batch.count) as tf.Scalar, right!);
    });
    this.clipLimits.push(limit);
    this.stepsSinceRead += 1;
    this.examplesSinceRead += batch.count;
  }

  private accumulate(weightedCost: tf.Scalar, right: tf.Scalar): void {
    const nextLoss = this.lossSum ? tf.add(this.lossSum, weightedCost) : weightedCost;
    const nextRight = this.rightSum ? tf.add(this.rightSum, right) : right;
    this.lossSum?.dispose();
    this.rightSum?.dispose();
    this.lossSum = tf.keep(nextLoss as tf.Scalar);
    this.rightSum = tf.keep(nextRight as tf.Scalar);
    if (nextRight !== right) right.dispose();
  }

  /** Reads and resets the running averages; null when no step ran since the last read. */
  async readMetrics(): Promise<TrainingMetrics | null> {
    if (!this.lossSum || !this.rightSum || this.examplesSinceRead === 0) return null;
    const lossSum = this.lossSum;
    const rightSum = this.rightSum;
    const norms = this.gradientNorms;
    const limits = this.clipLimits;
    const steps = this.stepsSinceRead;
    const examples = this.examplesSinceRead;
    this.lossSum = null;
    this.rightSum = null;
    this.gradientNorms = [];
    this.clipLimits = [];
    this.stepsSinceRead = 0;
    this.examplesSinceRead = 0;
    const stacked = tf.stack(norms);
    tf.dispose(norms);
    try {
      const [loss, right, normValues] = await Promise.all([lossSum.data(), rightSum.data(), stacked.data()]);
      const gradientNorms = Float32Array.from(normValues);
      const clipped = Uint8Array.from(gradientNorms, (n, i) => (n > limits[i]! ? 1 : 0));
      return { loss: loss[0]! / examples, accuracy: right[0]! / (examples * this.answersPerExample), steps, examples, gradientNorms, clipped };
    } finally {
      lossSum.dispose();
      rightSum.dispose();
      stacked.dispose();
    }
  }

  /**
   * Cost and accuracy on a fixed set, in chunks so memory stays small. Dropout is off.
   * `betweenChunks`, when given, runs after each chunk: on the page's own thread it yields, so
   * 10,000 test images never freeze the page.
   */
  async evaluate(set: EvalSet, withPredictions = false, betweenChunks?: () => Promise<void>): Promise<Evaluation> {
    const output = this.geometry.output;
    let lossTotal: tf.Scalar | null = null;
    let rightTotal: tf.Scalar | null = null;
    const predictionChunks: tf.Tensor[] = [];
    const labelChunks: Int32Array[] = [];
    try {
      // Created inside the try, so an error anywhere below (a bad chunk, a lost GPU) frees them too.
      lossTotal = tf.scalar(0);
      rightTotal = tf.scalar(0, 'int32');
      for (let start = 0; start < set.count; start += EVALUATION_CHUNK) {
        const batch = set.chunk(start, Math.min(EVALUATION_CHUNK, set.count - start));
        const keepPredictions = withPredictions && output.kind === 'classes';
        const [lossSoFar, rightSoFar] = [lossTotal, rightTotal];
        const [nextLoss, nextRight, predicted] = tf.tidy(() => {
          const predictions = this.model.predict(inputTensor(batch, this.geometry)) as tf.Tensor;
          const targets = targetTensor(batch, this.geometry);
          const sums: tf.Tensor[] = [
            tf.add(lossSoFar, tf.mul(taskLoss(output, predictions, targets), batch.count)),
            tf.add(rightSoFar, countRight(output, predictions, targets)),
          ];
          return keepPredictions ? [...sums, tf.cast(predictedClasses(predictions), 'int32')] : sums;
        }) as [tf.Scalar, tf.Scalar, tf.Tensor | undefined];
        lossTotal.dispose();
        rightTotal.dispose();
        lossTotal = nextLoss;
        rightTotal = nextRight;
        if (predicted) predictionChunks.push(predicted);
        if (predicted && batch.targets.kind === 'classes') labelChunks.push(batch.targets.labels);
        if (betweenChunks) await betweenChunks();
      }
      const [loss, right, ...chunks] = await Promise.all([lossTotal.data(), rightTotal.data(), ...predictionChunks.map((p) => p.data())]);
      const answers = set.count * this.answersPerExample;
      const evaluation: Evaluation = {
        loss: loss[0]! / Math.max(set.count, 1), accuracy: right[0]! / Math.max(answers, 1), count: set.count, correct: right[0]!, answers,
      };
      if (predictionChunks.length > 0) {
        evaluation.predictions = concatInt32(chunks as Int32Array[]);
        evaluation.labels = concatInt32(labelChunks);
      }
      return evaluation;
    } finally {
      lossTotal?.dispose();
      rightTotal?.dispose();
      tf.dispose(predictionChunks);
    }
  }

  /** A copy of every weight, in model.getWeights() order (copies: they may be transferred or kept). */
  async exportWeights(): Promise<TensorValues[]> {
    return Promise.all(this.model.getWeights().map(async (w) => ({ values: Float32Array.from(await w.data()), shape: [...w.shape] })));
  }

  importWeights(weights: TensorValues[]): void {
    const tensors = weights.map((w) => tf.tensor(w.values, w.shape));
    try {
      this.model.setWeights(tensors);
    } finally {
      tensors.forEach((t) => t.dispose());
    }
  }

  /** The optimizer's step counter and accumulators (copies). */
  async exportOptimizer(): Promise<OptimizerState> {
    const [counter, ...slots] = await this.optimizer.getWeights();
    try {
      const iterations = counter ? (await counter.tensor.data())[0]! : 0;
      const values = await Promise.all(slots.map(async (slot) => ({ values: Float32Array.from(await slot.tensor.data()), shape: [...slot.tensor.shape] })));
      const powers = adamPowers(this.optimizer);
      const powerValues = powers ? await Promise.all(powers.map(async (p) => (await p.data())[0]!)) : undefined;
      return { name: this.options.optimizer, iterations, slots: values, ...(powerValues ? { powers: powerValues } : {}) };
    } finally {
      // Only the counter is a new tensor; the slots are the optimizer's own variables.
      counter?.tensor.dispose();
    }
  }

  /** Weights and optimizer state, to save the session or move it to another backend. */
  async exportState(): Promise<SessionState> {
    return { weights: await this.exportWeights(), optimizer: await this.exportOptimizer() };
  }

  /**
   * Puts saved weights and optimizer state back, so training goes on exactly where it stopped.
   * State of another optimizer than this session's is ignored (a new optimizer starts fresh).
   */
  async importState(state: SessionState): Promise<void> {
    this.importWeights(state.weights);
    if (state.optimizer.name !== this.options.optimizer) return;
    const named: { name: string; tensor: tf.Tensor }[] = [
      { name: 'iter', tensor: tf.scalar(state.optimizer.iterations, 'int32') },
      ...state.optimizer.slots.map((slot, i) => ({ name: `slot${i}`, tensor: tf.tensor(slot.values, slot.shape) })),
    ];
    try {
      // A fresh optimizer: nothing of its own to free before its state is replaced.
      await this.optimizer.setWeights(named);
      const powers = adamPowers(this.optimizer);
      const saved = state.optimizer.powers;
      if (powers && saved?.length === 2) powers.forEach((p, i) => tf.tidy(() => p.assign(tf.scalar(saved[i]!))));
    } finally {
      // The optimizer's variables share these tensors' data (reference counted), so they can go.
      tf.dispose(named.map((n) => n.tensor));
    }
  }

  dispose(): void {
    this.lossSum?.dispose();
    this.rightSum?.dispose();
    this.lossSum = null;
    this.rightSum = null;
    tf.dispose(this.gradientNorms);
    this.gradientNorms = [];
    this.optimizer.dispose();
    this.model.dispose();
  }
}

function concatInt32(parts: ArrayLike<number>[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
