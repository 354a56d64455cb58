/**
 * The ConvNetJS side of the `convnetjs` part of `npm run bench`: the app's preset network rebuilt
 * in ConvNetJS (Karpathy's pure-JavaScript library: one example at a time, plain typed-array
 * loops, no tfjs), trained with its own Trainer on random MNIST-shaped examples.
 *
 * For conv-pool that is:
 *   input 28×28×1 → conv 20 × 5×5, stride 1, pad 0, sigmoid → max pool 2×2, stride 2
 *   → fc 100, sigmoid → fc 10 → softmax (ConvNetJS adds the fc 10 before its softmax layer itself)
 * = 289,630 parameters, as in the app. Where ConvNetJS cannot match the app exactly:
 * - Optimizer: the npm release (0.3.0) has no Adam (only sgd+momentum, adagrad, windowgrad,
 *   adadelta). We use `windowgrad` (RMSProp: an exponential average of squared gradients) with the
 *   app's learning rate and Adam's β2 = 0.999 as its decay; unlike Adam it has no first-moment
 *   (momentum) average, no bias correction, and its ε sits inside the square root. Its cost per
 *   parameter per batch (one accumulator, a square root, a divide) is close to Adam's.
 * - Batches: ConvNetJS runs forward and backward per example, sums gradients, and updates every
 *   `batch_size` examples with the mean gradient: the same update as a batched step, computed
 *   serially.
 * - Initialisation: ConvNetJS draws N(0, 1/fan-in) (LeCun normal); for the He-normal presets we
 *   scale by √2 (the app truncates its normal at 2σ, ConvNetJS does not); Glorot-uniform presets keep
 *   ConvNetJS's draw. This does not change speed.
 * - Flatten is implicit in ConvNetJS (its fc layers read any volume).
 */
// @ts-expect-error -- convnetjs ships no type declarations; the part used here is typed below.
import convnetjsUntyped from 'convnetjs';
import { findPreset } from '../src/engine/presets';
import { summarizeNetwork } from '../src/engine/shapes';
import type { LayerSpec, NetworkSpec } from '../src/engine/spec';

interface Vol { w: Float64Array | number[] }
interface ConvNetJS {
  Vol: new (sx: number, sy: number, depth: number, c?: number) => Vol;
  Net: new () => {
    makeLayers(defs: object[]): void;
    getParamsAndGrads(): { params: ArrayLike<number> }[];
    layers: { layer_type: string; filters?: Vol[]; out_sx: number; out_sy: number; out_depth: number }[];
  };
  Trainer: new (net: InstanceType<ConvNetJS['Net']>, options: object) => { train(x: Vol, y: number): { loss: number } };
}
const convnetjs = convnetjsUntyped as ConvNetJS;

const params = new URLSearchParams(location.search);
const preset = findPreset(params.get('preset') ?? 'conv-pool')!;
const batchSize = Number(params.get('batch') ?? preset.training.batchSize);

