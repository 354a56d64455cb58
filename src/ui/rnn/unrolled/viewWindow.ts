/**
 * Which part of a big network the unrolled view draws: at most 64 units and 100 steps at a time
 * (and one layer at a time when there are several). Every drawn cell is a labelled element, and
 * 3 bidirectional LSTM layers of 256 units over 200 steps would be 1.8 million of them; windows
 * keep the page responsive for any settings the form accepts.
 */
export const MAX_UNITS_SHOWN = 64;
export const MAX_STEPS_SHOWN = 100;

export interface ViewWindow {
  stepStart: number;
  stepCount: number;
  unitStart: number;
  unitCount: number;
}

/** The window starting at the requested step and unit, moved inside the network if needed. */
export function clampWindow(steps: number, units: number, stepStart: number, unitStart: number): ViewWindow {
  const stepCount = Math.min(steps, MAX_STEPS_SHOWN);
  const unitCount = Math.min(units, MAX_UNITS_SHOWN);
  return {
    stepStart: Math.max(0, Math.min(steps - stepCount, stepStart)),
    stepCount,
    unitStart: Math.max(0, Math.min(units - unitCount, unitStart)),
    unitCount,
  };
}

/** The window's part of [steps·units] values, as [stepCount·unitCount]; the whole array when it all fits. */
export function sliceWindow(values: Float32Array, units: number, window: ViewWindow): Float32Array {
  if (window.stepStart === 0 && window.unitStart === 0 && window.unitCount === units && window.stepCount * units === values.length) return values;
  const out = new Float32Array(window.stepCount * window.unitCount);
  for (let s = 0; s < window.stepCount; s++) {
    const from = (window.stepStart + s) * units + window.unitStart;
    out.set(values.subarray(from, from + window.unitCount), s * window.unitCount);
  }
  return out;
}
