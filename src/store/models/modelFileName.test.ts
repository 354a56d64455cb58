import { describe, expect, it } from 'vitest';
import { modelFileName } from './modelFileName';

describe('modelFileName', () => {
  it('keeps letters of any script and turns separators and forbidden characters into dashes', () => {
    expect(modelFileName('LeNet-5 · step 1,200')).toBe('LeNet-5-step-1,200.cnnrnn');
    expect(modelFileName('論語 LSTM / 第 3 步')).toBe('論語-LSTM-第-3-步.cnnrnn');
    expect(modelFileName('a:b*c?"d"<e>|f\\g')).toBe('a-b-c-d-e-f-g.cnnrnn');
    expect(modelFileName('...')).toBe('model.cnnrnn');
    expect(modelFileName('x'.repeat(200))).toBe(`${'x'.repeat(80)}.cnnrnn`);
  });
});
