/**
 * Editing a layer list by index when layers may name the layers they read: removing a layer must
 * not silently rewire the network, so whoever read the removed layer reads what it read instead.
 */
import { INPUT_NAME, isMergeLayer, type LayerSpec } from './spec';

/** The names a layer reads, resolved as the analysis resolves them. */
const readsOf = (layers: readonly LayerSpec[], index: number): string[] =>
  layers[index]!.inputs ?? [index === 0 ? INPUT_NAME : layers[index - 1]!.name];

/**
 * The list without layer `index`. A layer that named it reads the removed layer's inputs instead
 * (a merge layer all of them, any other layer the first); the layer just below it, if it read it
 * implicitly, now names those inputs whenever "the layer above" would have changed its meaning.
 */
export function removeLayerAt(layers: readonly LayerSpec[], index: number): LayerSpec[] {
  const removed = layers[index];
  if (!removed) return [...layers];
  const replacement = readsOf(layers, index);
  const above = index === 0 ? INPUT_NAME : layers[index - 1]!.name;
  return layers.flatMap((layer, i) => {
    if (i === index) return [];
    if (i === index + 1 && layer.inputs === undefined) {
      const reads = isMergeLayer(layer) ? replacement : replacement.slice(0, 1);
      return [reads.length === 1 && reads[0] === above ? layer : { ...layer, inputs: reads }];
    }
    if (!layer.inputs?.includes(removed.name)) return [layer];
    const inputs = [...new Set(layer.inputs.flatMap((name) => (name === removed.name ? (isMergeLayer(layer) ? replacement : replacement.slice(0, 1)) : [name])))];
    return [{ ...layer, inputs } as LayerSpec];
  });
}
