/**
 * Cuts a network (layers in order, each naming the layers it reads) into what a diagram draws:
 * single layers, and blocks that fork and merge again (a residual block, an Inception module),
 * each with its paths. Framework-free; the explorer's diagram renders it.
 */
export interface FlowLayer {
  name: string;
  inputs: readonly string[];
}

export type FlowItem =
  | { kind: 'layer'; index: number }
  /** Layers fork+1 … merge; each lane is one path's layers, top to bottom (empty = the identity). */
  | { kind: 'block'; fork: number; merge: number; lanes: number[][] };

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
  for (let i = 0; i < layers.length;) {
    const block = blocks.get(i);
    if (block && block.merge >= i) {
      items.push({ kind: 'block', ...block });
      i = block.merge + 1;
    } else {
      items.push({ kind: 'layer', index: i });
      i++;
    }
  }
  return items;
}
