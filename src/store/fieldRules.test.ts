import { describe, expect, it } from 'vitest';
import { checkNumber, FIELD_RULES, isAllowed } from './fieldRules';

describe('what a user types into a number field', () => {
  // Each is refused with its reason; none is rounded, clamped or half-applied.
  const bad: [string, keyof typeof FIELD_RULES, string][] = [
    ['', 'learningRate', 'empty'],
    ['   ', 'batchSize', 'empty'],
    ['abc', 'learningRate', 'notANumber'],
    ['0,1', 'learningRate', 'notANumber'],
    ['1e', 'learningRate', 'notANumber'],
    ['0x10', 'batchSize', 'notANumber'],
    ['Infinity', 'learningRate', 'notANumber'],
    ['NaN', 'learningRate', 'notANumber'],
    ['1e309', 'learningRate', 'outOfRange'],
    ['-1', 'learningRate', 'outOfRange'],
    ['0', 'learningRate', 'outOfRange'],
    ['100000', 'learningRate', 'outOfRange'],
    ['100000', 'batchSize', 'outOfRange'],
    ['0', 'batchSize', 'outOfRange'],
    ['2.5', 'batchSize', 'notWhole'],
    ['-3', 'seed', 'outOfRange'],
    ['2147483648', 'seed', 'outOfRange'],
    ['1.5', 'seed', 'notWhole'],
    // Fractions a double rounds to a whole number are still fractions.
    ['1e-400', 'seed', 'notWhole'],
    ['2.0000000000000001', 'batchSize', 'notWhole'],
    ['2.05e1', 'batchSize', 'notWhole'],
    ['1', 'l2', 'outOfRange'],
    ['1', 'dropoutRate', 'outOfRange'],
    ['513', 'filters', 'outOfRange'],
    ['0', 'kernel', 'outOfRange'],
    ['4097', 'units', 'outOfRange'],
    ['257', 'recurrentUnits', 'outOfRange'],
    ['4', 'recurrentLayers', 'outOfRange'],
    ['6', 'forgetBias', 'outOfRange'],
    ['101', 'delay', 'outOfRange'],
    ['0.6', 'noise', 'outOfRange'],
    ['2001', 'generateLength', 'outOfRange'],
    ['0.001', 'clipThreshold', 'outOfRange'],
    ['5.01', 'recurrentGain', 'outOfRange'],
  ];
  it.each(bad)('"%s" in %s is refused as %s', (typed, rule, code) => {
    const result = checkNumber(typed, FIELD_RULES[rule]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
    if (!result.ok && code !== 'empty') expect(result.problem).toEqual({ code, typed: typed.trim() });
  });

  const good: [string, keyof typeof FIELD_RULES, number][] = [
    ['0.01', 'learningRate', 0.01], ['1e-3', 'learningRate', 0.001], [' 32 ', 'batchSize', 32], ['1024', 'batchSize', 1024],
    ['0', 'seed', 0], ['.5', 'dropoutRate', 0.5], ['-5', 'forgetBias', -5], ['0', 'l2', 0], ['10', 'learningRate', 10],
    ['1.5e1', 'batchSize', 15], ['2.0', 'seed', 2], ['0.0', 'seed', 0], ['1e3', 'batchSize', 1000], ['-0', 'seed', -0],
  ];
  it.each(good)('"%s" in %s is %d exactly', (typed, rule, value) => {
    expect(checkNumber(typed, FIELD_RULES[rule])).toEqual({ ok: true, value });
  });

  it('links and storage are held to the same rules', () => {
    expect(isAllowed(1000, FIELD_RULES.batchSize)).toBe(true);
    expect(isAllowed(100000, FIELD_RULES.batchSize)).toBe(false);
    expect(isAllowed('32', FIELD_RULES.batchSize)).toBe(false);
    expect(isAllowed(Number.NaN, FIELD_RULES.learningRate)).toBe(false);
    expect(isAllowed(0, FIELD_RULES.learningRate)).toBe(false);
  });
});
