/**
 * The TF.js model code: `buildModel()` with the app's layers, names, initializers and seeds (so a
 * CNN's starting kernels are the app's own), and the pieces tfjs does not ship: an L2 pooling
 * layer, and recurrent starting weights drawn as the app draws them (orthogonal × gain, the LSTM
 * forget gate's bias at any value).
 */
import { INPUT_NAME, isMergeLayer, labLayerOnly, type LayerSpec, type WeightInit } from '../spec';
import type { ExportPlan, LayerWiring, PlannedLayer } from './exportPlan';
import { kerasShape, wiringOf } from './exportPlan';
import { commentText } from './kerasModel';
import { grouped } from './pythonLiteral';
import { jsNumber, jsString } from './jsLiteral';

const I1 = '  ';

const parameterWord = (n: number) => `${grouped(n)} parameter${n === 1 ? '' : 's'}`;
const layerComment = (layer: PlannedLayer) => `${I1}// ${commentText(layer.name)}: output ${kerasShape(layer.outputShape)}, ${parameterWord(layer.params)}`;

const L2_POOLING_LAYER = `/** L2 pooling, which tfjs does not ship: √(sum of x²) over each window (valid windows, no parameters). */
class L2Pooling2D extends tf.layers.Layer {
  static className = 'L2Pooling2D';

  constructor({ poolSize, strides, ...config }) {
    super(config);
    this.poolSize = poolSize;
    this.strides = strides;
  }

  computeOutputShape([batch, height, width, channels]) {
    const side = (n) => (n === null ? null : Math.floor((n - this.poolSize) / this.strides) + 1);
    return [batch, side(height), side(width), channels];
  }

  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const sums = tf.mul(tf.avgPool(tf.square(x), this.poolSize, this.strides, 'valid'), this.poolSize * this.poolSize);
      // √ has an infinite slope at 0, and an all-zero window (common after ReLU) would turn the
      // whole gradient into NaN. As in the app, such a window passes back a gradient of 0: there
      // the root is taken of 1 instead and multiplied by 0. (step() is 1 above 0, else 0, and has
      // a zero gradient; a boolean mask from tf.greater would have none, which tfjs refuses.)
      const positive = tf.step(sums);
      return tf.mul(tf.sqrt(tf.add(sums, tf.sub(1, positive))), positive);
    });
  }

  getConfig() {
    return { ...super.getConfig(), poolSize: this.poolSize, strides: this.strides };
  }
}
tf.serialization.registerClass(L2Pooling2D);`;

const RECURRENT_WEIGHTS = `/**
 * A rows × cols matrix (rows ≤ cols) with orthonormal rows, times \`gain\`: the distribution of
 * tfjs's and Keras's orthogonal initializer (Gram–Schmidt on Gaussian rows), drawn in plain
 * JavaScript because tfjs's QR takes seconds for a 96-unit LSTM.
 */
function orthogonal(rows, cols, gain, random) {
  const basis = [];
  while (basis.length < rows) {
    const v = Float64Array.from({ length: cols }, () => gaussian(random));
    for (let pass = 0; pass < 2; pass++) {
      for (const b of basis) {
        let dot = 0;
        for (let k = 0; k < cols; k++) dot += v[k] * b[k];
        for (let k = 0; k < cols; k++) v[k] -= dot * b[k];
      }
    }
    const norm = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
    if (norm > 1e-6) basis.push(v.map((x) => x / norm));
  }
  const values = new Float32Array(rows * cols);
  basis.forEach((row, r) => row.forEach((x, c) => { values[r * cols + c] = gain * x; }));
  return tf.tensor2d(values, [rows, cols]);
}

/**
 * The app's starting weights for one recurrent layer, each direction its own draw: the kernel
 * Glorot uniform over the fused gate matrix, the recurrent kernel orthogonal × RECURRENT_GAIN, the
 * bias 0 except an LSTM's forget gate (gates in tfjs's order: input, forget, candidate, output).
 */
function initRecurrentWeights(layer, random, forgetBias = null) {
  const values = [];
  const shapes = layer.weights.map((w) => w.shape); // [kernel, recurrent kernel, bias] per direction
  for (let d = 0; d < shapes.length; d += 3) {
    const [inputs, width] = shapes[d];
    const units = shapes[d + 1][0];
    const limit = Math.sqrt(6 / (inputs + width));
    values.push(tf.tensor2d(Float32Array.from({ length: inputs * width }, () => (2 * random() - 1) * limit), [inputs, width]));
    values.push(orthogonal(units, width, RECURRENT_GAIN, random));
    const bias = new Float32Array(width);
    if (forgetBias !== null) bias.fill(forgetBias, units, 2 * units);
    values.push(tf.tensor1d(bias));
  }
  layer.setWeights(values);
  tf.dispose(values);
}`;

