/**
 * The layer graph of a spec: who reads whom, resolved by summarizeNetwork(). Everything that used
 * to assume "layer i reads layer i − 1" (weight order, receptive fields, editing) asks here.
 */
import { INPUT_NAME } from './spec';
import type { NetworkSummary } from './shapes';

/** For every layer (spec index), the spec indices it reads; −1 is the input image. */
export function inputIndices(summary: NetworkSummary): number[][] {
  const indexOf = new Map(summary.layers.map((l, i) => [l.name, i]));
  return summary.layers.map((l) => l.inputs.map((name) => (name === INPUT_NAME ? -1 : indexOf.get(name) ?? -1)));
}

/**
 * The spec indices in the order tfjs lists a functional model's layers (model.layers without the
 * input, and so model.getWeights()). tfjs sorts layers by their longest distance to the output,
 * farthest first; layers at the same distance keep the order in which a depth-first walk from the
 * output, inputs in listed order, first reached them. For a plain chain this is the spec's order.
 */
export function tfjsLayerOrder(summary: NetworkSummary): number[] {
  const reads = inputIndices(summary);
  const last = summary.layers.length - 1;
  if (last < 0) return [];
  const firstReached = new Map<number, number>();
  const postOrder: number[] = [];
  const visit = (index: number) => {
    if (index < 0 || postOrder.includes(index)) return;
    if (!firstReached.has(index)) firstReached.set(index, firstReached.size);
    reads[index]!.forEach(visit);
    postOrder.push(index);
  };
  visit(last);
  const depth = new Map<number, number>();
  for (const index of [...postOrder].reverse()) {
    const d = depth.get(index) ?? 0;
    depth.set(index, d);
    for (const input of reads[index]!) if (input >= 0) depth.set(input, Math.max(d + 1, depth.get(input) ?? 0));
  }
  return [...depth.keys()].sort((a, b) => depth.get(b)! - depth.get(a)! || firstReached.get(a)! - firstReached.get(b)!);
}
