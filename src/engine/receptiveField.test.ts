import { describe, expect, it } from 'vitest';
import { fieldGeometries, unitFieldRange } from './receptiveField';
import { summarizeNetwork } from './shapes';
import { createRandom } from '../data/random';
import { findPreset } from './presets';
import type { LayerSpec, NetworkSpec } from './spec';

/**
 * The independent reference: start from one unit and walk back through the layers, marking every
 * input row that any marked unit reads (a one-hot dependency trace), then take the extent.
 */
function bruteForceRows(spec: NetworkSpec, layerIndex: number, row: number): { first: number; last: number } | null {
  const summary = summarizeNetwork(spec);
  let marked = new Set([row]);
  for (let i = layerIndex; i >= 0; i--) {
    const layer = spec.layers[i]!;
    const inSide = (i === 0 ? summary.inputShape : summary.layers[i - 1]!.outputShape!)[0]!;
    const outSide = summary.layers[i]!.outputShape![0]!;
    const next = new Set<number>();
    for (const r of marked) {
      if (layer.type === 'conv2d') {
        const pad = layer.padding === 'same' ? Math.floor(Math.max((outSide - 1) * layer.stride + layer.kernel - inSide, 0) / 2) : 0;
        for (let k = 0; k < layer.kernel; k++) {
          const source = r * layer.stride - pad + k;
          if (source >= 0 && source < inSide) next.add(source);
        }
      } else if (layer.type === 'pool') {
        for (let k = 0; k < layer.size; k++) next.add(r * layer.stride + k);
      } else if (layer.type === 'zeroPad') {
        const source = r - layer.padding;
        if (source >= 0 && source < inSide) next.add(source);
      } else {
        next.add(r);
      }
    }
    marked = next;
  }
  return marked.size ? { first: Math.min(...marked), last: Math.max(...marked) } : null;
}

function randomStack(random: () => number): NetworkSpec {
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const layers: LayerSpec[] = [];
  let side = 28;
  const depth = 2 + Math.floor(random() * 4);
  for (let i = 0; i < depth && side > 2; i++) {
    const roll = random();
    if (roll < 0.5) {
      const kernel = pick([1, 2, 3, 5]);
      const stride = pick([1, 1, 2, 3]);
      const padding = pick(['valid', 'same'] as const);
      const out = padding === 'same' ? Math.ceil(side / stride) : Math.floor((side - kernel) / stride) + 1;
      if (out < 1) continue;
      layers.push({ type: 'conv2d', name: `c${i}`, filters: 2, kernel, stride, padding, activation: 'relu' });
      side = out;
    } else if (roll < 0.8) {
      const size = pick([2, 3]);
      const stride = pick([1, 2, size]);
      const out = Math.floor((side - size) / stride) + 1;
      if (out < 1) continue;
      layers.push({ type: 'pool', name: `p${i}`, kind: pick(['max', 'average', 'l2'] as const), size, stride });
      side = out;
    } else {
      const padding = pick([1, 2]);
      layers.push({ type: 'zeroPad', name: `z${i}`, padding });
      side += 2 * padding;
    }
  }
  layers.push({ type: 'flatten', name: 'flat' }, { type: 'dense', name: 'out', units: 10, activation: 'softmax' });
  return { input: { height: 28, width: 28, channels: 1 }, classes: 10, layers };
}

describe('receptive fields', () => {
  it('the notes\' example: a 5×5 convolution then 2×2 max-pooling', () => {
    const fields = fieldGeometries(findPreset('conv-pool')!.spec);
    expect(fields[0]).toEqual({ size: 5, jump: 1, start: 0 });
    expect(fields[1]).toEqual({ size: 6, jump: 2, start: 0 });
    expect(fields[2]).toBeNull();
    expect(unitFieldRange(findPreset('conv-pool')!.spec, 1, 11)).toEqual({ first: 22, last: 27 });
  });

  it('LeNet-5\'s conv3 units see the whole padded input', () => {
    const fields = fieldGeometries(findPreset('lenet5')!.spec);
    expect(fields[5]).toEqual({ size: 32, jump: 4, start: -2 });
    expect(unitFieldRange(findPreset('lenet5')!.spec, 5, 0, 'cols')).toEqual({ first: 0, last: 27 });
  });

  it('matches a brute-force dependency trace on 30 random stacks, for every unit of every layer', () => {
    const random = createRandom(12345);
    let checkedStacks = 0;
    for (let n = 0; n < 60 && checkedStacks < 30; n++) {
      const spec = randomStack(random);
      const summary = summarizeNetwork(spec);
      if (!summary.trainable) continue;
      checkedStacks++;
      const fields = fieldGeometries(spec);
      spec.layers.forEach((_layer, i) => {
        const field = fields[i];
        if (!field) return;
        const side = summary.layers[i]!.outputShape![0]!;
        for (let row = 0; row < side; row++) {
          const range = unitFieldRange(spec, i, row);
          // Without any padding nothing can be clipped, so the closed-form geometry must agree exactly.
          if (field.start === 0 && row * field.jump + field.size <= 28) expect(range).toEqual({ first: row * field.jump, last: row * field.jump + field.size - 1 });
          expect(range, `stack ${n}, layer ${i}, row ${row}: ${JSON.stringify(spec.layers.slice(0, i + 1))}`).toEqual(bruteForceRows(spec, i, row));
        }
      });
    }
    expect(checkedStacks).toBe(30);
  });
});

describe('field steps (the numbers behind the formula)', () => {
  it('lists each window with the jump below it, and sums to the geometry', async () => {
    const { fieldSteps } = await import('./receptiveField');
    const spec = findPreset('two-conv-pool')!.spec;
    const steps = fieldSteps(spec, 3);
    expect(steps.map((s) => [s.name, s.kernel, s.stride, s.jumpBefore])).toEqual([
      ['conv1', 5, 1, 1], ['pool1', 2, 2, 1], ['conv2', 5, 1, 2], ['pool2', 2, 2, 2],
    ]);
    const size = 1 + steps.reduce((sum, s) => sum + (s.kernel - 1) * s.jumpBefore, 0);
    expect(fieldGeometries(spec)[3]).toEqual({ size, jump: 4, start: 0 });
    expect(size).toBe(16);
  });
});