const initializerName: Record<WeightInit, string> = { glorotUniform: 'glorotUniform', heNormal: 'heNormal', leCunNormal: 'leCunNormal' };

/** JavaScript helpers the model needs, before buildModel(). */
export function tfjsHelpers(plan: ExportPlan): string[] {
  const blocks: string[] = [];
  if (plan.kind === 'convolutional') {
    const init = initializerName[plan.network.init ?? 'glorotUniform'];
    blocks.push(`/** The app's kernel initializer with the app's seed for layer \`index\`: the same starting kernels as in the app. */
const kernelInitializer = (index) => tf.initializers.${init}({ seed: SEED * 1000 + index });`);
    if (plan.network.layers.some((l) => l.type === 'pool' && l.kind === 'l2')) blocks.push(L2_POOLING_LAYER);
  } else {
    blocks.push(RECURRENT_WEIGHTS);
  }
  if (plan.input.training.l2 > 0) blocks.push('/** A fresh L2 penalty λ·Σw² for one weight matrix. */\nconst l2Penalty = () => tf.regularizers.l2({ l2: L2_PENALTY });');
  return blocks;
}

function convolutionalLayer(anyLayer: LayerSpec, index: number, l2: boolean): string {
  const layer = labLayerOnly(anyLayer);
  const name = `name: ${jsString(layer.name)}`;
  const kernel = `kernelInitializer: kernelInitializer(${index})${l2 ? ', kernelRegularizer: l2Penalty()' : ''}`;
  switch (layer.type) {
    case 'conv2d':
      return `tf.layers.conv2d({ ${name}, filters: ${layer.filters}, kernelSize: ${layer.kernel}, strides: ${layer.stride}, padding: ${jsString(layer.padding)}, activation: ${jsString(layer.activation)}, ${kernel} })`;
    case 'pool':
      if (layer.kind === 'globalAverage') return `tf.layers.globalAveragePooling2d({ ${name} })`;
      if (layer.kind === 'l2') return `new L2Pooling2D({ ${name}, poolSize: ${layer.size}, strides: ${layer.stride} })`;
      return `tf.layers.${layer.kind === 'max' ? 'maxPooling2d' : 'averagePooling2d'}({ ${name}, poolSize: ${layer.size}, strides: ${layer.stride}, padding: ${jsString(layer.padding ?? 'valid')} })`;
    case 'zeroPad':
      return `tf.layers.zeroPadding2d({ ${name}, padding: ${layer.padding} })`;
    case 'flatten':
      return `tf.layers.flatten({ ${name} })`;
    case 'dense':
      return `tf.layers.dense({ ${name}, units: ${layer.units}, activation: ${jsString(layer.activation)}, ${kernel} })`;
    case 'dropout':
      return `tf.layers.dropout({ ${name}, rate: ${jsNumber(layer.rate)} })`;
    case 'activation':
      return `tf.layers.activation({ ${name}, activation: ${jsString(layer.activation)} })`;
    case 'add':
      return `tf.layers.add({ ${name} })`;
    case 'concatenate':
      return `tf.layers.concatenate({ ${name}, axis: -1 })`;
  }
}

/** What a layer is applied to: `x`, a kept output, or a list of them for a merge layer. */
function jsReads(wiring: LayerWiring, merge: boolean): string {
  const terms = wiring.reads.map((name) => (name === null ? 'x' : `kept[${jsString(name)}]`));
  return merge ? `[${terms.join(', ')}]` : terms[0]!;
}

