/**
 * The Keras 3 model code: `build_model()` with the app's layers, names and starting distributions,
 * each layer commented with the app's output shape and parameter count, and the small helpers
 * (initializers, L2 pooling) that Keras does not ship.
 */
import { INPUT_NAME, isMergeLayer, labLayerOnly, type LayerSpec, type WeightInit } from '../spec';
import { FUSED_GATES } from '../recurrent/recurrentSpec';
import type { ExportPlan, LayerWiring, PlannedLayer } from './exportPlan';
import { kerasShape, wiringOf } from './exportPlan';
import { LSTM_FORGET_BIAS_DEFAULTS, TFJS_INIT_SCALE } from './libraryDefaults';
import { grouped, pyBool, pyFloat, pyNumber, pyString } from './pythonLiteral';

const I1 = '    ';

const parameterWord = (n: number) => `${grouped(n)} parameter${n === 1 ? '' : 's'}`;

/** `# conv1: output (None, 24, 24, 20), 520 parameters`, with the name made safe for a comment. */
function layerComment(layer: PlannedLayer): string {
  return `${I1}# ${commentText(layer.name)}: output ${kerasShape(layer.outputShape)}, ${parameterWord(layer.params)}`;
}

/** Text for a comment line: anything that could end the line or hide characters becomes a space. */
export function commentText(text: string): string {
  return Array.from(String(text), (c) => (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(c) ? ' ' : c)).join('');
}

const usesNormalInit = (init: WeightInit): init is 'heNormal' | 'leCunNormal' => init === 'heNormal' || init === 'leCunNormal';

/** Python helpers the model needs, before build_model(). */
export function kerasHelpers(plan: ExportPlan): string[] {
  const blocks: string[] = [];
  if (plan.kind === 'convolutional') {
    const init = plan.network.init ?? 'glorotUniform';
    if (usesNormalInit(init)) blocks.push(truncatedNormalHelper(init));
    if (plan.network.layers.some((l) => l.type === 'pool' && l.kind === 'l2')) blocks.push(L2_POOLING_LAYER);
  } else if (plan.recurrent.cell === 'lstm' && plan.recurrent.forgetBias !== LSTM_FORGET_BIAS_DEFAULTS.keras) {
    blocks.push(FORGET_GATE_BIAS);
  }
  return blocks;
}

function truncatedNormalHelper(init: 'heNormal' | 'leCunNormal'): string {
  const name = init === 'heNormal' ? 'He normal' : 'LeCun normal';
  return `# tfjs's ${init} (the app's "${name}") draws N(0, ${TFJS_INIT_SCALE[init]} / fan_in) and redraws anything beyond
# ±2σ without rescaling, so its spread is TRUNCATED_SPREAD × √(${TFJS_INIT_SCALE[init]} / fan_in). Keras's
# ${init === 'heNormal' ? '"he_normal"' : '"lecun_normal"'} rescales σ to undo the cut; with scale × TRUNCATED_SPREAD² it draws exactly what tfjs draws.
TRUNCATED_SPREAD = math.sqrt(1 - 4 * math.exp(-2) / math.sqrt(2 * math.pi) / math.erf(math.sqrt(2)))


def kernel_initializer():
    """A fresh initializer for each layer (one shared instance would give equal layers equal weights)."""
    return keras.initializers.VarianceScaling(
        scale=${pyFloat(TFJS_INIT_SCALE[init])} * TRUNCATED_SPREAD**2, mode="fan_in", distribution="truncated_normal"
    )`;
}

const L2_POOLING_LAYER = `@keras.saving.register_keras_serializable(package="playground")
class L2Pooling2D(layers.Layer):
    """L2 pooling, which Keras does not ship: √(sum of x²) over each window (valid windows, no parameters)."""

    def __init__(self, pool_size, strides, **kwargs):
        super().__init__(**kwargs)
        self.pool_size = pool_size
        self.strides = strides

    def call(self, x):
        area = self.pool_size * self.pool_size
        sums = keras.ops.average_pool(keras.ops.square(x), self.pool_size, self.strides, padding="valid") * area
        # √ has an infinite slope at 0, and an all-zero window (common after ReLU) would turn the
        # whole gradient into NaN. As in the app, such a window passes back a gradient of 0.
        positive = sums > 0
        return keras.ops.where(positive, keras.ops.sqrt(keras.ops.where(positive, sums, 1.0)), 0.0)

    def compute_output_shape(self, input_shape):
        batch, height, width, channels = input_shape
        side = lambda n: None if n is None else (n - self.pool_size) // self.strides + 1
        return (batch, side(height), side(width), channels)

    def get_config(self):
        return {**super().get_config(), "pool_size": self.pool_size, "strides": self.strides}`;

