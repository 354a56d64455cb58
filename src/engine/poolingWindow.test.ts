import { describe, expect, it } from 'vitest';
import { buildModel } from './buildModel';
import { Inspector } from './inspection';
import { poolingWindow } from './poolingWindow';
import { MNIST_INPUT, type NetworkSpec, type Padding, type PoolKind } from './spec';
import { createRandom } from '../data/random';

describe('pooling windows recomputed from the layer below', () => {
  const cases: [PoolKind, Padding][] = [['max', 'valid'], ['average', 'valid'], ['l2', 'valid'], ['globalAverage', 'valid'], ['max', 'same'], ['average', 'same']];
  it.each(cases)('%s pooling (%s) matches the model\'s own output for every unit', async (kind, padding) => {
    const spec: NetworkSpec = {
      input: { ...MNIST_INPUT }, classes: 10,
      layers: [
        { type: 'conv2d', name: 'conv', filters: 3, kernel: 3, stride: 1, padding: 'valid', activation: 'tanh' },
        // 26 rows, windows of 3, stride 2: same padding adds one row below and none above (TF puts the odd one last).
        { type: 'pool', name: 'pool', kind, size: 3, stride: 2, padding },
        ...(kind === 'globalAverage' ? [] : [{ type: 'flatten' as const, name: 'flatten' }]),
        { type: 'dense', name: 'output', units: 10, activation: 'softmax' },
      ],
    };
    const model = buildModel(spec, 4);
    try {
      const random = createRandom(8);
      const pixels = Uint8Array.from({ length: 784 }, () => Math.floor(random() * 256));
      const [, conv, pool] = await new Inspector(model, spec.input, spec.layers).activations(pixels);
      const [h = 1, w = 1, c = 1] = kind === 'globalAverage' ? [1, 1, pool!.shape[0]!] : pool!.shape;
      for (let r = 0; r < h; r++) for (let q = 0; q < w; q++) for (let k = 0; k < c; k++) {
        const window = poolingWindow(conv!.values, conv!.shape, kind, 3, 2, r, q, k, { top: 0, left: 0 });
        if (padding === 'same' && r === h - 1) expect(window.rows).toBe(2);
        expect(window.result).toBeCloseTo(pool!.values[(r * w + q) * c + k]!, 5);
        if (kind === 'max') expect(window.values[window.winner]).toBe(window.result);
      }
    } finally {
      model.dispose();
    }
  });
});
