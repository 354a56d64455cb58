/**
 * The recomputed gates are checked against tfjs's own layers, never against a second copy of the
 * formulas: the hidden state at every step against the layer's returned sequence, the LSTM cell
 * state at every step against returnState on each prefix of the sequence, the GRU candidate
 * against a one-step GRU whose update gate is shut, and every layer of stacked and bidirectional
 * models against the model's own intermediate outputs.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, describe, expect, it } from 'vitest';
import { createRandom } from '../../data/random';
import type { TaskGeometry } from '../../data/tasks/taskTypes';
import { buildRecurrentModel } from './buildRecurrentModel';
import { unrollNetwork } from './inspectRecurrent';
import { CELL_KINDS, FUSED_GATES, recurrentInputSize, recurrentLayerName, type CellKind, type RecurrentSpec } from './recurrentSpec';
import { CELL_ROWS, previousStep, unrollDirection, type CellWeights, type Direction, type GateName } from './unroll';

const TOLERANCE = 1e-5;
const DIRECTIONS: Direction[] = ['forward', 'backward'];
const disposables: { dispose(): void }[] = [];
afterEach(() => disposables.splice(0).forEach((d) => d.dispose()));

const randomArray = (n: number, seed: number, scale = 1) => {
  const random = createRandom(seed);
  return Float32Array.from({ length: n }, () => (2 * random() - 1) * scale);
};

/** Random kernels and biases (the LSTM forget bias included), as tfjs stores them. */
function randomWeights(cell: CellKind, units: number, inputSize: number, seed: number): CellWeights {
  const width = FUSED_GATES[cell] * units;
  return {
    cell, units, inputSize,
    kernel: randomArray(inputSize * width, seed, 0.8),
    recurrentKernel: randomArray(units * width, seed + 1, 0.8),
    bias: randomArray(width, seed + 2, 0.5),
  };
}

const weightTensors = (w: CellWeights) => {
  const width = FUSED_GATES[w.cell] * w.units;
  return [tf.tensor2d(w.kernel, [w.inputSize, width]), tf.tensor2d(w.recurrentKernel, [w.units, width]), tf.tensor1d(w.bias)];
};

/** A standalone tfjs layer of `cell` with the given weights, returning the h sequence (and with returnState h, c). */
function tfjsLayer(w: CellWeights, steps: number, options: { goBackwards: boolean; returnState: boolean; returnSequences: boolean }): tfl.layers.Layer {
  const config = { units: w.units, ...options, kernelInitializer: 'zeros', recurrentInitializer: 'zeros', biasInitializer: 'zeros' } as const;
  const layer = w.cell === 'lstm' ? tfl.layers.lstm({ ...config, recurrentActivation: 'sigmoid' })
    : w.cell === 'gru' ? tfl.layers.gru({ ...config, recurrentActivation: 'sigmoid' })
      : tfl.layers.simpleRNN(config);
  // A functional model builds the layer and owns its weights, whatever number of outputs it has.
  const input = tfl.input({ shape: [steps, w.inputSize] });
  disposables.push(tfl.model({ inputs: input, outputs: layer.apply(input) as tfl.SymbolicTensor | tfl.SymbolicTensor[] }));
  const tensors = weightTensors(w);
  layer.setWeights(tensors);
  tf.dispose(tensors);
  return layer;
}

const worstByCell: Record<string, number> = {};
/** Asserts |a − b| < 1e-5 everywhere and keeps the largest difference for the closing report. */
function expectClose(key: string, a: ArrayLike<number>, b: ArrayLike<number>): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  worstByCell[key] = Math.max(worstByCell[key] ?? 0, worst);
  expect(worst).toBeLessThan(TOLERANCE);
}

const at = (values: Float32Array, t: number, units: number) => values.subarray(t * units, (t + 1) * units);

