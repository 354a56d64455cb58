/** Turns a validated NetworkSpec into a tfjs LayersModel with seeded initial weights. */
import * as tfl from '@tensorflow/tfjs-layers';
import { labLayerOnly, type LayerSpec, type NetworkSpec, type WeightInit } from './spec';
import { summarizeNetwork } from './shapes';
import { L2Pooling2D } from './l2Pooling';

/** Kernels from the spec's distribution (biases start at zero), seeded per layer so weights are reproducible. */
function kernelInitializer(init: WeightInit, seed: number, layerIndex: number) {
  const config = { seed: seed * 1000 + layerIndex };
  if (init === 'leCunNormal') return tfl.initializers.leCunNormal(config);
  if (init === 'heNormal') return tfl.initializers.heNormal(config);
  return tfl.initializers.glorotUniform(config);
}

type SymbolicTensor = tfl.SymbolicTensor;

function applyLayer(anyLayer: LayerSpec, x: SymbolicTensor, init: WeightInit, seed: number, index: number): SymbolicTensor {
  const layer = labLayerOnly(anyLayer);
  const name = layer.name;
  const kernelInit = (s: number, i: number) => kernelInitializer(init, s, i);
  const apply = (l: tfl.layers.Layer) => l.apply(x) as SymbolicTensor;
  switch (layer.type) {
    case 'conv2d':
      return apply(tfl.layers.conv2d({
        name, filters: layer.filters, kernelSize: layer.kernel, strides: layer.stride,
        padding: layer.padding, activation: layer.activation, kernelInitializer: kernelInit(seed, index),
      }));
    case 'pool': {
      const opts = { name, poolSize: layer.size, strides: layer.stride, padding: 'valid' as const };
      if (layer.kind === 'max') return apply(tfl.layers.maxPooling2d(opts));
      if (layer.kind === 'average') return apply(tfl.layers.averagePooling2d(opts));
      if (layer.kind === 'l2') return apply(new L2Pooling2D({ name, poolSize: layer.size, strides: layer.stride }));
      return apply(tfl.layers.globalAveragePooling2d({ name }));
    }
    case 'zeroPad':
      return apply(tfl.layers.zeroPadding2d({ name, padding: layer.padding }));
    case 'flatten':
      return apply(tfl.layers.flatten({ name }));
    case 'dense':
      return apply(tfl.layers.dense({
        name, units: layer.units, activation: layer.activation, kernelInitializer: kernelInit(seed, index),
      }));
    case 'dropout':
      // No seed: a seeded dropout layer would drop the same units at every step.
      return apply(tfl.layers.dropout({ name, rate: layer.rate }));
    case 'activation':
      return apply(tfl.layers.activation({ name, activation: layer.activation }));
  }
}

/**
 * Builds the model. Throws only for a spec that summarizeNetwork() reports as invalid; callers
 * check `summary.trainable` first and show the problems instead.
 */
export function buildModel(spec: NetworkSpec, seed: number): tfl.LayersModel {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) {
    throw new Error(`Invalid network: ${summary.problems.map((p) => `${p.layerName}: ${JSON.stringify(p.problem)}`).join('; ')}`);
  }
  const input = tfl.input({ shape: [spec.input.height, spec.input.width, spec.input.channels], name: 'input' });
  let x: SymbolicTensor = input;
  spec.layers.forEach((layer, index) => {
    x = applyLayer(layer, x, spec.init ?? 'glorotUniform', seed, index);
  });
  return tfl.model({ inputs: input, outputs: x, name: 'network' });
}