const FORGET_GATE_BIAS = `@keras.saving.register_keras_serializable(package="playground")
class ForgetGateBias(keras.initializers.Initializer):
    """An LSTM bias (gates in Keras's order: input, forget, candidate, output) that is 0 except the forget gate."""

    def __init__(self, value):
        self.value = value

    def __call__(self, shape, dtype=None):
        units = shape[0] // 4
        zeros = keras.ops.zeros((units,), dtype=dtype)
        return keras.ops.concatenate([zeros, keras.ops.full((units,), self.value, dtype=dtype), zeros, zeros])

    def get_config(self):
        return {"value": self.value}`;

function kernelInitializer(init: WeightInit): string {
  return usesNormalInit(init) ? 'kernel_initializer()' : '"glorot_uniform"';
}

function convolutionalLayer(anyLayer: LayerSpec, kerasName: string, init: WeightInit, l2: boolean): string {
  const layer = labLayerOnly(anyLayer);
  const name = `name=${pyString(kerasName)}`;
  const kernel = `kernel_initializer=${kernelInitializer(init)}${l2 ? ', kernel_regularizer=keras.regularizers.L2(L2_PENALTY)' : ''}`;
  switch (layer.type) {
    case 'conv2d':
      return `layers.Conv2D(${layer.filters}, ${layer.kernel}, strides=${layer.stride}, padding=${pyString(layer.padding)}, activation=${pyString(layer.activation)}, ${kernel}, ${name})`;
    case 'pool':
      if (layer.kind === 'globalAverage') return `layers.GlobalAveragePooling2D(${name})`;
      if (layer.kind === 'l2') return `L2Pooling2D(pool_size=${layer.size}, strides=${layer.stride}, ${name})`;
      return `layers.${layer.kind === 'max' ? 'MaxPooling2D' : 'AveragePooling2D'}(pool_size=${layer.size}, strides=${layer.stride}, padding=${pyString(layer.padding ?? 'valid')}, ${name})`;
    case 'zeroPad':
      return `layers.ZeroPadding2D(padding=${layer.padding}, ${name})`;
    case 'flatten':
      return `layers.Flatten(${name})`;
    case 'dense':
      return `layers.Dense(${layer.units}, activation=${pyString(layer.activation)}, ${kernel}, ${name})`;
    case 'dropout':
      return `layers.Dropout(${pyFloat(layer.rate)}, ${name})`;
    case 'activation':
      return `layers.Activation(${pyString(layer.activation)}, ${name})`;
    case 'add':
      return `layers.Add(${name})`;
    case 'concatenate':
      return `layers.Concatenate(axis=-1, ${name})`;
  }
}

/** What a layer is applied to: `x`, a kept output, or a list of them for a merge layer. */
function pythonReads(wiring: LayerWiring, merge: boolean): string {
  const terms = wiring.reads.map((name) => (name === null ? 'x' : `kept[${pyString(name)}]`));
  return merge ? `[${terms.join(', ')}]` : terms[0]!;
}