describe('gate recomputation against standalone tfjs layers', () => {
  const steps = 7;
  const inputSize = 3;
  const units = 5;
  const inputs = randomArray(steps * inputSize, 99);

  for (const cell of CELL_KINDS) {
    for (const direction of DIRECTIONS) {
      it(`${cell}, ${direction}: the hidden state equals the layer's output at every step`, () => {
        const w = randomWeights(cell, units, inputSize, 11);
        const unrolled = unrollDirection(w, inputs, steps, direction);
        const layer = tfjsLayer(w, steps, { goBackwards: direction === 'backward', returnState: false, returnSequences: true });
        const sequence = tf.tidy(() => (layer.apply(tf.tensor3d(inputs, [1, steps, inputSize])) as tf.Tensor).dataSync());
        // A standalone goBackwards layer returns its sequence in READING order (recurrent.js rnn()
        // reverses the inputs and stacks the outputs as produced): index k holds the state after
        // reading k + 1 steps from the end, i.e. original step steps − 1 − k.
        for (let k = 0; k < steps; k++) {
          const t = direction === 'forward' ? k : steps - 1 - k;
          expectClose(`${cell} h`, at(unrolled.values.hidden!, t, units), at(sequence as Float32Array, k, units));
        }
      });
    }
  }

  for (const direction of DIRECTIONS) {
    it(`lstm, ${direction}: the cell state equals the layer's own c after every prefix`, () => {
      const w = randomWeights('lstm', units, inputSize, 21);
      const unrolled = unrollDirection(w, inputs, steps, direction);
      for (let read = 1; read <= steps; read++) {
        // The steps read first: 0…read−1 going forward, steps−read…steps−1 going backwards.
        const first = direction === 'forward' ? 0 : steps - read;
        const prefix = inputs.slice(first * inputSize, (first + read) * inputSize);
        const layer = tfjsLayer(w, read, { goBackwards: direction === 'backward', returnState: true, returnSequences: true });
        const [, h, c] = tf.tidy(() => (layer.apply(tf.tensor3d(prefix, [1, read, inputSize])) as tf.Tensor[]).map((s) => s.dataSync()));
        const t = direction === 'forward' ? read - 1 : steps - read;
        expectClose('lstm c', at(unrolled.values.cell!, t, units), c!);
        expectClose('lstm h', at(unrolled.values.hidden!, t, units), h!);
      }
    });
  }

  for (const direction of DIRECTIONS) {
    it(`gru, ${direction}: the candidate equals a tfjs GRU step with the update gate shut, and h mixes it with h_prev`, () => {
      const w = randomWeights('gru', units, inputSize, 41);
      const unrolled = unrollDirection(w, inputs, steps, direction);
      // Same weights but z = σ(−100) ≈ 0: tfjs's h = z⊙h_prev + (1 − z)⊙h̃ is then its own candidate.
      const width = 3 * units;
      const shut: CellWeights = { ...w, kernel: w.kernel.slice(), recurrentKernel: w.recurrentKernel.slice(), bias: w.bias.slice() };
      for (let row = 0; row < inputSize; row++) shut.kernel.fill(0, row * width, row * width + units);
      for (let row = 0; row < units; row++) shut.recurrentKernel.fill(0, row * width, row * width + units);
      shut.bias.fill(-100, 0, units);
      const oneStep = tfjsLayer(shut, 1, { goBackwards: false, returnState: false, returnSequences: false });
      // h_prev comes from tfjs too: the unmodified layer's own sequence, read back to original steps.
      const full = tfjsLayer(w, steps, { goBackwards: direction === 'backward', returnState: false, returnSequences: true });
      const sequence = tf.tidy(() => (full.apply(tf.tensor3d(inputs, [1, steps, inputSize])) as tf.Tensor).dataSync() as Float32Array);
      const tfjsHidden = (t: number) => at(sequence, direction === 'forward' ? t : steps - 1 - t, units);
      for (let t = 0; t < steps; t++) {
        const previous = previousStep(direction, t, steps);
        const hPrev = previous === null ? new Float32Array(units) : tfjsHidden(previous);
        const candidate = tf.tidy(() => (oneStep.apply(tf.tensor3d(at(inputs, t, inputSize), [1, 1, inputSize]), { initialState: [tf.tensor2d(hPrev, [1, units])] }) as tf.Tensor).dataSync());
        expectClose('gru candidate', at(unrolled.values.candidate!, t, units), candidate);
        // hₜ = z⊙h_prev + (1 − z)⊙h̃ with the recomputed z and the tfjs h_prev, h̃ and hₜ.
        const z = at(unrolled.values.update!, t, units);
        expectClose('gru h', tfjsHidden(t), Float32Array.from(z, (zj, j) => zj * hPrev[j]! + (1 - zj) * candidate[j]!));
      }
    });
  }

  it('splits every weighted sum into terms that add up to the gate value, and gates stay in range', () => {
    for (const cell of CELL_KINDS) {
      for (const direction of DIRECTIONS) {
        const unrolled = unrollDirection(randomWeights(cell, units, inputSize, 31), inputs, steps, direction);
        const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
        for (const [gate, parts] of Object.entries(unrolled.preActivations)) {
          const activation = gate === 'candidate' || gate === 'hidden' ? Math.tanh : sigmoid;
          const value = unrolled.values[gate as GateName]!;
          for (let i = 0; i < steps * units; i++) {
            expect(Math.abs(activation(parts.input[i]! + parts.recurrent[i]! + parts.bias[i % units]!) - value[i]!)).toBeLessThan(1e-6);
          }
        }
        for (const gate of CELL_ROWS[cell]) {
          if (gate === 'cell') continue;
          const [low, high] = gate === 'candidate' || gate === 'hidden' ? [-1, 1] : [0, 1];
          for (const v of unrolled.values[gate]!) {
            expect(v).toBeGreaterThan(low);
            expect(v).toBeLessThan(high);
          }
        }
      }
    }
  });

  it('names the step whose state feeds each step', () => {
    expect(previousStep('forward', 0, 5)).toBeNull();
    expect(previousStep('forward', 3, 5)).toBe(2);
    expect(previousStep('backward', 4, 5)).toBeNull();
    expect(previousStep('backward', 1, 5)).toBe(2);
  });
});

