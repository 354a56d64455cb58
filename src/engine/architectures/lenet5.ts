/** LeNet-5: the lab's own preset (tanh, average pooling, MNIST zero-padded to 32×32), not a copy. */
import type { NetworkSpec } from '../spec';
import { findPreset, type Preset } from '../presets';

function lenet5Preset(): Preset {
  const preset = findPreset('lenet5');
  if (!preset) throw new Error('the LeNet-5 preset is missing from presets.ts');
  return preset;
}

const PRESET = lenet5Preset();

/** The preset's own input side (28: MNIST, which its first layer zero-pads to 32). */
export const LENET5_INPUT_SIZE = PRESET.spec.input.height;

/** The preset's spec, with `inputSize` as its input side. */
export function buildLeNet5(options: { inputSize: number }): NetworkSpec {
  const spec = PRESET.spec;
  return {
    ...spec,
    input: { ...spec.input, height: options.inputSize, width: options.inputSize },
    layers: spec.layers.map((layer) => ({ ...layer })),
  };
}
