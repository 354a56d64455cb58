/** Defaults for a layer the user adds: teaching-friendly settings and a name not yet taken. */
import type { LabLayerSpec, LabLayerType, LayerSpec } from './spec';

/** A fresh layer of `type` with sensible teaching defaults and a name not yet used. */
export function newLayer(type: LabLayerType, existing: readonly LayerSpec[]): LabLayerSpec {
  const taken = new Set(existing.map((l) => l.name));
  const base = { conv2d: 'conv', pool: 'pool', zeroPad: 'pad', flatten: 'flatten', dense: 'dense', dropout: 'dropout', activation: 'act' }[type];
  let n = 1;
  while (taken.has(`${base}${n}`)) n++;
  const name = `${base}${n}`;
  switch (type) {
    case 'conv2d': return { type, name, filters: 8, kernel: 3, stride: 1, padding: 'valid', activation: 'relu' };
    case 'pool': return { type, name, kind: 'max', size: 2, stride: 2 };
    case 'zeroPad': return { type, name, padding: 1 };
    case 'flatten': return { type, name };
    case 'dense': return { type, name, units: 64, activation: 'relu' };
    case 'dropout': return { type, name, rate: 0.5 };
    case 'activation': return { type, name, activation: 'relu' };
  }
}
