/** Turns a validated NetworkSpec into a tfjs LayersModel with seeded initial weights. */
import * as tfl from '@tensorflow/tfjs-layers';
import { INPUT_NAME, type LayerSpec, type NetworkSpec, type WeightInit } from './spec';
import { summarizeNetwork, type NetworkSummary } from './shapes';
import { L2Pooling2D } from './l2Pooling';

/** Kernels from the spec's distribution (biases start at zero), seeded per layer so weights are reproducible. */
function initializerFor(init: WeightInit, seed: number, layerIndex: number) {
  const config = { seed: seed * 1000 + layerIndex };
  if (init === 'leCunNormal') return tfl.initializers.leCunNormal(config);
  if (init === 'heNormal') return tfl.initializers.heNormal(config);
  return tfl.initializers.glorotUniform(config);
}

type SymbolicTensor = tfl.SymbolicTensor;

/** Applies one layer of any type the analysis understands to the tensors it reads. */
function applyLayer(layer: LayerSpec, inputs: SymbolicTensor[], init: WeightInit, seed: number, index: number): SymbolicTensor {
  const name = layer.name;
  const kernelInitializer = () => initializerFor(init, seed, index);
  const apply = (l: tfl.layers.Layer) => l.apply(inputs.length === 1 ? inputs[0]! : inputs) as SymbolicTensor;
  switch (layer.type) {
    case 'conv2d':
      return apply(tfl.layers.conv2d({
        name, filters: layer.filters, kernelSize: [layer.kernel, layer.kernelWidth ?? layer.kernel], strides: layer.stride,
        padding: layer.padding, activation: layer.activation, useBias: layer.useBias ?? true, kernelInitializer: kernelInitializer(),
      }));
    case 'depthwiseConv2d':
      return apply(tfl.layers.depthwiseConv2d({
        name, kernelSize: layer.kernel, strides: layer.stride, padding: layer.padding, activation: layer.activation,
        useBias: layer.useBias ?? true, depthwiseInitializer: kernelInitializer(),
      }));
    case 'batchNorm':
      return apply(tfl.layers.batchNormalization({ name }));
    case 'add':
      return apply(tfl.layers.add({ name }));
    case 'concatenate':
      return apply(tfl.layers.concatenate({ name, axis: -1 }));
    case 'pool': {
      const opts = { name, poolSize: layer.size, strides: layer.stride, padding: layer.padding ?? 'valid' };
      if (layer.kind === 'max') return apply(tfl.layers.maxPooling2d(opts));
      if (layer.kind === 'average') return apply(tfl.layers.averagePooling2d(opts));
      if (layer.kind === 'l2') return apply(new L2Pooling2D(opts));
      return apply(tfl.layers.globalAveragePooling2d({ name }));
    }
    case 'zeroPad':
      return apply(tfl.layers.zeroPadding2d({ name, padding: layer.padding }));
    case 'flatten':
      return apply(tfl.layers.flatten({ name }));
    case 'dense':
      return apply(tfl.layers.dense({ name, units: layer.units, activation: layer.activation, kernelInitializer: kernelInitializer() }));
    case 'dropout':
      // No seed: a seeded dropout layer would drop the same units at every step.
      return apply(tfl.layers.dropout({ name, rate: layer.rate }));
    case 'activation':
      return apply(tfl.layers.activation({ name, activation: layer.activation }));
  }
}

/** Wires the layers by name, so branches (residual adds, concatenations) connect as the spec says. */
function wire(spec: NetworkSpec, summary: NetworkSummary, seed: number): tfl.LayersModel {
  const input = tfl.input({ shape: [spec.input.height, spec.input.width, spec.input.channels], name: INPUT_NAME });
  const outputs = new Map<string, SymbolicTensor>([[INPUT_NAME, input]]);
  spec.layers.forEach((layer, index) => {
    const reads = summary.layers[index]!.inputs.map((name) => outputs.get(name)!);
    outputs.set(layer.name, applyLayer(layer, reads, spec.init ?? 'glorotUniform', seed, index));
  });
  return tfl.model({ inputs: input, outputs: outputs.get(spec.layers.at(-1)!.name)!, name: 'network' });
}

/**
 * Builds the lab's model. Throws only for a spec that summarizeNetwork() reports as not trainable;
 * callers check `summary.trainable` first and show the problems instead.
 */
export function buildModel(spec: NetworkSpec, seed: number): tfl.LayersModel {
  const summary = summarizeNetwork(spec);
  if (!summary.trainable) throw new Error(`Invalid network: ${describeProblems(summary)}`);
  return wire(spec, summary, seed);
}

/**
 * Builds any network the analysis accepts, including the architectures' batch normalisation and
 * depthwise convolutions, so tests can hold the pure arithmetic against what tfjs itself builds.
 */
export function buildAnalysedModel(spec: NetworkSpec, seed: number): tfl.LayersModel {
  const summary = summarizeNetwork(spec);
  if (!summary.valid) throw new Error(`Invalid network: ${describeProblems(summary)}`);
  return wire(spec, summary, seed);
}

const describeProblems = (summary: NetworkSummary) => summary.problems.map((p) => `${p.layerName}: ${JSON.stringify(p.problem)}`).join('; ');
