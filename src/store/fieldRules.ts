/**
 * The allowed values of every number a user types, in one place: the fields check what is typed
 * against these rules, and the share-link reader checks links against the same ones, so a link
 * can never set what the page itself would refuse. Checks return codes with numbers; the UI words
 * them.
 */
import { CLIP_THRESHOLD_RANGE } from '../engine/gradientClipping';
import { MAX_FORGET_BIAS, MAX_RECURRENT_LAYERS, MAX_RECURRENT_UNITS, RECURRENT_GAIN_RANGE } from '../engine/recurrent/recurrentSpec';
import { MAX_FILTERS, MAX_UNITS, MAX_WINDOW } from '../engine/shapes';
import { TASK_OPTION_RANGES } from '../data/tasks/syntheticTask';
import { TEXT_LIMITS } from '../data/tasks/textCorpus';
import { MAX_GENERATION_LENGTH } from '../workers/protocol';

export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** The minimum itself is not allowed (a learning rate must be above 0). */
  aboveMin?: boolean;
  /** The maximum itself is not allowed (a dropout rate must be below 1). */
  belowMax?: boolean;
}

export type NumberProblem =
  | { code: 'empty' }
  | { code: 'notANumber'; typed: string }
  | { code: 'notWhole'; typed: string }
  | { code: 'outOfRange'; typed: string };

export type NumberCheck = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** Reads what was typed: a number the rule allows, or what is wrong with it. Never rounds or clamps. */
export function checkNumber(text: string, rule: NumberRule): NumberCheck {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: { code: 'empty' } };
  // Number() would read '0x10' and ' ' forms; only plain decimal notation is a number here.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(typed)) return { ok: false, problem: { code: 'notANumber', typed } };
  const value = Number(typed);
  if (!isAllowed(value, { ...rule, integer: false })) return { ok: false, problem: { code: 'outOfRange', typed } };
  if (rule.integer && !writesWholeNumber(typed)) return { ok: false, problem: { code: 'notWhole', typed } };
  return { ok: true, value };
}

/**
 * True when decimal text names a whole number, judged on the digits typed rather than on the double
 * they round to: a double turns 1e-400 into 0 and 2.0000000000000001 into 2, which would accept a
 * fraction as a whole number and show the user a value they did not type.
 */
function writesWholeNumber(typed: string): boolean {
  const match = /^[+-]?(\d*)\.?(\d*)(?:e([+-]?\d+))?$/i.exec(typed);
  if (!match) return false;
  const [, whole = '', fraction = '', exponent = '0'] = match;
  const significant = `${whole}${fraction}`.replace(/0+$/, '');
  // Where the decimal point falls among those digits once the exponent has moved it.
  const point = whole.length + Number(exponent);
  return /^0*$/.test(significant) || significant.length <= point;
}

/** True when a value (from a link, storage or a field) satisfies the rule. */
export function isAllowed(value: unknown, rule: NumberRule): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (rule.integer && !Number.isInteger(value)) return false;
  if (value < rule.min || (rule.aboveMin && value === rule.min)) return false;
  if (value > rule.max || (rule.belowMax && value === rule.max)) return false;
  return true;
}

const whole = (min: number, max: number): NumberRule => ({ min, max, integer: true });

export const MAX_BATCH_SIZE = 1024;
export const MAX_SEED = 2 ** 31 - 1;

export const FIELD_RULES = {
  learningRate: { min: 0, max: 10, aboveMin: true },
  batchSize: whole(1, MAX_BATCH_SIZE),
  seed: whole(0, MAX_SEED),
  l2: { min: 0, max: 1, belowMax: true },
  clipThreshold: { min: CLIP_THRESHOLD_RANGE.min, max: CLIP_THRESHOLD_RANGE.max },
  filters: whole(1, MAX_FILTERS),
  kernel: whole(1, MAX_WINDOW),
  stride: whole(1, MAX_WINDOW),
  poolSize: whole(1, MAX_WINDOW),
  zeroPadding: whole(0, 64),
  units: whole(1, MAX_UNITS),
  dropoutRate: { min: 0, max: 1, belowMax: true },
  recurrentUnits: whole(1, MAX_RECURRENT_UNITS),
  recurrentLayers: whole(1, MAX_RECURRENT_LAYERS),
  forgetBias: { min: -MAX_FORGET_BIAS, max: MAX_FORGET_BIAS },
  recurrentGain: { min: RECURRENT_GAIN_RANGE.min, max: RECURRENT_GAIN_RANGE.max },
  delay: whole(TASK_OPTION_RANGES.delay.min, TASK_OPTION_RANGES.delay.max),
  symbols: whole(TASK_OPTION_RANGES.symbols.min, TASK_OPTION_RANGES.symbols.max),
  addingLength: whole(TASK_OPTION_RANGES.addingLength.min, TASK_OPTION_RANGES.addingLength.max),
  signalLength: whole(TASK_OPTION_RANGES.signalLength.min, TASK_OPTION_RANGES.signalLength.max),
  noise: { min: TASK_OPTION_RANGES.noise.min, max: TASK_OPTION_RANGES.noise.max },
  textLength: whole(TEXT_LIMITS.length.min, TEXT_LIMITS.length.max),
  generateLength: whole(1, MAX_GENERATION_LENGTH),
} as const satisfies Record<string, NumberRule>;

export type FieldRuleName = keyof typeof FIELD_RULES;
