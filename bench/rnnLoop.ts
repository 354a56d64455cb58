/**
 * The baseline for the RNN lab's training-speed benchmark: the same recurrent network (built from
 * the same preset by the engine), trained by the plainest strong tfjs loop — optimizer.minimize on
 * prepared tensors, nothing read back until the end — on the same backend, with no UI at all.
 * The runner calls window.runLoop(batches) and compares examples/second with the app's.
 */
import * as tf from '@tensorflow/tfjs-core';
import { buildRecurrentModel } from '../src/engine/recurrent/buildRecurrentModel';
import { findRnnPreset } from '../src/engine/recurrent/rnnPresets';
import { taskGeometry } from '../src/data/tasks/syntheticTask';
import { activateBackend } from '../src/workers/backends';
import type { BackendName } from '../src/workers/protocol';

const params = new URLSearchParams(location.search);
const backend = (params.get('backend') ?? 'wasm') as BackendName;
const preset = findRnnPreset(params.get('preset') ?? 'row-mnist-lstm')!;
const batchSize = Number(params.get('batch') ?? preset.training.batchSize);
const geometry = taskGeometry(preset.task);

async function runLoop(batches: number): Promise<{ examplesPerSecond: number; backend: string }> {
  if (!(await activateBackend(backend))) throw new Error(`backend ${backend} did not start`);
  const model = buildRecurrentModel(preset.network, geometry, 1);
  const optimizer = tf.train.adam(preset.training.learningRate);
  const classes = geometry.output.kind === 'classes' ? geometry.output.classes : 1;
  const xs = tf.randomUniform([batchSize, ...geometry.input]);
  const ys = tf.oneHot(tf.randomUniform([batchSize], 0, classes, 'int32') as tf.Tensor1D, classes);
  const step = () => tf.tidy(() => {
    optimizer.minimize(() => {
      const p = model.apply(xs, { training: true }) as tf.Tensor;
      return tf.neg(tf.mean(tf.sum(tf.mul(ys, tf.log(tf.clipByValue(p, 1e-7, 1))), -1))) as tf.Scalar;
    });
  });
  step(); // compiles kernels / warms caches: not timed
  const start = performance.now();
  for (let i = 0; i < batches; i++) step();
  // One read-back at the end, so queued GPU work is inside the timed window.
  (model.getWeights()[0]!).dataSync();
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([xs, ys]);
  model.dispose();
  optimizer.dispose();
  return { examplesPerSecond: (batches * batchSize) / seconds, backend: tf.getBackend() };
}

(window as unknown as { runLoop: typeof runLoop }).runLoop = runLoop;
document.getElementById('log')!.textContent = `ready: ${preset.id}, batch ${batchSize}, backend ${backend}`;