function recurrentLayer(plan: ExportPlan & { kind: 'recurrent' }, name: string, sequences: boolean): string {
  const spec = plan.recurrent;
  const args = [`name: ${jsString(name)}`, `units: ${spec.units}`, `returnSequences: ${sequences}`];
  // tfjs's default recurrentActivation is the hard sigmoid; the app's gates use the logistic sigmoid.
  args.push(spec.cell === 'simpleRNN' ? "activation: 'tanh'" : "recurrentActivation: 'sigmoid'");
  // Zeros for now: buildModel() draws the starting weights right after (initRecurrentWeights).
  args.push("kernelInitializer: 'zeros'", "recurrentInitializer: 'zeros'", "biasInitializer: 'zeros'");
  if (plan.input.training.l2 > 0) args.push('kernelRegularizer: l2Penalty()', 'recurrentRegularizer: l2Penalty()');
  const factory = { simpleRNN: 'simpleRNN', lstm: 'lstm', gru: 'gru' }[spec.cell];
  const indent = spec.bidirectional ? `${I1}${I1}${I1}` : `${I1}${I1}`;
  const cell = `tf.layers.${factory}({\n${args.map((a) => `${indent}${a},`).join('\n')}\n${spec.bidirectional ? `${I1}${I1}` : I1}})`;
  return spec.bidirectional ? `tf.layers.bidirectional({\n${I1}${I1}layer: ${cell},\n${I1}${I1}mergeMode: 'concat',\n${I1}${I1}name: ${jsString(name)},\n${I1}})` : cell;
}

function modelBody(plan: ExportPlan): string[] {
  const lines: string[] = [];
  if (plan.kind === 'convolutional') {
    const wiring = wiringOf(plan.network);
    const branched = wiring.keepInput || wiring.layers.some((w) => w.keep);
    if (branched) lines.push(`${I1}const kept = {}; // outputs that later layers read again (skip connections, branches)`);
    if (wiring.keepInput) lines.push(`${I1}kept[${jsString(INPUT_NAME)}] = x;`);
    plan.network.layers.forEach((layer, i) => {
      const w = wiring.layers[i]!;
      lines.push(layerComment(plan.layers[i]!), `${I1}x = ${convolutionalLayer(layer, i, plan.input.training.l2 > 0)}.apply(${jsReads(w, isMergeLayer(layer))});`);
      if (w.keep) lines.push(`${I1}kept[${jsString(layer.name)}] = x;`);
    });
    return lines;
  }
  const spec = plan.recurrent;
  for (let index = 0; index < spec.layers; index++) {
    const planned = plan.layers[index]!;
    const sequences = index < spec.layers - 1 || plan.geometry.perStep;
    const layer = recurrentLayer(plan, planned.name, sequences);
    lines.push(layerComment(planned), `${I1}const layer${index + 1} = ${layer};`, `${I1}x = layer${index + 1}.apply(x);`);
  }
  const head = plan.layers.at(-1)!;
  const output = plan.geometry.output;
  const units = output.kind === 'classes' ? output.classes : 1;
  lines.push(layerComment(head), `${I1}x = tf.layers.dense({ name: ${jsString(head.name)}, units: ${units}, activation: ${jsString(output.kind === 'classes' ? 'softmax' : 'linear')}, kernelInitializer: tf.initializers.glorotUniform({ seed: SEED })${plan.input.training.l2 > 0 ? ', kernelRegularizer: l2Penalty()' : ''} }).apply(x);`);
  return lines;
}

/** `export function buildModel() { ... }` for the plan's network. */
export function tfjsBuildModel(plan: ExportPlan): string {
  const recurrent = plan.kind === 'recurrent' ? plan.recurrent : null;
  const layerList = recurrent ? Array.from({ length: recurrent.layers }, (_, i) => `layer${i + 1}`).join(', ') : '';
  const forgetBias = recurrent?.cell === 'lstm' ? ', FORGET_BIAS' : '';
  const initWeights = recurrent
    ? `\n  // A stream of its own, so the starting weights do not depend on the batches drawn later.\n  const random = createRandom(SEED + 1);\n  for (const layer of [${layerList}]) initRecurrentWeights(layer, random${forgetBias});`
    : '';
  return `/** The network as the app builds it: the same layers, names, output shapes and initializers. */
export function buildModel() {
  const inputs = tf.input({ shape: INPUT_SHAPE, name: ${jsString(plan.inputName)} });
  let x = inputs;
${modelBody(plan).join('\n')}
  // Total parameters: ${grouped(plan.totalParams)}
  const model = tf.model({ inputs, outputs: x, name: ${jsString(plan.kind === 'convolutional' ? 'network' : 'recurrent')} });${initWeights}
  return model;
}`;
}
