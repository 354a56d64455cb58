/**
 * One network being trained: its model, optimizer and running metrics. It owns every long-lived
 * tensor it creates and frees them in dispose(). Metrics stay on the device between read-backs,
 * so a training step never waits for the GPU.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { NetworkSpec } from './spec';
import { buildModel } from './buildModel';
import { createOptimizer, type OptimizerName } from './optimizers';
import { countCorrect, crossEntropy, sumOfSquaredKernels } from './loss';
import { imagesToTensor, labelsToTensor, type PixelBatch } from './batchTensors';

export interface TrainingOptions {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** Keras-style L2 penalty λ: the cost gains λ·Σw² over all kernel weights. */
  l2: number;
}

/** Supplies training batches; the data layer decides order, shifts and shard availability. */
export interface BatchSource {
  nextBatch(size: number): PixelBatch;
}

/** Averages over the steps since the previous read. */
export interface TrainingMetrics {
  loss: number;
  accuracy: number;
  steps: number;
  examples: number;
}

export interface Evaluation {
  loss: number;
  accuracy: number;
  count: number;
  correct: number;
  /** The predicted class of every image, when asked for (for a confusion matrix). */
  predictions?: Uint8Array;
}

const EVALUATION_CHUNK = 500;

export class TrainingSession {
  readonly model: tfl.LayersModel;
  private optimizer: tf.Optimizer;
  private options: TrainingOptions;
  private lossSum: tf.Scalar | null = null;
  private correctSum: tf.Scalar | null = null;
  private stepsSinceRead = 0;
  private examplesSinceRead = 0;

  constructor(readonly spec: NetworkSpec, readonly seed: number, options: TrainingOptions, private readonly source: BatchSource) {
    this.options = { ...options };
    this.model = buildModel(spec, seed);
    this.optimizer = createOptimizer(options.optimizer, options.learningRate);
  }

  /** Changing optimizer or learning rate starts a fresh optimizer (its running averages reset). */
  setOptions(options: TrainingOptions): void {
    const restart = options.optimizer !== this.options.optimizer || options.learningRate !== this.options.learningRate;
    this.options = { ...options };
    if (restart) {
      this.optimizer.dispose();
      this.optimizer = createOptimizer(options.optimizer, options.learningRate);
    }
  }

  getOptions(): TrainingOptions {
    return { ...this.options };
  }

  private kernels(): tf.Variable[] {
    return this.model.trainableWeights.filter((w) => w.name.includes('kernel')).map((w) => w.read() as tf.Variable);
  }

  /** Runs one mini-batch of gradient descent. Does not read anything back from the device. */
  trainStep(): void {
    const batch = this.source.nextBatch(this.options.batchSize);
    const variables = this.model.trainableWeights.map((w) => w.read() as tf.Variable);
    const kernels = this.options.l2 > 0 ? this.kernels() : [];
    tf.tidy(() => {
      const xs = imagesToTensor(batch.pixels, batch.count, this.spec.input);
      const labels = labelsToTensor(batch.labels, batch.count);
      const targets = tf.oneHot(labels, this.spec.classes) as tf.Tensor2D;
      let correct: tf.Scalar | null = null;
      const cost = this.optimizer.minimize(() => {
        const probabilities = this.model.apply(xs, { training: true }) as tf.Tensor2D;
        correct = tf.keep(countCorrect(probabilities, labels));
        const dataCost = crossEntropy(probabilities, targets);
        return kernels.length > 0 ? tf.add(dataCost, tf.mul(sumOfSquaredKernels(kernels), this.options.l2)) : dataCost;
      }, true, variables) as tf.Scalar;
      this.accumulate(cost, correct!);
    });
    this.stepsSinceRead += 1;
    this.examplesSinceRead += batch.count;
  }

  private accumulate(cost: tf.Scalar, correct: tf.Scalar): void {
    const weightedCost = tf.mul(cost, this.options.batchSize);
    const nextLoss = this.lossSum ? tf.add(this.lossSum, weightedCost) : weightedCost;
    const nextCorrect = this.correctSum ? tf.add(this.correctSum, correct) : correct;
    this.lossSum?.dispose();
    this.correctSum?.dispose();
    this.lossSum = tf.keep(nextLoss as tf.Scalar);
    this.correctSum = tf.keep(nextCorrect as tf.Scalar);
    if (nextCorrect !== correct) correct.dispose();
  }

