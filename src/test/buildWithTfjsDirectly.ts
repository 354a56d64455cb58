/**
 * A second, deliberately naive way to turn a NetworkSpec into tfjs layers, for tests only: every
 * spec field goes straight into the tfjs layer config, with no validation of our own. It does not
 * call summarizeNetwork() (buildModel and buildAnalysedModel both do, and refuse what it refuses),
 * so it tells what tfjs itself makes of a stack the validator rejects.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import type { LayerSpec, NetworkSpec } from '../engine/spec';

/** What tfjs made of a spec: it refused (threw), or it built; then every layer's output shape without the batch axis. */
export type TfjsVerdict =
  | { accepted: false; reason: string }
  | { accepted: true; outputShapes: Map<string, (number | null)[]>; params: number };

type SymbolicTensor = tfl.SymbolicTensor;

/**
 * The tfjs layer for one spec layer, configured field for field. L2 pooling has no tfjs layer; it is
 * the average of the squares times the window area, so it slides its windows exactly as average
 * pooling does and average pooling stands in for its shape rules.
 */
function tfjsLayerFor(layer: LayerSpec): tfl.layers.Layer {
  const name = layer.name;
  switch (layer.type) {
    case 'conv2d':
      return tfl.layers.conv2d({
        name, filters: layer.filters, kernelSize: [layer.kernel, layer.kernelWidth ?? layer.kernel], strides: layer.stride,
        padding: layer.padding, activation: layer.activation, useBias: layer.useBias ?? true,
      });
    case 'depthwiseConv2d':
      return tfl.layers.depthwiseConv2d({ name, kernelSize: layer.kernel, strides: layer.stride, padding: layer.padding, activation: layer.activation, useBias: layer.useBias ?? true });
    case 'batchNorm':
      return tfl.layers.batchNormalization({ name });
    case 'add':
      return tfl.layers.add({ name });
    case 'concatenate':
      return tfl.layers.concatenate({ name, axis: -1 });
    case 'pool': {
      const window = { name, poolSize: layer.size, strides: layer.stride, padding: layer.padding ?? 'valid' };
      if (layer.kind === 'max') return tfl.layers.maxPooling2d(window);
      if (layer.kind === 'average' || layer.kind === 'l2') return tfl.layers.averagePooling2d(window);
      if (layer.kind === 'globalAverage') return tfl.layers.globalAveragePooling2d({ name });
      throw new Error(`no tfjs pooling layer of kind ${String(layer.kind)}`);
    }
    case 'zeroPad':
      return tfl.layers.zeroPadding2d({ name, padding: layer.padding });
    case 'flatten':
      return tfl.layers.flatten({ name });
    case 'dense':
      return tfl.layers.dense({ name, units: layer.units, activation: layer.activation });
    case 'dropout':
      return tfl.layers.dropout({ name, rate: layer.rate });
    case 'activation':
      return tfl.layers.activation({ name, activation: layer.activation });
    default: {
      const unknown: { type?: unknown } = layer;
      throw new Error(`no tfjs layer of type ${String(unknown.type)}`);
    }
  }
}

/**
 * Builds the spec's layers with tfjs, wiring each to the layers its `inputs` name (absent: the
 * layer before it; `input`: the image), then a model from the image to the last layer. A name
 * nothing can be wired to counts as refused: there is no tensor to hand tfjs. Every weight tfjs
 * allocated is disposed before this returns, whether tfjs built the model or not.
 */
export function buildWithTfjsDirectly(spec: NetworkSpec): TfjsVerdict {
  const built: tfl.layers.Layer[] = [];
  const tensors = new Map<string, SymbolicTensor>();
  let model: tfl.LayersModel | null = null;
  try {
    const image = tfl.input({ shape: [spec.input.height, spec.input.width, spec.input.channels], name: 'input' });
    tensors.set('input', image);
    let previous = image;
    for (const layer of spec.layers) {
      const reads = (layer.inputs ?? null)?.map((name) => {
        const tensor = tensors.get(name);
        if (!tensor) throw new Error(`nothing named ${name} to read`);
        return tensor;
      }) ?? [previous];
      const tfjsLayer = tfjsLayerFor(layer);
      // Listed before apply(): tfjs creates a layer's weights before it checks the input's rank.
      built.push(tfjsLayer);
      const output = tfjsLayer.apply(reads.length === 1 ? reads[0]! : reads) as SymbolicTensor;
      // The first of two equal names wins the lookup, as a reader would expect; tfjs refuses both below.
      if (!tensors.has(layer.name)) tensors.set(layer.name, output);
      previous = output;
    }
    model = tfl.model({ inputs: image, outputs: previous });
    const outputShapes = new Map(built.map((l) => [l.name, (l.outputShape as (number | null)[]).slice(1)]));
    return { accepted: true, outputShapes, params: model.countParams() };
  } catch (error) {
    return { accepted: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    const inModel = new Set(model?.layers ?? []);
    model?.dispose();
    // Layers outside the model (an unread branch, or all of them when tfjs refused) hold their own
    // weights; disposed one by one, since a layer whose apply() threw cannot be dispose()d.
    for (const layer of built) if (!inModel.has(layer)) layer.weights.forEach((weight) => weight.dispose());
  }
}

/** True when some layer's output has a side of zero or less (tfjs computes such shapes without complaint). */
export function hasEmptyDimension(verdict: TfjsVerdict): boolean {
  return verdict.accepted && [...verdict.outputShapes.values()].some((shape) => shape.some((d) => d !== null && d <= 0));
}
