/**
 * Why Inception needs its 1×1 bottlenecks: the same module built naively (1×1, 3×3 and 5×5
 * convolutions and a 3×3 max pool, all reading the full input depth) and with 1×1 reductions in
 * front of the 3×3 and 5×5 convolutions and after the pool. Both are NetworkSpecs, so their
 * multiply-adds come from the same arithmetic as every other network (shapes.ts).
 *
 * Convolutions are the paper's (bias, ReLU, 'same' padding, no batch normalisation). Multiply-adds
 * count the convolutions only, as the course notes do: pooling and concatenation cost none.
 */
import type { InputSpec, NetworkSpec } from '../spec';
import { summarizeNetwork, type NetworkSummary } from '../shapes';
import { LayerList } from './blocks';
import { concatenateBranches, inceptionModule, plainConv, type InceptionWidths } from './googlenet';

export type { InceptionWidths };

export interface ModuleCost {
  spec: NetworkSpec;
  summary: NetworkSummary;
  /** Channels of the module's output (its height and width are the input's). */
  outputDepth: number;
  multiplyAdds: number;
  params: number;
}

export interface InceptionComparison {
  naive: ModuleCost;
  bottleneck: ModuleCost;
}

/**
 * The naive module: 1×1, 3×3 and 5×5 convolutions (widths from `widths`' #1×1, #3×3 and #5×5) and
 * a 3×3/1 max pool that keeps the input's depth, concatenated. Zero-width branches are left out.
 */
export function naiveInceptionModule(list: LayerList, name: string, from: string, widths: InceptionWidths): string {
  const [n1x1, , n3x3, , n5x5] = widths;
  const branches: string[] = [];
  if (n1x1 > 0) branches.push(plainConv(list, `${name}_1x1`, from, n1x1, 1));
  if (n3x3 > 0) branches.push(plainConv(list, `${name}_3x3`, from, n3x3, 3));
  if (n5x5 > 0) branches.push(plainConv(list, `${name}_5x5`, from, n5x5, 5));
  branches.push(list.add(`${name}_pool`, { type: 'pool', kind: 'max', size: 3, stride: 1, padding: 'same' }, from));
  return concatenateBranches(list, `${name}_output`, branches);
}

/**
 * Closes a module into a valid network: global average pooling and a softmax over its channels
 * (no weights, no multiply-adds), so the module's own counts are the network's.
 */
function moduleCost(input: InputSpec, build: (list: LayerList) => string): ModuleCost {
  const list = new LayerList();
  const output = build(list);
  const moduleOnly = summarizeNetwork({ input, classes: 1, layers: list.layers });
  const outputDepth = moduleOnly.layers.find((l) => l.name === output)?.outputShape?.[2] ?? 0;
  list.add('global_pool', { type: 'pool', kind: 'globalAverage', size: 1, stride: 1 });
  list.add('softmax', { type: 'activation', activation: 'softmax' });
  const spec: NetworkSpec = { input, classes: Math.max(outputDepth, 1), layers: list.layers };
  const summary = summarizeNetwork(spec);
  return { spec, summary, outputDepth, multiplyAdds: summary.totalMultiplyAdds, params: summary.totalParams };
}

/** Builds both modules for an input of `input` (height, width, channels) and returns their output depths and costs. */
export function compareInceptionModules(input: InputSpec, widths: InceptionWidths): InceptionComparison {
  return {
    naive: moduleCost(input, (list) => naiveInceptionModule(list, 'naive', list.last, widths)),
    bottleneck: moduleCost(input, (list) => inceptionModule(list, 'inception', list.last, widths, { unit: plainConv, fiveKernel: 5 })),
  };
}
