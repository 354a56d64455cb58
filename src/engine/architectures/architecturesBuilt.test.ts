/**
 * The pure arithmetic against tfjs itself: every architecture is built with the functional API
 * (branches, batch norm and depthwise convolutions included) and tfjs's own countParams() and
 * output shapes must equal the analysis, layer by layer. VGG and AlexNet are built on small inputs
 * (same layers, far fewer dense weights) so the test does not allocate half a gigabyte.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { buildAnalysedModel } from '../buildModel';
import { summarizeNetwork } from '../shapes';
import { tfjsLayerOrder } from '../graph';
import { expectedWeightShapes } from '../weightShapes';
import { ARCHITECTURES, type ArchitectureId } from './index';

/** Inputs the analysis accepts for each network, kept small where the dense layers would be huge. */
const BUILD_SIZES: Partial<Record<ArchitectureId, number>> = { alexnet: 67, vgg16: 32, vgg19: 32 };

describe('tfjs builds every architecture exactly as analysed', () => {
  it.each(ARCHITECTURES.map((a) => [a.id, a] as const))('%s', (id, info) => {
    const spec = info.build({ inputSize: BUILD_SIZES[id] ?? info.defaultInputSize, widthMultiplier: info.widthMultiplier ? 0.5 : undefined });
    const summary = summarizeNetwork(spec);
    expect(summary.valid).toBe(true);
    const before = tf.memory().numTensors;
    const model = buildAnalysedModel(spec, 1);
    try {
      expect(model.countParams()).toBe(summary.totalParams);
      const trainable = model.trainableWeights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
      expect(trainable).toBe(summary.totalParams - summary.totalNonTrainableParams);
      expect(model.layers.slice(1).map((l) => l.name)).toEqual(tfjsLayerOrder(summary).map((i) => summary.layers[i]!.name));
      for (const layer of summary.layers) {
        expect([layer.name, (model.getLayer(layer.name).outputShape as number[]).slice(1)]).toEqual([layer.name, layer.outputShape]);
      }
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});

describe('a branched lab network', () => {
  // An Inception-style block: the order tfjs lists its layers in is not the spec's order.
  const spec = {
    input: { height: 12, width: 12, channels: 1 }, classes: 10, layers: [
      { type: 'conv2d', name: 'stem', filters: 4, kernel: 3, stride: 1, padding: 'valid', activation: 'relu' },
      { type: 'conv2d', name: 'a', filters: 2, kernel: 1, stride: 1, padding: 'same', activation: 'relu' },
      { type: 'conv2d', name: 'b1', filters: 3, kernel: 1, stride: 1, padding: 'same', activation: 'relu', inputs: ['stem'] },
      { type: 'conv2d', name: 'b2', filters: 5, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
      { type: 'concatenate', name: 'joined', inputs: ['a', 'b2'] },
      { type: 'add', name: 'sum', inputs: ['joined', 'input', 'joined'] },
      { type: 'flatten', name: 'flat', inputs: ['joined'] },
      { type: 'dense', name: 'out', units: 10, activation: 'softmax' },
    ],
  } as const;

  it('reports the dead end (the add nothing reads) and builds once it is connected', () => {
    const deadEnd = summarizeNetwork(structuredClone(spec) as never);
    expect(deadEnd.problems.map((p) => p.problem)).toContainEqual({ code: 'shapesDiffer', merge: 'add', shapes: ['10×10×7', '12×12×1', '10×10×7'] });
    const fixed = structuredClone(spec) as unknown as { layers: { name: string; inputs?: string[] }[] };
    fixed.layers.splice(5, 1);
    const summary = summarizeNetwork(fixed as never);
    expect(summary.trainable).toBe(true);
    const model = buildAnalysedModel(fixed as never, 3);
    try {
      const order = tfjsLayerOrder(summary).map((i) => summary.layers[i]!.name);
      expect(order).not.toEqual(summary.layers.map((l) => l.name));
      expect(model.layers.slice(1).map((l) => l.name)).toEqual(order);
      const shapes = expectedWeightShapes({ kind: 'convolutional', network: fixed as never }, { input: [12, 12, 1], output: { kind: 'classes', classes: 10 }, perStep: false } as never);
      expect(shapes).toEqual(model.getWeights().map((w) => w.shape));
    } finally {
      model.dispose();
    }
  });
});