  /** Reads and resets the running averages; null when no step ran since the last read. */
  async readMetrics(): Promise<TrainingMetrics | null> {
    if (!this.lossSum || !this.correctSum || this.examplesSinceRead === 0) return null;
    const lossSum = this.lossSum;
    const correctSum = this.correctSum;
    const steps = this.stepsSinceRead;
    const examples = this.examplesSinceRead;
    this.lossSum = null;
    this.correctSum = null;
    this.stepsSinceRead = 0;
    this.examplesSinceRead = 0;
    try {
      const [loss, correct] = await Promise.all([lossSum.data(), correctSum.data()]);
      return { loss: loss[0]! / examples, accuracy: correct[0]! / examples, steps, examples };
    } finally {
      lossSum.dispose();
      correctSum.dispose();
    }
  }

  /** Cost and accuracy on labelled images, in chunks so memory stays small. Dropout is off. */
  async evaluate(pixels: Uint8Array, labelBytes: Uint8Array, count: number, withPredictions = false): Promise<Evaluation> {
    const { height, width, channels } = this.spec.input;
    const imageSize = height * width * channels;
    let lossTotal: tf.Scalar = tf.scalar(0);
    let correctTotal: tf.Scalar = tf.scalar(0, 'int32');
    const predictionChunks: tf.Tensor1D[] = [];
    for (let start = 0; start < count; start += EVALUATION_CHUNK) {
      const n = Math.min(EVALUATION_CHUNK, count - start);
      const [nextLoss, nextCorrect, predicted] = tf.tidy(() => {
        const xs = imagesToTensor(pixels.subarray(start * imageSize, (start + n) * imageSize), n, this.spec.input);
        const labels = labelsToTensor(labelBytes.subarray(start, start + n), n);
        const probabilities = this.model.predict(xs) as tf.Tensor2D;
        const targets = tf.oneHot(labels, this.spec.classes) as tf.Tensor2D;
        return [
          tf.add(lossTotal, tf.mul(crossEntropy(probabilities, targets), n)) as tf.Scalar,
          tf.add(correctTotal, countCorrect(probabilities, labels)) as tf.Scalar,
          tf.argMax(probabilities, 1) as tf.Tensor1D,
        ];
      });
      lossTotal.dispose();
      correctTotal.dispose();
      lossTotal = nextLoss;
      correctTotal = nextCorrect;
      if (withPredictions) predictionChunks.push(predicted);
      else predicted.dispose();
    }
    try {
      const [loss, correct, ...chunks] = await Promise.all([lossTotal.data(), correctTotal.data(), ...predictionChunks.map((p) => p.data())]);
      const evaluation: Evaluation = { loss: loss[0]! / Math.max(count, 1), accuracy: correct[0]! / Math.max(count, 1), count, correct: correct[0]! };
      if (withPredictions) {
        const predictions = new Uint8Array(count);
        let at = 0;
        for (const chunk of chunks) {
          predictions.set(chunk, at);
          at += chunk.length;
        }
        evaluation.predictions = predictions;
      }
      return evaluation;
    } finally {
      lossTotal.dispose();
      correctTotal.dispose();
      tf.dispose(predictionChunks);
    }
  }

  /** A copy of every weight, in model.getWeights() order, for moving the session to another backend. */
  async exportWeights(): Promise<{ values: Float32Array; shape: number[] }[]> {
    return Promise.all(this.model.getWeights().map(async (w) => ({ values: (await w.data()) as Float32Array, shape: w.shape })));
  }

  importWeights(weights: { values: Float32Array; shape: number[] }[]): void {
    const tensors = weights.map((w) => tf.tensor(w.values, w.shape));
    try {
      this.model.setWeights(tensors);
    } finally {
      tensors.forEach((t) => t.dispose());
    }
  }

  dispose(): void {
    this.lossSum?.dispose();
    this.correctSum?.dispose();
    this.lossSum = null;
    this.correctSum = null;
    this.optimizer.dispose();
    this.model.dispose();
  }
}