function modelBody(plan: ExportPlan): string[] {
  const lines: string[] = [];
  if (plan.kind === 'convolutional') {
    const init = plan.network.init ?? 'glorotUniform';
    const wiring = wiringOf(plan.network);
    const branched = wiring.keepInput || wiring.layers.some((w) => w.keep);
    if (branched) lines.push(`${I1}kept = {}  # outputs that later layers read again (skip connections, branches)`);
    if (wiring.keepInput) lines.push(`${I1}kept[${pyString(INPUT_NAME)}] = x`);
    plan.network.layers.forEach((layer, i) => {
      const w = wiring.layers[i]!;
      const code = convolutionalLayer(layer, plan.layers[i]!.kerasName, init, plan.input.training.l2 > 0);
      lines.push(layerComment(plan.layers[i]!), `${I1}x = ${code}(${pythonReads(w, isMergeLayer(layer))})`);
      if (w.keep) lines.push(`${I1}kept[${pyString(layer.name)}] = x`);
    });
    return lines;
  }
  const spec = plan.recurrent;
  for (let index = 0; index < spec.layers; index++) {
    const planned = plan.layers[index]!;
    const sequences = index < spec.layers - 1 || plan.geometry.perStep;
    const cell = recurrentCell(plan, planned.kerasName, sequences);
    const layer = spec.bidirectional ? `layers.Bidirectional(\n${I1}${I1}${cell},\n${I1}${I1}merge_mode="concat",\n${I1}${I1}name=${pyString(planned.kerasName)},\n${I1})` : cell;
    lines.push(layerComment(planned), `${I1}x = ${layer}(x)`);
  }
  const head = plan.layers.at(-1)!;
  const output = plan.geometry.output;
  const units = output.kind === 'classes' ? output.classes : 1;
  lines.push(layerComment(head), `${I1}x = layers.Dense(${units}, activation=${pyString(output.kind === 'classes' ? 'softmax' : 'linear')}, kernel_initializer="glorot_uniform"${plan.input.training.l2 > 0 ? ', kernel_regularizer=keras.regularizers.L2(L2_PENALTY)' : ''}, name=${pyString(head.kerasName)})(x)`);
  return lines;
}

function recurrentCell(plan: ExportPlan & { kind: 'recurrent' }, name: string, sequences: boolean): string {
  const spec = plan.recurrent;
  const args: string[] = [String(spec.units), `return_sequences=${pyBool(sequences)}`];
  if (spec.cell === 'simpleRNN') args.push('activation="tanh"');
  else args.push('recurrent_activation="sigmoid"');
  if (spec.cell === 'gru') args.push('reset_after=False');
  args.push('kernel_initializer="glorot_uniform"', `recurrent_initializer=keras.initializers.Orthogonal(gain=${pyFloat(spec.recurrentGain ?? 1)})`);
  if (spec.cell === 'lstm') {
    if (spec.forgetBias === LSTM_FORGET_BIAS_DEFAULTS.keras) args.push('bias_initializer="zeros"', 'unit_forget_bias=True');
    else args.push(`bias_initializer=ForgetGateBias(${pyFloat(spec.forgetBias)})`, 'unit_forget_bias=False');
  } else {
    args.push('bias_initializer="zeros"');
  }
  if (plan.input.training.l2 > 0) args.push('kernel_regularizer=keras.regularizers.L2(L2_PENALTY)', 'recurrent_regularizer=keras.regularizers.L2(L2_PENALTY)');
  args.push(`name=${pyString(name)}`);
  const className = { simpleRNN: 'SimpleRNN', lstm: 'LSTM', gru: 'GRU' }[spec.cell];
  const indent = spec.bidirectional ? `${I1}${I1}${I1}` : `${I1}${I1}`;
  const close = spec.bidirectional ? `${I1}${I1}` : I1;
  return `layers.${className}(\n${args.map((a) => `${indent}${a},`).join('\n')}\n${close})`;
}

/** `def build_model(): ...` for the plan's network. */
export function kerasBuildModel(plan: ExportPlan): string {
  const gates = plan.kind === 'recurrent' ? FUSED_GATES[plan.recurrent.cell] : 0;
  const what = plan.kind === 'convolutional'
    ? 'The network as the app builds it: the same layers, names, output shapes and starting distributions.'
    : `The network as the app builds it: recurrent layers of ${gates} fused gate${gates === 1 ? '' : 's'} each, then the dense read-out.`;
  return `def build_model():
    """${what}"""
    inputs = keras.Input(shape=INPUT_SHAPE, name=${pyString(plan.inputName)})
    x = inputs
${modelBody(plan).join('\n')}
    # Total parameters: ${grouped(plan.totalParams)}
    return keras.Model(inputs, x, name=${pyString(plan.kind === 'convolutional' ? 'network' : 'recurrent')})`;
}

/** The Python tuple literal of the input shape, e.g. `(28, 28, 1)`. */
export const pyShape = (shape: readonly number[]) => `(${shape.map(pyNumber).join(', ')}${shape.length === 1 ? ',' : ''})`;
