import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { buildModel } from './buildModel';
import { summarizeNetwork } from './shapes';
import { tfjsLayerOrder } from './graph';
import { createRandom } from '../data/random';
import { newLayer } from './newLayer';
import { LAYER_TYPES, MNIST_INPUT, type LayerSpec, type NetworkSpec } from './spec';
import type { ShapeProblem } from './shapeProblems';
import { buildWithTfjsDirectly, hasEmptyDimension } from '../test/buildWithTfjsDirectly';

/**
 * Problems the validator reports although tfjs builds the layers with positive shapes. Each is a
 * rule of the course, not of tfjs; any other rejection must be one tfjs makes too.
 */
const REFUSED_ON_PURPOSE: ReadonlyMap<ShapeProblem['code'], string> = new Map<ShapeProblem['code'], string>([
  // tfjs's Dense multiplies the last axis of an image (28×28×1 → 28×28×units); the notes flatten first.
  ['needsFlat', 'a dense layer reads a flat vector'],
  // tfjs broadcasts a sum (one channel onto many, a vector across an image) and concatenates flat
  // vectors; a residual sum adds equal shapes and an Inception concatenation stacks image channels.
  ['shapesDiffer', 'merged layers have matching shapes'],
]);

/**
 * The pure validator and the tfjs builder must agree: whatever summarizeNetwork() accepts must
 * build, with exactly the inferred shapes and parameter count.
 */
describe('validation agrees with the tfjs builder', () => {
  it('on 400 random layer stacks (merges included)', () => {
    const tensorsBefore = tf.memory().numTensors;
    const random = createRandom(99);
    let built = 0;
    let tfjsRefused = 0;
    const refusedOnPurpose = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const layers: LayerSpec[] = [];
      const depth = 1 + Math.floor(random() * 6);
      for (let i = 0; i < depth; i++) {
        const layer = newLayer(LAYER_TYPES[Math.floor(random() * LAYER_TYPES.length)]!, layers);
        if (layer.type === 'pool') Object.assign(layer, { kind: (['max', 'average', 'l2', 'globalAverage'] as const)[Math.floor(random() * 4)] });
        if (layer.type === 'conv2d') Object.assign(layer, { kernel: 1 + Math.floor(random() * 6), stride: 1 + Math.floor(random() * 3), padding: random() < 0.5 ? 'valid' : 'same', filters: 2 });
        if (layer.type === 'dense') Object.assign(layer, { units: 4 });
        layers.push(layer);
      }
      layers.push({ type: 'dense', name: 'out', units: 10, activation: 'softmax' });
      const spec: NetworkSpec = { input: { ...MNIST_INPUT }, classes: 10, layers };
      const summary = summarizeNetwork(spec);
      if (!summary.trainable) {
        // Not buildModel: it runs this same validator, so its refusal would prove nothing.
        const verdict = buildWithTfjsDirectly(spec);
        if (!verdict.accepted || hasEmptyDimension(verdict)) tfjsRefused++;
        else {
          const notOnTheList = summary.problems.filter((p) => !REFUSED_ON_PURPOSE.has(p.problem.code));
          expect({ layers: layers.map((l) => l.name), notOnTheList }).toEqual({ layers: layers.map((l) => l.name), notOnTheList: [] });
          summary.problems.forEach((p) => refusedOnPurpose.add(p.problem.code));
        }
        continue;
      }
      const model = buildModel(spec, 1);
      try {
        expect(model.countParams()).toBe(summary.totalParams);
        // Branches: tfjs lists layers by distance from the output, which tfjsLayerOrder predicts.
        expect(model.layers.slice(1).map((l) => l.name)).toEqual(tfjsLayerOrder(summary).map((i) => summary.layers[i]!.name));
        summary.layers.forEach((layer) => {
          expect((model.getLayer(layer.name).outputShape as (number | null)[]).slice(1)).toEqual(layer.outputShape);
        });
        built++;
      } finally {
        model.dispose();
      }
    }
    expect(built).toBeGreaterThan(25);
    // Both kinds of rejection must actually occur, or this test would check nothing.
    expect(tfjsRefused).toBeGreaterThan(25);
    expect(refusedOnPurpose.size).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});

describe('layer names', () => {
  it('are refused by the validator exactly when tfjs refuses to build with them', () => {
    for (const name of ['conv1', 'x.y-z_1', 'a/b', '9lives', '展平', 'my layer', '_hidden', '-x', 'ü', 'a:b']) {
      const spec: NetworkSpec = { input: { ...MNIST_INPUT }, classes: 10, layers: [{ type: 'flatten', name }, { type: 'dense', name: 'out', units: 10, activation: 'softmax' }] };
      const accepted = summarizeNetwork(spec).valid;
      let built = true;
      try {
        // Built directly with tfjs, not through buildModel (which would refuse what the validator refuses).
        const input = tfl.input({ shape: [28, 28, 1] });
        const output = tfl.layers.dense({ units: 10, activation: 'softmax', name: 'out' }).apply(tfl.layers.flatten({ name }).apply(input)) as tfl.SymbolicTensor;
        tfl.model({ inputs: input, outputs: output }).dispose();
      } catch {
        built = false;
      }
      expect({ name, accepted }).toEqual({ name, accepted: built });
    }
  });
});