describe('unrolling whole models built by the engine', () => {
  const shapes = [
    { bidirectional: false, units: 5, steps: 8, features: 2 },
    { bidirectional: true, units: 4, steps: 6, features: 3 },
  ];
  for (const cell of CELL_KINDS) {
    for (const { bidirectional, units, steps, features } of shapes) {
      for (const perStep of [false, true]) {
        it(`${cell}, 2 layers, ${bidirectional ? 'bidirectional' : 'one direction'}, ${perStep ? 'many-to-many' : 'many-to-one'}: every layer and direction equals the model's own states`, async () => {
          const geometry: TaskGeometry = perStep
            ? { input: [steps, features], output: { kind: 'values', tolerance: 0.1 }, perStep: true, shape: 'manyToMany' }
            : { input: [steps, features], output: { kind: 'classes', classes: 4 }, perStep: false, shape: 'manyToOne' };
          const spec: RecurrentSpec = { cell, units, layers: 2, bidirectional, forgetBias: 1 };
          const model = buildRecurrentModel(spec, geometry, 5);
          disposables.push(model);
          // Random weights and biases in every direction, as after training (the builder's biases are mostly 0).
          for (let index = 0; index < spec.layers; index++) {
            const tensors = (bidirectional ? [0, 1] : [0]).flatMap((d) => weightTensors(randomWeights(cell, units, recurrentInputSize(spec, features, index), 100 * index + 10 * d)));
            model.getLayer(recurrentLayerName(index)).setWeights(tensors);
            tf.dispose(tensors);
          }
          const inputs = randomArray(steps * features, 77);

          const before = tf.memory().numTensors;
          const unrolled = await unrollNetwork(model, spec, inputs, steps, features);
          expect(tf.memory().numTensors).toBe(before);

          const run = (m: tfl.LayersModel) => tf.tidy(() => (m.predict(tf.tensor3d(inputs, [1, steps, features])) as tf.Tensor).dataSync() as Float32Array);
          for (const { layer, directions } of unrolled.layers) {
            // Probes share the trained layers: disposing one would dispose the model's weights.
            const own = run(tfl.model({ inputs: model.inputs, outputs: model.getLayer(recurrentLayerName(layer)).output as tfl.SymbolicTensor }));
            const width = units * directions.length;
            const returnsSequence = layer < spec.layers - 1 || perStep;
            directions.forEach((direction, d) => {
              expect(direction.direction).toBe(DIRECTIONS[d]);
              // The wrapper reverses the backward sequence back to input order and concatenates
              // [forward, backward]; without sequences each direction hands up its last state read.
              const stepsCompared = returnsSequence ? [...Array(steps).keys()] : [direction.direction === 'forward' ? steps - 1 : 0];
              stepsCompared.forEach((t, k) => {
                const column = (returnsSequence ? t : k) * width + d * units;
                expectClose(`${cell} model`, at(direction.values.hidden!, t, units), own.subarray(column, column + units));
              });
            });
          }
          expectClose(`${cell} output`, unrolled.output, run(model));
          expect(unrolled.outputShape).toEqual(perStep ? [steps, 1] : [4]);
          // The worker transfers these buffers: each array must own its own.
          const arrays = [unrolled.output, ...unrolled.layers.flatMap((l) => l.directions.flatMap((d) => [
            ...Object.values(d.values), ...Object.values(d.preActivations).flatMap((p) => [p.input, p.recurrent, p.bias]),
          ]))];
          expect(new Set(arrays.map((a) => a.buffer)).size).toBe(arrays.length);
          for (const a of arrays) expect(a.byteLength).toBe(a.buffer.byteLength);
        });
      }
    }
  }

  it('leaks no tensors, and leaves the model usable', async () => {
    const geometry: TaskGeometry = { input: [5, 2], output: { kind: 'values', tolerance: 0.1 }, perStep: true, shape: 'manyToMany' };
    const spec: RecurrentSpec = { cell: 'lstm', units: 3, layers: 2, bidirectional: true, forgetBias: 1 };
    const model = buildRecurrentModel(spec, geometry, 2);
    disposables.push(model);
    const inputs = randomArray(10, 3);
    const before = tf.memory().numTensors;
    const first = await unrollNetwork(model, spec, inputs, 5, 2);
    const second = await unrollNetwork(model, spec, inputs, 5, 2);
    expect(tf.memory().numTensors).toBe(before);
    expect(second.layers[1]!.directions[1]!.values.cell).toEqual(first.layers[1]!.directions[1]!.values.cell);
    await expect(unrollNetwork(model, spec, inputs.subarray(1), 5, 2)).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports the largest differences seen', () => {
    // Printed for the closing note; every one was already asserted below 1e-5.
    console.log('max |recomputed − tfjs| by cell:', JSON.stringify(worstByCell));
    expect(Object.keys(worstByCell).length).toBeGreaterThan(0);
  });
});
