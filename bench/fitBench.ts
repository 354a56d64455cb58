/**
 * The baseline for the training-speed benchmark: the same network (built from the same spec by
 * the engine) trained with a plain tfjs `model.fit` loop, on the same backend, with no UI at all.
 * The runner calls window.runFit(batches) and compares examples/second with the app's.
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

async function runFit(batches: number): Promise<{ examplesPerSecond: number; backend: string }> {
  if (!(await activateBackend(backend))) throw new Error(`backend ${backend} did not start`);
  const model = buildModel(preset.spec, 1);
  const optimizer = tf.train.adam(preset.training.learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const count = batches * batchSize;
  const xs = tf.randomUniform([count, 28, 28, 1]);
  const ys = tf.oneHot(tf.randomUniform([count], 0, 10, 'int32') as tf.Tensor1D, 10);
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
  tf.dispose([xs, ys]);
  model.dispose();
  optimizer.dispose();
  // The first batch compiles kernels; time the rest.
  const examplesPerSecond = ((batches - 1) * batchSize * 1000) / (lastBatchEnd - firstBatchEnd);
  return { examplesPerSecond, backend: tf.getBackend() };
}

(window as unknown as { runFit: typeof runFit }).runFit = runFit;
document.getElementById('log')!.textContent = `ready: ${preset.id}, batch ${batchSize}, backend ${backend}`;
