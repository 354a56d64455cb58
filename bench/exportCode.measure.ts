/**
 * Writes each export case (every preset of both labs and the extra configurations of
 * src/engine/export/exportCases.ts) as `<id>.py` and `<id>.mjs` into $EXPORT_DIR, with
 * manifest.json: the app's own summary of every case (layer names, output shapes, parameters),
 * the task's shapes, the text task's test labels, and the Keras defaults the notes assume.
 * Run by scripts/verifyKerasExport.sh; the Python side compares a real Keras against it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { exportCases } from '../src/engine/export/exportCases';
import { exportKeras, exportNotes, exportTfjs } from '../src/engine/export';
import { exportPlan } from '../src/engine/export/exportPlan';
import { KERAS_OPTIMIZER_DEFAULTS, kerasOptimizerCall } from '../src/engine/export/libraryDefaults';
import { createTextTask } from '../src/data/tasks/textTask';
import { ONE_PIXEL_SHIFTS } from '../src/data/augment';

it('writes the export cases', () => {
  const dir = resolve(process.env.EXPORT_DIR ?? 'bench/results/export');
  mkdirSync(dir, { recursive: true });
  const cases = exportCases().map(({ id, input }) => {
    writeFileSync(join(dir, `${id}.py`), exportKeras(input));
    writeFileSync(join(dir, `${id}.mjs`), exportTfjs(input));
    const plan = exportPlan(input);
    const text = input.task.id === 'text' ? createTextTask(input.task, input.seed) : null;
    const testTargets = text?.estimateSet.chunk(0, text.estimateSet.count).targets;
    const testLabels = testTargets?.kind === 'classes' ? Array.from(testTargets.labels) : null;
    const gruNote = exportNotes(input).find((n) => n.code === 'gruResetAfter');
    return {
      id,
      task: input.task.id,
      model: plan.kind,
      inputShape: plan.inputShape,
      perStep: plan.geometry.perStep,
      layers: plan.layers.map((l) => ({ name: l.name, kerasName: l.kerasName, outputShape: l.outputShape, params: l.params })),
      totalParams: plan.totalParams,
      init: plan.kind === 'convolutional' ? plan.network.init ?? 'glorotUniform' : null,
      recurrent: plan.kind === 'recurrent' ? plan.recurrent : null,
      gruDefaultParams: gruNote?.code === 'gruResetAfter' ? gruNote.kerasDefaultParams : null,
      testLabels,
      taskSpec: input.task.id === 'text' ? { length: input.task.length } : input.task,
      kerasOptimizer: kerasOptimizerCall(input.training.optimizer, input.training.learningRate),
      clipThreshold: input.training.clipping ? input.training.clipThreshold : null,
      l2: input.training.l2,
      shifts: ONE_PIXEL_SHIFTS,
    };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ cases, kerasOptimizerDefaults: KERAS_OPTIMIZER_DEFAULTS }, null, 1));
  console.log(`wrote ${cases.length} cases to ${dir}`);
});
