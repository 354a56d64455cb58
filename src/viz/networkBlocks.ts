/**
 * Cuts a network (layers in order, each naming the layers it reads) into what a diagram draws:
 * single layers, blocks that fork and merge again (a residual block, an Inception module) with
 * their paths, and depthwise-separable convolutions (MobileNet's depthwise step, its pointwise 1×1
 * convolution and the normalisation and activation around them) as one unit. Framework-free; the
 * explorer's diagram renders it.
 */
export interface FlowLayer {
  name: string;
  inputs: readonly string[];
  /** The layer type, where the spec gives one (depthwise-separable runs are found by type). */
  type?: string;
}

export type FlowItem =
  | { kind: 'layer'; index: number }
  /** Layers fork+1 … merge; each lane is one path's layers, top to bottom (empty = the identity). */
  | { kind: 'block'; fork: number; merge: number; lanes: number[][] }
  /** Layers first … last in a plain chain: a depthwise convolution through its pointwise convolution (and what follows it). */
  | { kind: 'separable'; first: number; last: number };

/** Layers that ride along with a convolution without changing what it computes where: normalisation and activation. */
const RIDERS = new Set(['batchNorm', 'activation']);

/**
 * The last layer of a depthwise-separable run starting at `first` (a depthwise convolution): the
 * chain continues through riders to a 1×1-style convolution and the riders after it. Each layer
 * must read only the one before, and nobody else may read inside. Null when the run does not close.
 */
function separableRun(layers: readonly FlowLayer[], first: number, readers: (i: number) => number): number | null {
  if (layers[first]?.type !== 'depthwiseConv2d') return null;
  const follows = (i: number) => layers[i]?.inputs.length === 1 && layers[i]!.inputs[0] === layers[i - 1]!.name && readers(i - 1) === 1;
  let i = first + 1;
  while (follows(i) && RIDERS.has(layers[i]!.type ?? '')) i++;
  if (!follows(i) || layers[i]!.type !== 'conv2d') return null;
  while (follows(i + 1) && RIDERS.has(layers[i + 1]!.type ?? '')) i++;
  return i;
}

const INPUT = -1;

export function networkBlocks(layers: readonly FlowLayer[]): FlowItem[] {
  const indexOf = new Map<string, number>([['input', INPUT]]);
  layers.forEach((layer, i) => indexOf.set(layer.name, i));
  const consumers = new Map<number, number>();
  for (const layer of layers) for (const name of layer.inputs) {
    const from = indexOf.get(name) ?? INPUT;
    consumers.set(from, (consumers.get(from) ?? 0) + 1);
  }
  // A block starts after its fork: remember, for each start, the merge that closes it and its lanes.
  const blocks = new Map<number, { fork: number; merge: number; lanes: number[][] }>();
  layers.forEach((layer, merge) => {
    if (layer.inputs.length < 2) return;
    const lanes: number[][] = [];
    const forks = new Set<number>();
    for (const name of layer.inputs) {
      const lane: number[] = [];
      let at = indexOf.get(name) ?? INPUT;
      // Walk up a path while it is a plain chain that only this path uses.
      while (at !== INPUT && (consumers.get(at) ?? 0) === 1 && layers[at]!.inputs.length === 1) {
        lane.unshift(at);
        at = indexOf.get(layers[at]!.inputs[0]!) ?? INPUT;
      }
      lanes.push(lane);
      forks.add(at);
    }
    if (forks.size !== 1) return;
    const fork = [...forks][0]!;
    const inside = new Set(lanes.flat());
    // Only a block whose layers are exactly those between its fork and its merge is drawn as one.
    for (let i = fork + 1; i < merge; i++) if (!inside.has(i)) return;
    blocks.set(fork + 1, { fork, merge, lanes });
  });
  const items: FlowItem[] = [];
  const readers = (i: number) => consumers.get(i) ?? 0;
  for (let i = 0; i < layers.length;) {
    const block = blocks.get(i);
    const separable = separableRun(layers, i, readers);
    if (block && block.merge >= i) {
      items.push({ kind: 'block', ...block });
      i = block.merge + 1;
    } else if (separable !== null) {
      items.push({ kind: 'separable', first: i, last: separable });
      i = separable + 1;
    } else {
      items.push({ kind: 'layer', index: i });
      i++;
    }
  }
  return items;
}
