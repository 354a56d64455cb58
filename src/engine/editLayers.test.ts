import { describe, expect, it } from 'vitest';
import { removeLayerAt } from './editLayers';
import { newLayer } from './newLayer';
import { findPreset } from './presets';
import { summarizeNetwork } from './shapes';
import type { LayerSpec, NetworkSpec } from './spec';

const readsOf = (spec: NetworkSpec) => Object.fromEntries(summarizeNetwork(spec).layers.map((l) => [l.name, l.inputs]));
const without = (spec: NetworkSpec, name: string): NetworkSpec => ({ ...spec, layers: removeLayerAt(spec.layers, spec.layers.findIndex((l) => l.name === name)) });

describe('editing a branched layer list by index', () => {
  const inception = findPreset('mini-inception')!.spec;
  const resnet = findPreset('mini-resnet')!.spec;

  it('removing a branch\'s first layer: the next layer keeps reading what the removed one read, not the layer above', () => {
    const before = readsOf(inception);
    expect(before.branch3x3).toEqual(['reduce3x3']);
    const after = readsOf(without(inception, 'reduce3x3'));
    // Without the rule it would read branch1x1, the layer now above it.
    expect(after.branch3x3).toEqual(['pool1']);
    expect(summarizeNetwork(without(inception, 'reduce3x3')).trainable).toBe(true);
  });

  it('removing a layer a merge names: the merge reads what that layer read', () => {
    const after = without(inception, 'poolProjection');
    expect(readsOf(after).inception).toEqual(['branch1x1', 'branch3x3', 'branch5x5', 'branchPool']);
    // Still a network, now with 8 channels from the pooling branch instead of 4.
    expect(summarizeNetwork(after).layers.find((l) => l.name === 'inception')!.outputShape).toEqual([12, 12, 24]);
  });

  it('removing the second convolution of a residual block keeps the skip; removing the stem re-routes the skip to the image', () => {
    expect(readsOf(without(resnet, 'block1b')).block1Add).toEqual(['block1a', 'stem']);
    const noStem = without(resnet, 'stem');
    expect(readsOf(noStem).block1a).toEqual(['input']);
    expect(readsOf(noStem).block1Add).toEqual(['block1b', 'input']);
    // 8 channels plus 1: the engine says why instead of building something else.
    expect(summarizeNetwork(noStem).problems.map((p) => p.problem.code)).toEqual(['shapesDiffer']);
  });

  it('a merge named twice after a removal reads each layer once (and the engine then asks for a second input)', () => {
    const layers: LayerSpec[] = [
      { type: 'conv2d', name: 'c1', filters: 2, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
      { type: 'conv2d', name: 'c2', filters: 2, kernel: 3, stride: 1, padding: 'same', activation: 'relu' },
      { type: 'add', name: 'sum', inputs: ['c1', 'c2'] },
    ];
    expect(removeLayerAt(layers, 1)[1]).toEqual({ type: 'add', name: 'sum', inputs: ['c1'] });
    expect(removeLayerAt(layers, 5)).toEqual(layers);
  });

  it('a new merge layer reads the two layers above where it goes, and takes a free name', () => {
    const layers = resnet.layers;
    const at = layers.findIndex((l) => l.name === 'pool1');
    expect(newLayer('add', layers, at)).toEqual({ type: 'add', name: 'add1', inputs: ['block1Relu', 'block1Add'] });
    expect(newLayer('concatenate', [], 0)).toEqual({ type: 'concatenate', name: 'concat1', inputs: ['input', 'input'] });
  });
});
