import { describe, expect, it } from 'vitest';
import { clampWindow, MAX_STEPS_SHOWN, MAX_UNITS_SHOWN, sliceWindow } from './viewWindow';

describe('the unrolled view window', () => {
  it('shows everything of a small network, untouched', () => {
    const values = Float32Array.from({ length: 28 * 16 }, (_v, i) => i);
    const window = clampWindow(28, 16, 0, 0);
    expect(window).toEqual({ stepStart: 0, stepCount: 28, unitStart: 0, unitCount: 16 });
    expect(sliceWindow(values, 16, window)).toBe(values);
  });

  it('cuts a big network to 64 units and 100 steps, and keeps the window inside it', () => {
    expect(clampWindow(200, 256, 150, 230)).toEqual({ stepStart: 100, stepCount: MAX_STEPS_SHOWN, unitStart: 192, unitCount: MAX_UNITS_SHOWN });
    expect(clampWindow(200, 256, -5, -1)).toMatchObject({ stepStart: 0, unitStart: 0 });
  });

  it('takes exactly the window\'s values, step by step', () => {
    const steps = 5;
    const units = 70;
    const values = Float32Array.from({ length: steps * units }, (_v, i) => i);
    const window = clampWindow(steps, units, 2, 3);
    const part = sliceWindow(values, units, window);
    expect(part.length).toBe(window.stepCount * window.unitCount);
    // value at (step s, unit u) of the window is the network's value at (stepStart + s, unitStart + u).
    for (let s = 0; s < window.stepCount; s++) {
      for (let u = 0; u < window.unitCount; u++) expect(part[s * window.unitCount + u]).toBe((window.stepStart + s) * units + window.unitStart + u);
    }
  });
});
