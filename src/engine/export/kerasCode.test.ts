import { describe, expect, it } from 'vitest';
import { exportCases } from './exportCases';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportKeras } from './kerasCode';
import { exportTfjs } from './tfjsCode';
import { exportPlan } from './exportPlan';
import { grouped, pyString } from './pythonLiteral';
import { pythonMissing, runPython } from './pythonCheck';
import { summarizeNetwork } from '../shapes';
import { summarizeRecurrent } from '../recurrent/recurrentSummary';
import { recurrentSpecProblems } from '../recurrent/recurrentSpec';
import { taskGeometry, taskSpecProblems } from '../../data/tasks/syntheticTask';
import type { ExportInput } from './exportTypes';

/** The app's own summary, computed here without the export's plan. */
function appSummary(input: ExportInput): { names: string[]; shapes: number[][]; params: number[]; total: number } {
  if (input.model.kind === 'convolutional') {
    const s = summarizeNetwork(input.model.network);
    return { names: s.layers.map((l) => l.name), shapes: s.layers.map((l) => l.outputShape!), params: s.layers.map((l) => l.params), total: s.totalParams };
  }
  const s = summarizeRecurrent(input.model.recurrent, taskGeometry(input.task));
  return { names: s.layers.map((l) => l.name), shapes: s.layers.map((l) => l.outputShape), params: s.layers.map((l) => l.params), total: s.totalParams };
}

const cases = exportCases();
const missing = pythonMissing();

/** A configuration whose strings try every way out of a literal or a comment (the app's tfjs would refuse some of these names). */
function hostileInput(): ExportInput {
  const base = cases.find((c) => c.id === 'cnn-average-momentum')!.input;
  if (base.model.kind !== 'convolutional') throw new Error('expected a CNN case');
  const names = ['c"1\\', "p'\n# x", '😀\u2028\uD800', '\u202Efl', 'h\r\nid', 'input', 'logits\u0000 */ //'];
  const layers = base.model.network.layers.map((l, i) => ({ ...l, name: names[i] ?? l.name }));
  return { ...base, model: { kind: 'convolutional', network: { ...base.model.network, layers } }, title: 'T "1"\n""" \\ \u2029 */ \uDC00 😀 # end' };
}

describe('Keras export', () => {
  it('is checked on valid configurations only', () => {
    for (const { input } of cases) {
      if (input.model.kind === 'convolutional') expect(summarizeNetwork(input.model.network).trainable).toBe(true);
      else expect(recurrentSpecProblems(input.model.recurrent)).toEqual([]);
      expect(taskSpecProblems(input.task)).toEqual([]);
    }
  });

  it.skipIf(missing !== null)(`parses as Python and imports only numpy, keras and the standard library${missing ? ` (skipped: ${missing})` : ''}`, () => {
    const codes = cases.map(({ input }) => exportKeras(input));
    const results = runPython(codes.flatMap((text) => [{ kind: 'parse' as const, text }, { kind: 'imports' as const, text }]));
    cases.forEach(({ id }, i) => {
      expect({ id, parse: results[2 * i] }).toEqual({ id, parse: null });
      // math only where it is used, so a student's linter finds no unused import.
      const imports = /\bmath\./.test(codes[i]!) ? ['keras', 'math', 'numpy'] : ['keras', 'numpy'];
      expect({ id, imports: results[2 * i + 1] }).toEqual({ id, imports });
    });
  });

  it.each(cases.map((c) => [c.id, c.input] as const))('%s: names every app layer, with its shape, parameters and the total', (_id, input) => {
    const code = exportKeras(input);
    const app = appSummary(input);
    const plan = exportPlan(input);
    app.names.forEach((name, i) => {
      const kerasName = plan.layers[i]!.kerasName;
      // Names Keras accepts are kept; the others are reported by a renamedLayer note (exportNotes.test.ts).
      if (/^[A-Za-z0-9.][A-Za-z0-9_.>-]*$/.test(name)) expect(kerasName).toBe(name);
      expect(code).toContain(`name=${pyString(kerasName)}`);
      const shape = `(None, ${app.shapes[i]!.join(', ')})`;
      expect(code).toMatch(new RegExp(`: output ${shape.replace(/[()]/g, '\\$&')}, ${grouped(app.params[i]!)} parameters?\\n`));
    });
    expect(code).toContain(`# Total parameters: ${grouped(app.total)}\n`);
    expect(code).toContain('def main(epochs=EPOCHS, steps_per_epoch=None, mnist_path=None):');
    expect(code).toContain('def load_data(path=None):');
    expect(code).toMatch(/if __name__ == "__main__":\n {4}main\(\)\n$/);
  });

  it.skipIf(missing !== null)('stays valid Python and JavaScript whatever the names and the title', () => {
    const input = hostileInput();
    const python = exportKeras(input);
    expect(runPython([{ kind: 'parse', text: python }])).toEqual([null]);
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'hostile.mjs');
    writeFileSync(file, exportTfjs(input));
    const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    // The input layer steps aside for a layer called "input"; the others keep a usable Keras name.
    expect(python).toContain('keras.Input(shape=INPUT_SHAPE, name="input_1")');
    for (const layer of exportPlan(input).layers) expect(layer.kerasName).toMatch(/^[A-Za-z0-9.][A-Za-z0-9_.>-]*$/);
  });

  it('writes the settings as exact numbers', () => {
    const input = cases.find((c) => c.id === 'cnn-l2-pool-same-stride')!.input;
    const code = exportKeras(input);
    expect(code).toContain('LEARNING_RATE = 0.002\n');
    expect(code).toContain('L2_PENALTY = 0.0005 ');
    expect(code).toContain('CLIP_THRESHOLD = 5.0 ');
    expect(code).toContain('global_clipnorm=CLIP_THRESHOLD');
    expect(code).toContain('keras.optimizers.RMSprop(learning_rate=LEARNING_RATE, rho=0.9, momentum=0.0, epsilon=1e-7, centered=False');
    expect(code).toContain('shift_images(x_train, rng)');
  });

  it('maps the recurrent settings the app uses', () => {
    const gru = exportKeras(cases.find((c) => c.id === 'rnn-bigru-signal-clip')!.input);
    expect(gru).toContain('reset_after=False');
    expect(gru).toContain('merge_mode="concat"');
    expect(gru.match(/recurrent_activation="sigmoid"/g)).toHaveLength(2);
    const lstm = exportKeras(cases.find((c) => c.id === 'rnn-lstm-forget5-gain-adding')!.input);
    expect(lstm).toContain('bias_initializer=ForgetGateBias(5.0)');
    expect(lstm).toContain('keras.initializers.Orthogonal(gain=1.5)');
    expect(lstm).toContain('recurrent_regularizer=keras.regularizers.L2(L2_PENALTY)');
    const preset = exportKeras(cases.find((c) => c.id === 'rnn-row-mnist-lstm')!.input);
    expect(preset).toContain('unit_forget_bias=True');
  });
});
