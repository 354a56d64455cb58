/**
 * The baselines for the CNN training-speed benchmark: the same network (built from the same spec
 * by the engine) trained on the same backend with no UI at all, three ways:
 * - `model.fit` (what tfjs tutorials use; it has its own per-batch overhead),
 * - `model.trainOnBatch` in a plain loop,
 * - `optimizer.minimize` on prepared tensors, nothing read back until the end (the strongest).
 * The runner compares the app's examples/second with the fastest of them.
 */
import * as tf from '@tensorflow/tfjs-core';
import { buildModel } from '../src/engine/buildModel';
import { findPreset } from '../src/engine/presets';
import { activateBackend } from '../src/workers/backends';
import type { BackendName } from '../src/workers/protocol';

const params = new URLSearchParams(location.search);
const backend = (params.get('backend') ?? 'wasm') as BackendName;
const preset = findPreset(params.get('preset') ?? 'conv-pool')!;
const batchSize = Number(params.get('batch') ?? preset.training.batchSize);

interface Rate {
  examplesPerSecond: number;
  backend: string;
}

/** A model, its optimizer and `count` random MNIST-shaped examples with one-hot labels. */
async function setUp(count: number) {
  if (!(await activateBackend(backend))) throw new Error(`backend ${backend} did not start`);
  const model = buildModel(preset.spec, 1);
  const optimizer = tf.train.adam(preset.training.learningRate);
  const xs = tf.randomUniform([count, 28, 28, 1]);
  const ys = tf.oneHot(tf.randomUniform([count], 0, 10, 'int32') as tf.Tensor1D, 10);
  const done = () => {
    tf.dispose([xs, ys]);
    model.dispose();
    optimizer.dispose();
  };
  return { model, optimizer, xs, ys, done };
}

async function runFit(batches: number): Promise<Rate> {
  const { model, optimizer, xs, ys, done } = await setUp(batches * batchSize);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  let firstBatchEnd = 0;
  let lastBatchEnd = 0;
  await model.fit(xs, ys, {
    batchSize, epochs: 1, shuffle: false, verbose: 0,
    callbacks: {
      onBatchEnd: async (batch) => {
        lastBatchEnd = performance.now();
        if (batch === 0) firstBatchEnd = lastBatchEnd;
      },
    },
  });
  done();
  // The first batch compiles kernels; time the rest.
  return { examplesPerSecond: ((batches - 1) * batchSize * 1000) / (lastBatchEnd - firstBatchEnd), backend: tf.getBackend() };
}

/** trainOnBatch on one prepared batch (it reads the loss back every step, as its API returns numbers). */
async function runTrainOnBatch(batches: number): Promise<Rate> {
  const { model, optimizer, xs, ys, done } = await setUp(batchSize);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  await model.trainOnBatch(xs, ys); // compiles kernels: not timed
  const start = performance.now();
  for (let i = 0; i < batches; i++) await model.trainOnBatch(xs, ys);
  const seconds = (performance.now() - start) / 1000;
  done();
  return { examplesPerSecond: (batches * batchSize) / seconds, backend: tf.getBackend() };
}

/** optimizer.minimize on one prepared batch; one read-back at the end so queued GPU work is timed. */
async function runMinimize(batches: number): Promise<Rate> {
  const { model, optimizer, xs, ys, done } = await setUp(batchSize);
  const step = () => tf.tidy(() => {
    optimizer.minimize(() => {
      const p = model.apply(xs, { training: true }) as tf.Tensor;
      return tf.neg(tf.mean(tf.sum(tf.mul(ys, tf.log(tf.clipByValue(p, 1e-7, 1))), -1))) as tf.Scalar;
    });
  });
  step();
  const start = performance.now();
  for (let i = 0; i < batches; i++) step();
  model.getWeights()[0]!.dataSync();
  const seconds = (performance.now() - start) / 1000;
  done();
  return { examplesPerSecond: (batches * batchSize) / seconds, backend: tf.getBackend() };
}

Object.assign(window, { runFit, runTrainOnBatch, runMinimize });
document.getElementById('log')!.textContent = `ready: ${preset.id}, batch ${batchSize}, backend ${backend}`;
