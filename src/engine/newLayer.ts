/** Defaults for a layer the user adds: teaching-friendly settings and a name not yet taken. */
import { INPUT_NAME, type LabLayerSpec, type LabLayerType, type LayerSpec } from './spec';

const NAME_BASE: Record<LabLayerType, string> = {
  conv2d: 'conv', pool: 'pool', zeroPad: 'pad', flatten: 'flatten', dense: 'dense', dropout: 'dropout', activation: 'act', add: 'add', concatenate: 'concat',
};

/**
 * A fresh layer of `type` with sensible teaching defaults and a name not yet used, to be inserted
 * at `index`. A merge layer starts by reading the two layers just above that position (the input
 * image standing in where there are fewer); its "inputs" field changes that.
 */
export function newLayer(type: LabLayerType, existing: readonly LayerSpec[], index = existing.length): LabLayerSpec {
  const taken = new Set(existing.map((l) => l.name));
  let n = 1;
  while (taken.has(`${NAME_BASE[type]}${n}`)) n++;
  const name = `${NAME_BASE[type]}${n}`;
  const above = (k: number) => existing[index - k]?.name ?? INPUT_NAME;
  switch (type) {
    case 'conv2d': return { type, name, filters: 8, kernel: 3, stride: 1, padding: 'valid', activation: 'relu' };
    case 'pool': return { type, name, kind: 'max', size: 2, stride: 2 };
    case 'zeroPad': return { type, name, padding: 1 };
    case 'flatten': return { type, name };
    case 'dense': return { type, name, units: 64, activation: 'relu' };
    case 'dropout': return { type, name, rate: 0.5 };
    case 'activation': return { type, name, activation: 'relu' };
    case 'add':
    case 'concatenate':
      return { type, name, inputs: [above(1), above(2)] };
  }
}
