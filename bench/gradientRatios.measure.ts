/**
 * ‖∂L/∂h₀‖ / ‖∂L/∂h_last‖ over 40 steps (the long-delay task with T = 38 distractors, so the
 * sequence is 40 steps long) for each cell, at initialisation and after training as the compare
 * mode does (Adam 0.005, batch 32, 16 units, seed 1, 300 steps). The geometric mean over the 12
 * test examples the views offer, for seeds 1–3 at initialisation. cpu backend, float32.
 * Results go to docs/BENCHMARKS.md by hand.
 */
import { it } from 'vitest';
import { createSyntheticTask } from '../src/data/tasks/syntheticTask';
import { buildRecurrentModel } from '../src/engine/recurrent/buildRecurrentModel';
import { gradientsThroughTime } from '../src/engine/recurrent/gradientsThroughTime';
import type { RecurrentSpec } from '../src/engine/recurrent/recurrentSpec';
import { TrainingSession } from '../src/engine/trainingSession';
import type { TaskData } from '../src/data/tasks/taskTypes';
import type * as tfl from '@tensorflow/tfjs-layers';

const TASK = { id: 'delayedRecall', delay: 38, symbols: 4 } as const;

async function meanLogRatio(model: tfl.LayersModel, spec: RecurrentSpec, task: TaskData): Promise<number> {
  let sum = 0;
  for (let i = 0; i < task.exampleCount; i++) {
    const { batch } = task.example(i);
    const { layers } = await gradientsThroughTime(model, spec, task.geometry, batch.inputs, batch.targets);
    const norms = layers[0]!.norms;
    sum += Math.log10(norms[0]! / norms[norms.length - 1]!);
  }
  return sum / task.exampleCount;
}

const cells: [string, RecurrentSpec][] = [
  ['SimpleRNN', { cell: 'simpleRNN', units: 32, layers: 1, bidirectional: false, forgetBias: 1 }],
  ['GRU', { cell: 'gru', units: 32, layers: 1, bidirectional: false, forgetBias: 1 }],
  ['LSTM, forget bias 0', { cell: 'lstm', units: 32, layers: 1, bidirectional: false, forgetBias: 0 }],
  ['LSTM, forget bias 1', { cell: 'lstm', units: 32, layers: 1, bidirectional: false, forgetBias: 1 }],
  ['LSTM, forget bias 5', { cell: 'lstm', units: 32, layers: 1, bidirectional: false, forgetBias: 5 }],
];

const show = (log: number) => `1e${log.toFixed(1)}`;

it('gradient ratios over 40 steps', async () => {
  const task = createSyntheticTask(TASK, 1);
  const lines: string[] = [];
  for (const [name, spec] of cells) {
    const atInit: string[] = [];
    for (const seed of [1, 2, 3]) {
      const model = buildRecurrentModel(spec, task.geometry, seed);
      atInit.push(show(await meanLogRatio(model, spec, task)));
      model.dispose();
    }
    const small = { ...spec, units: 16 };
    const model = buildRecurrentModel(small, task.geometry, 1);
    const session = new TrainingSession(model, task.geometry, { optimizer: 'adam', learningRate: 0.005, batchSize: 32, l2: 0 }, createSyntheticTask(TASK, 1));
    const before = show(await meanLogRatio(model, small, task));
    for (let step = 0; step < 300; step++) session.trainStep();
    await session.readMetrics();
    const accuracy = (await session.evaluate(task.estimateSet)).accuracy;
    const after = show(await meanLogRatio(model, small, task));
    session.dispose();
    lines.push(`| ${name} | ${atInit.join(', ')} | ${before} → ${after} | ${(accuracy * 100).toFixed(0)} % |`);
  }
  console.log(['| cell | at init, 32 units (seeds 1, 2, 3) | 16 units, seed 1: init → after 300 steps | test accuracy after |', '|---|---|---|---|', ...lines].join('\n'));
});
