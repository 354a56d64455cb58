import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { fieldGeometries, unitFieldRange } from './receptiveField';
import { summarizeNetwork } from './shapes';
import { createRandom } from '../data/random';
import { findPreset } from './presets';
import type { LayerSpec, NetworkSpec } from './spec';
import { traceStack } from '../test/dependencyTrace';

/**
 * A random plain stack of convolutions, pools (valid or same) and zero-pads on a 28×28 input. A
 * layer the lab cannot train (e.g. a window bigger than what is left) is dropped again: the
 * analysis says so, so the generator needs no output-size arithmetic of its own.
 */
function randomStack(random: () => number): NetworkSpec {
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const tail: LayerSpec[] = [{ type: 'flatten', name: 'flat' }, { type: 'dense', name: 'out', units: 10, activation: 'softmax' }];
  const specOf = (layers: LayerSpec[]): NetworkSpec => ({ input: { height: 28, width: 28, channels: 1 }, classes: 10, layers: [...layers, ...tail] });
  const layers: LayerSpec[] = [];
  const depth = 2 + Math.floor(random() * 4);
  for (let i = 0; i < depth; i++) {
    const roll = random();
    if (roll < 0.5) {
      const kernel = pick([1, 2, 3, 5]);
      const padding = pick(['valid', 'same'] as const);
      // Strides longer than the kernel too: such a layer skips rows, which leaves gaps between windows.
      const stride = pick([1, 1, 2, 3]);
      layers.push({ type: 'conv2d', name: `c${i}`, filters: 2, kernel, stride, padding, activation: 'relu' });
    } else if (roll < 0.8) {
      const size = pick([2, 3]);
      const padding = random() < 0.3 ? { padding: 'same' as const } : {};
      layers.push({ type: 'pool', name: `p${i}`, kind: pick(['max', 'average', 'l2'] as const), size, stride: pick([1, 2, size]), ...padding });
    } else {
      layers.push({ type: 'zeroPad', name: `z${i}`, padding: pick([1, 2]) });
    }
    if (!summarizeNetwork(specOf(layers)).trainable) layers.pop();
  }
  return specOf(layers);
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

  // Reference: tfjs's own conv2d / pooling / pad ops run on all 784 one-hot images (see
  // src/test/dependencyTrace.ts), so where `same` padding goes is decided by tfjs, not restated here.
  it('matches a dependency trace through tfjs\'s own ops on 30 random stacks, for every unit of every layer', () => {
    const random = createRandom(12345);
    const tensorsBefore = tf.memory().numTensors;
    let checkedStacks = 0;
    let checkedUnits = 0;
    let sawSamePadding = false;
    let sawClippedField = false;
    for (let n = 0; n < 60 && checkedStacks < 30; n++) {
      const spec = randomStack(random);
      const summary = summarizeNetwork(spec);
      if (!summary.trainable) continue;
      checkedStacks++;
      const traced = traceStack(spec);
      const geometry = { rows: fieldGeometries(spec, 'rows'), cols: fieldGeometries(spec, 'cols') };
      const mismatches: string[] = [];
      spec.layers.forEach((layer, i) => {
        const trace = traced[i];
        expect(trace === null, `layer ${i} spatial`).toBe(geometry.rows[i] === null);
        if (!trace) return;
        if ('padding' in layer && layer.padding === 'same') sawSamePadding = true;
        // The analysis and tfjs agree on the layer's output size.
        expect([trace.height, trace.width]).toEqual(summary.layers[i]!.outputShape!.slice(0, 2));
        // unitFieldRange answers per row and per column; the trace checks it for every unit.
        const rowRanges = Array.from({ length: trace.height }, (_, r) => unitFieldRange(spec, i, r, 'rows'));
        const colRanges = Array.from({ length: trace.width }, (_, c) => unitFieldRange(spec, i, c, 'cols'));
        trace.fields.forEach((field, u) => {
          const r = Math.floor(u / trace.width);
          const c = u % trace.width;
          const claimed = rowRanges[r] && colRanges[c] ? { rows: rowRanges[r], cols: colRanges[c] } : null;
          checkedUnits++;
          if (JSON.stringify(claimed) !== JSON.stringify(field)) mismatches.push(`layer ${i} unit (${r}, ${c}): claimed ${JSON.stringify(claimed)}, traced ${JSON.stringify(field)}`);
          if (!field) return;
          // Where nothing was clipped at a border, the closed-form geometry must describe the trace exactly.
          for (const [axis, index, range] of [['rows', r, field.rows], ['cols', c, field.cols]] as const) {
            const g = geometry[axis][i]!;
            const free = { first: g.start + index * g.jump, last: g.start + index * g.jump + g.size - 1 };
            if (free.first >= 0 && free.last <= 27) expect(range, `${axis} of layer ${i} unit ${index}`).toEqual(free);
            else sawClippedField = true;
          }
        });
      });
      expect(mismatches.slice(0, 5), `stack ${n}: ${JSON.stringify(spec.layers)} (${mismatches.length} mismatches)`).toEqual([]);
    }
    expect(checkedStacks).toBe(30);
    // The sample must exercise what the trace is there for: same padding and borders.
    expect(sawSamePadding && sawClippedField).toBe(true);
    expect(checkedUnits).toBeGreaterThan(10_000);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  // Found by the trace: a walk that kept whole intervals put this field's first row on a row the
  // unit never reads. The 1×1 stride-2 convolution reads padded rows 0 and 2 for pool unit 0; row 0
  // is padding, so the unit sees input row 1 only, not rows 0–1.
  it('a stride longer than its kernel next to padding: the field starts at the first row really read', () => {
    const spec: NetworkSpec = {
      input: { height: 28, width: 28, channels: 1 }, classes: 10,
      layers: [
        { type: 'zeroPad', name: 'pad', padding: 1 },
        { type: 'conv2d', name: 'skip', filters: 1, kernel: 1, stride: 2, padding: 'valid', activation: 'relu' },
        { type: 'pool', name: 'pool', kind: 'max', size: 2, stride: 2 },
        { type: 'flatten', name: 'flat' }, { type: 'dense', name: 'out', units: 10, activation: 'softmax' },
      ],
    };
    expect(traceStack(spec)[2]!.fields[0]).toEqual({ rows: { first: 1, last: 1 }, cols: { first: 1, last: 1 } });
    expect(unitFieldRange(spec, 2, 0, 'rows')).toEqual({ first: 1, last: 1 });
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
