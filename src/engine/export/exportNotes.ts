/**
 * exportNotes(): where the app's choices (and so the exported code) differ from what Keras or
 * TF.js would do by default, as codes with every number computed from the input.
 */
import type { ExportInput, ExportNote } from './exportTypes';
import { exportPlan, gruResetAfterExtra } from './exportPlan';
import { KERAS_OPTIMIZER_DEFAULTS, LSTM_FORGET_BIAS_DEFAULTS, TFJS_INIT_SCALE, TFJS_OPTIMIZER_DEFAULTS, kerasOptimizerCall } from './libraryDefaults';
import { ONE_PIXEL_SHIFTS, epochPlan, isMnistTask } from './taskFacts';

/** erf(x) by its Taylor series (|x| ≤ 2 here, where 60 terms reach double precision). */
function erf(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 60; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/**
 * The standard deviation of a standard normal cut at ±2 (what tfjs's truncatedNormal keeps):
 * √(1 − 2·2·φ(2) / (2Φ(2) − 1)) ≈ 0.8796. Keras divides σ by this; tfjs does not.
 */
export function truncatedSpread(): number {
  const density = Math.exp(-2) / Math.sqrt(2 * Math.PI);
  return Math.sqrt(1 - (4 * density) / erf(Math.SQRT2));
}

function optimizerNotes(input: ExportInput): ExportNote[] {
  const notes: ExportNote[] = [];
  const { className, settings } = kerasOptimizerCall(input.training.optimizer, input.training.learningRate);
  const defaults = KERAS_OPTIMIZER_DEFAULTS[className];
  for (const [setting, value] of settings) {
    const kerasDefault = defaults[setting];
    if (typeof value === 'number' && typeof kerasDefault === 'number' && value !== kerasDefault) {
      notes.push({ code: 'optimizerSetting', appliesTo: 'keras', optimizer: input.training.optimizer, setting, value, kerasDefault });
    }
  }
  if (input.training.optimizer === 'adam') {
    const { beta2, epsilon } = TFJS_OPTIMIZER_DEFAULTS.adam;
    // tfjs's ε in Keras's form is ε·√(1 − β₂ᵗ); it is within 1 % of ε once √(1 − β₂ᵗ) ≥ 0.99.
    const stepsToOnePercent = Math.ceil(Math.log(1 - 0.99 ** 2) / Math.log(beta2));
    notes.push({ code: 'adamEpsilon', appliesTo: 'keras', epsilon, firstStepFactor: Math.sqrt(1 - beta2), stepsToOnePercent });
  }
  return notes;
}

/** The notes that apply to `input`, in the order a reader meets the choices in the code. */
export function exportNotes(input: ExportInput): ExportNote[] {
  const plan = exportPlan(input);
  const notes: ExportNote[] = [];
  for (const layer of plan.layers) {
    if (layer.kerasName !== layer.name) notes.push({ code: 'renamedLayer', appliesTo: 'keras', from: layer.name, to: layer.kerasName });
  }
  if (plan.kind === 'convolutional') {
    const init = plan.network.init ?? 'glorotUniform';
    if (init !== 'glorotUniform') {
      const spread = truncatedSpread();
      const scale = TFJS_INIT_SCALE[init];
      notes.push({ code: 'kernelInitializer', appliesTo: 'both', init });
      notes.push({ code: 'truncatedNormal', appliesTo: 'keras', init, scale, spread, kerasScale: scale * spread * spread });
    }
    const l2Pools = plan.network.layers.filter((l) => l.type === 'pool' && l.kind === 'l2').map((l) => l.name);
    if (l2Pools.length > 0) notes.push({ code: 'l2Pooling', appliesTo: 'both', layers: l2Pools });
  } else {
    const spec = plan.recurrent;
    notes.push({ code: 'fixedSteps', appliesTo: 'both', steps: plan.geometry.input[0]! });
    if (spec.cell === 'lstm') {
      notes.push({ code: 'forgetBias', appliesTo: 'both', value: spec.forgetBias, kerasDefault: LSTM_FORGET_BIAS_DEFAULTS.keras, tfjsDefault: LSTM_FORGET_BIAS_DEFAULTS.tfjs });
    }
    if (spec.cell !== 'simpleRNN') notes.push({ code: 'recurrentActivation', appliesTo: 'tfjs' });
    if (spec.cell === 'gru') {
      const extra = gruResetAfterExtra(spec);
      notes.push({ code: 'gruResetAfter', appliesTo: 'keras', params: plan.totalParams, kerasDefaultParams: plan.totalParams + extra, extraPerLayer: extra / spec.layers });
    }
    if ((spec.recurrentGain ?? 1) !== 1) notes.push({ code: 'recurrentGain', appliesTo: 'both', gain: spec.recurrentGain! });
  }
  if (input.training.l2 > 0) notes.push({ code: 'l2Penalty', appliesTo: 'both', lambda: input.training.l2, recurrent: plan.kind === 'recurrent' });
  if (input.training.clipping) notes.push({ code: 'clipping', appliesTo: 'both', threshold: input.training.clipThreshold });
  if (input.training.expandedData && isMnistTask(input.task)) notes.push({ code: 'expandedData', appliesTo: 'both', shifts: ONE_PIXEL_SHIFTS.length });
  notes.push(...optimizerNotes(input));
  if (plan.geometry.output.kind === 'values') notes.push({ code: 'withinTolerance', appliesTo: 'both', tolerance: plan.geometry.output.tolerance });
  const corpus = plan.corpus;
  if (corpus && corpus.characters < corpus.originalCharacters) {
    notes.push({ code: 'textCut', appliesTo: 'both', characters: corpus.characters, originalCharacters: corpus.originalCharacters });
  }
  if (corpus && corpus.unknownIndex !== null) {
    notes.push({ code: 'textUnknown', appliesTo: 'both', symbols: corpus.symbols.length, distinct: corpus.distinctCharacters, unknownCount: corpus.unknownCount });
  }
  const epochs = epochPlan(input.task, input.training.batchSize);
  notes.push({ code: 'epochs', appliesTo: 'both', ...epochs, batchSize: input.training.batchSize });
  notes.push({ code: 'seed', appliesTo: 'both', seed: input.seed, tfjsSameKernels: plan.kind === 'convolutional' });
  return notes;
}
