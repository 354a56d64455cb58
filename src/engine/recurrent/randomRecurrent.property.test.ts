import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRecurrentModel } from './buildRecurrentModel';
import { CELL_KINDS, MAX_FORGET_BIAS, MAX_RECURRENT_LAYERS, MAX_RECURRENT_UNITS, RECURRENT_GAIN_RANGE, recurrentSpecProblems, type RecurrentSpec, type RecurrentSpecProblem } from './recurrentSpec';
import { summarizeRecurrent } from './recurrentSummary';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import type { TaskSpec } from '../../data/tasks/taskTypes';

/**
 * 1,000 random recurrent configurations on every task. Each field is drawn either inside its
 * documented range or from values outside it, and the draw remembers which: the validator must
 * name exactly the fields that were drawn out of range, and every configuration it passes must
 * build in tfjs with the parameters and shapes the summary infers.
 */

type Field = 'cell' | 'units' | 'layers' | 'forgetBias' | 'recurrentGain';

/** The field each problem code is about. */
const FIELD_OF: Record<RecurrentSpecProblem['code'], Field> = {
  unknownCell: 'cell', unitsOutOfRange: 'units', layersOutOfRange: 'layers', forgetBiasOutOfRange: 'forgetBias', recurrentGainOutOfRange: 'recurrentGain',
};

/** A value and whether it was drawn outside the field's range; out-of-range draws are the rarer. */
const field = <T>(inRange: fc.Arbitrary<T>, outOfRange: readonly unknown[], inRangeWeight = 10) => fc.oneof(
  { arbitrary: inRange.map((value) => ({ value: value as unknown, broken: false })), weight: inRangeWeight },
  { arbitrary: fc.constantFrom(...outOfRange).map((value) => ({ value, broken: true })), weight: 1 },
);

const configuration = fc.record({
  cell: field(fc.constantFrom(...CELL_KINDS), ['rnn', 'LSTM', '', undefined]),
  // Mostly small layers (this test builds hundreds); the largest allowed width a few times (each takes ~1 s).
  units: field(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 6 }), weight: 300 }, { arbitrary: fc.constant(MAX_RECURRENT_UNITS), weight: 1 }), [0, -4, 2.5, MAX_RECURRENT_UNITS + 1, 1e6, Number.NaN]),
  layers: field(fc.integer({ min: 1, max: MAX_RECURRENT_LAYERS }), [0, -1, 1.5, MAX_RECURRENT_LAYERS + 1, 100]),
  forgetBias: field(fc.double({ min: -MAX_FORGET_BIAS, max: MAX_FORGET_BIAS, noNaN: true }), [MAX_FORGET_BIAS + 0.5, -MAX_FORGET_BIAS - 1, Number.NaN, Infinity, '1']),
  // Absent means a gain of 1, which is in range.
  recurrentGain: field(fc.option(fc.double({ min: RECURRENT_GAIN_RANGE.min, max: RECURRENT_GAIN_RANGE.max, noNaN: true }), { nil: undefined }), [0, 0.05, -1, RECURRENT_GAIN_RANGE.max + 1, Number.NaN]),
  bidirectional: fc.boolean(),
});

/** Every task the RNN lab offers, with options inside their ranges (the task's own checks are tested elsewhere). */
const task: fc.Arbitrary<TaskSpec> = fc.oneof(
  fc.constant({ id: 'rowMnist' as const }),
  fc.record({ id: fc.constant('delayedRecall' as const), delay: fc.integer({ min: 1, max: 100 }), symbols: fc.integer({ min: 2, max: 8 }) }),
  fc.record({ id: fc.constant('adding' as const), length: fc.integer({ min: 4, max: 200 }) }),
  fc.record({ id: fc.constant('signal' as const), length: fc.integer({ min: 10, max: 200 }), noise: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
  fc.record({ id: fc.constant('text' as const), text: fc.constantFrom('the cat sat on the mat', '學而時習之，不亦說乎'), length: fc.integer({ min: 2, max: 40 }) }),
);

describe('1,000 random recurrent configurations', () => {
  it('are refused field by field exactly where out of range, or built by tfjs with the summary\'s parameters and shapes', () => {
    const tensorsBefore = tf.memory().numTensors;
    let built = 0;
    let builtAtMaxWidth = 0;
    fc.assert(fc.property(configuration, task, (drawn, taskSpec) => {
      // The odd values are not RecurrentSpecs by type; a share link or saved file can still carry them.
      const spec = {
        cell: drawn.cell.value, units: drawn.units.value, layers: drawn.layers.value, forgetBias: drawn.forgetBias.value,
        bidirectional: drawn.bidirectional, ...(drawn.recurrentGain.value === undefined ? {} : { recurrentGain: drawn.recurrentGain.value }),
      } as RecurrentSpec;
      const brokenFields = (['cell', 'units', 'layers', 'forgetBias', 'recurrentGain'] as const).filter((f) => drawn[f].broken).sort();
      const named = recurrentSpecProblems(spec).map((p) => FIELD_OF[p.code]).sort();
      expect(named).toEqual(brokenFields);
      if (named.length > 0) return;

      const geometry = taskGeometry(taskSpec);
      const summary = summarizeRecurrent(spec, geometry);
      const model = buildRecurrentModel(spec, geometry, 1);
      built++;
      if (spec.units === MAX_RECURRENT_UNITS) builtAtMaxWidth++;
      try {
        expect(model.countParams()).toBe(summary.totalParams);
        for (const layer of summary.layers) {
          const tfjsLayer = model.getLayer(layer.name);
          // The model reads any number of steps (null); the summary is for the task's own length.
          const shape = (tfjsLayer.outputShape as (number | null)[]).slice(1).map((d) => d ?? geometry.input[0]);
          expect({ layer: layer.name, shape, params: tfjsLayer.countParams() }).toEqual({ layer: layer.name, shape: layer.outputShape, params: layer.params });
        }
      } finally {
        model.dispose();
      }
    }), { seed: 20_240_612, numRuns: 1000 });
    // Enough of both outcomes to mean something (each field is out of range about 1 time in 11).
    expect(built).toBeGreaterThan(400);
    expect(built).toBeLessThan(900);
    expect(builtAtMaxWidth).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