/** ConvNetJS layer definitions for a sequential spec made of the layers ConvNetJS has; throws on the rest. */
function toLayerDefs(spec: NetworkSpec): object[] {
  const { height, width, channels } = spec.input;
  const defs: object[] = [{ type: 'input', out_sx: width, out_sy: height, out_depth: channels }];
  const activation = (a: string) => (a === 'linear' ? {} : { activation: a });
  spec.layers.forEach((layer: LayerSpec, i) => {
    if (layer.inputs) throw new Error(`${layer.name}: ConvNetJS nets are sequential (no branches)`);
    const last = i === spec.layers.length - 1;
    if (layer.type === 'conv2d') {
      if (layer.kernelWidth !== undefined && layer.kernelWidth !== layer.kernel) throw new Error(`${layer.name}: non-square kernel`);
      if (layer.padding === 'same' && (layer.stride !== 1 || layer.kernel % 2 === 0)) throw new Error(`${layer.name}: 'same' padding needs stride 1 and an odd kernel here`);
      if (layer.useBias === false) throw new Error(`${layer.name}: ConvNetJS convolutions always have biases`);
      defs.push({ type: 'conv', sx: layer.kernel, filters: layer.filters, stride: layer.stride, pad: layer.padding === 'same' ? (layer.kernel - 1) / 2 : 0, ...activation(layer.activation) });
    } else if (layer.type === 'pool') {
      if (layer.kind !== 'max' || layer.padding === 'same') throw new Error(`${layer.name}: ConvNetJS pools are max pools without padding`);
      defs.push({ type: 'pool', sx: layer.size, stride: layer.stride });
    } else if (layer.type === 'dense' && last) {
      if (layer.activation !== 'softmax') throw new Error(`${layer.name}: the output must be softmax`);
      defs.push({ type: 'softmax', num_classes: layer.units });
    } else if (layer.type === 'dense') {
      defs.push({ type: 'fc', num_neurons: layer.units, ...activation(layer.activation) });
    } else if (layer.type === 'dropout') {
      defs.push({ type: 'dropout', drop_prob: layer.rate });
    } else if (layer.type !== 'flatten') {
      throw new Error(`${layer.name}: no ConvNetJS equivalent for ${layer.type}`);
    }
  });
  return defs;
}

const net = new convnetjs.Net();
net.makeLayers(toLayerDefs(preset.spec));
if (preset.spec.init === 'heNormal') {
  for (const layer of net.layers) {
    for (const filter of layer.filters ?? []) for (let j = 0; j < filter.w.length; j++) filter.w[j] *= Math.SQRT2;
  }
}
const trainer = new convnetjs.Trainer(net, {
  method: 'windowgrad', learning_rate: preset.training.learningRate, ro: 0.999, eps: 1e-8,
  batch_size: batchSize, l2_decay: preset.training.l2, momentum: 0,
});

const convnetParams = net.getParamsAndGrads().reduce((total, pg) => total + pg.params.length, 0);
// The count the app's model summary shows for this preset.
const appParams = summarizeNetwork(preset.spec).totalParams;

// One prepared batch of random MNIST-shaped examples (pixels in [0, 1)) with random labels, reused every batch.
const { height, width, channels } = preset.spec.input;
const xs = Array.from({ length: batchSize }, () => new convnetjs.Vol(width, height, channels, 0));
for (const x of xs) for (let j = 0; j < x.w.length; j++) x.w[j] = Math.random();
const ys = Array.from({ length: batchSize }, () => Math.floor(Math.random() * preset.spec.classes));

let lastLoss = NaN;
const trainBatch = () => {
  for (let i = 0; i < batchSize; i++) lastLoss = trainer.train(xs[i], ys[i]).loss;
};

/** Trains `batches` batches after one untimed warm-up batch. */
function runConvnet(batches: number) {
  trainBatch();
  const start = performance.now();
  for (let b = 0; b < batches; b++) trainBatch();
  const seconds = (performance.now() - start) / 1000;
  return { examplesPerSecond: (batches * batchSize) / seconds, batches, batchSize, loss: lastLoss };
}

const layers = net.layers.map((l) => `${l.layer_type} ${l.out_sx}×${l.out_sy}×${l.out_depth}`).join(' → ');
const paramsMatch = convnetParams === appParams;
// The runner refuses to compare networks of different sizes: runConvnet exists only when the counts agree.
Object.assign(window, { convnetInfo: { preset: preset.id, batchSize, convnetParams, appParams, paramsMatch, layers } }, paramsMatch ? { runConvnet } : {});
document.getElementById('log')!.textContent = paramsMatch
  ? `ready: ${preset.id}, batch ${batchSize}, ${convnetParams} parameters (the app's count too): ${layers}`
  : `parameter counts differ: ConvNetJS ${convnetParams}, app ${appParams}: ${layers}`;
