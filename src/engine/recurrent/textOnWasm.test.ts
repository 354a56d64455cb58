/**
 * The character model reads one-hot inputs (no Embedding layer, whose gradient needs the
 * UnsortedSegmentSum kernel the wasm backend lacks), so it trains on wasm exactly as on cpu:
 * the same seed gives the same losses, and its gradients through time agree.
 */
import { describe, expect, it } from 'vitest';
import { createTextTask } from '../../data/tasks/textTask';
import { onBackend } from '../../test/wasmInNode';
import { TrainingSession } from '../trainingSession';
import { buildRecurrentModel } from './buildRecurrentModel';
import { gradientsThroughTime } from './gradientsThroughTime';
import type { RecurrentSpec } from './recurrentSpec';

const SPEC: RecurrentSpec = { cell: 'lstm', units: 12, layers: 1, bidirectional: false, forgetBias: 1 };
const TEXT = '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？😀 emoji too. '.repeat(4);

async function run() {
  const task = createTextTask({ id: 'text', text: TEXT, length: 10 }, 2);
  const session = new TrainingSession(buildRecurrentModel(SPEC, task.geometry, 2), task.geometry,
    { optimizer: 'adam', learningRate: 0.01, batchSize: 8, l2: 0, clipping: true, clipThreshold: 1 }, task);
  try {
    const losses: number[] = [];
    for (let i = 0; i < 5; i++) {
      session.trainStep();
      losses.push((await session.readMetrics())!.loss);
    }
    const { batch } = task.example(0);
    const gradients = await gradientsThroughTime(session.model, SPEC, task.geometry, batch.inputs, batch.targets);
    return { losses, norms: Array.from(gradients.layers[0]!.norms) };
  } finally {
    session.dispose();
  }
}

describe('the character model on the wasm backend', () => {
  it('trains with the same losses and gradients as on cpu', async () => {
    const cpu = await onBackend('cpu', run);
    const wasm = await onBackend('wasm', run);
    wasm.losses.forEach((loss, i) => expect(Math.abs(loss - cpu.losses[i]!)).toBeLessThan(1e-4));
    wasm.norms.forEach((norm, t) => expect(Math.abs(norm - cpu.norms[t]!)).toBeLessThan(1e-4 + 1e-3 * cpu.norms[t]!));
    expect(cpu.losses.at(-1)!).toBeLessThan(cpu.losses[0]!);
  });
});
