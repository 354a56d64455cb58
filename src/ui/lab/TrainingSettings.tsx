import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { en } from '../../content/en';
import { BACKEND_LABELS } from '../../content/problems';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizerNames';
import type { BackendChoice } from '../../workers/protocol';
import { useLab, useShell } from '../storeContext';
import { NumberField } from './NumberField';

const BACKEND_CHOICES: BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];
export const MAX_BATCH_SIZE = 1024;

const learningRateProblem = (v: number) => (v > 0 ? null : en.lab.learningRateProblem);
const batchSizeProblem = (v: number) => (Number.isInteger(v) && v >= 1 && v <= MAX_BATCH_SIZE ? null : en.lab.batchSizeProblem(MAX_BATCH_SIZE));
const seedProblem = (v: number) => (Number.isInteger(v) && v >= 0 && v < 2 ** 31 ? null : en.lab.seedProblem);

/**
 * The settings every lab shares: learning rate, batch size, optimizer, seed and backend. A lab
 * adds its own (children), e.g. the CNN lab's L2 penalty and expanded data. `idPrefix` keeps
 * element ids unique per lab.
 */
export function TrainingSettings({ idPrefix, children }: { idPrefix: string; children?: ReactNode }) {
  const { hyper, seed, setHyper, setSeed } = useLab(useShallow((s) => ({ hyper: s.hyper, seed: s.seed, setHyper: s.setHyper, setSeed: s.setSeed })));
  const backendChoice = useShell((s) => s.backendChoice);
  const setBackendChoice = useShell((s) => s.setBackendChoice);
  const l = en.lab;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="hyper-form" onSubmit={(e) => e.preventDefault()} aria-label={l.settings}>
      <div className="field">
        <NumberField id={id('learning-rate')} label={l.learningRate} visibleLabel step="any" min={0} value={hyper.learningRate} tip={en.controls.learningRate}
          validate={learningRateProblem} onCommit={(v) => setHyper({ learningRate: v })} />
      </div>
      <div className="field">
        <NumberField id={id('batch-size')} label={l.batchSize} visibleLabel min={1} value={hyper.batchSize} tip={en.controls.batchSize}
          validate={batchSizeProblem} onCommit={(v) => setHyper({ batchSize: v })} />
      </div>
      <div className="field">
        <label htmlFor={id('optimizer')} title={en.controls.optimizer}>{l.optimizer}</label>
        <select id={id('optimizer')} value={hyper.optimizer} title={en.controls.optimizer} onChange={(e) => setHyper({ optimizer: e.target.value as OptimizerName })}>
          {OPTIMIZER_NAMES.map((o) => <option key={o} value={o}>{l.optimizers[o]}</option>)}
        </select>
      </div>
      {children}
      <div className="field">
        <NumberField id={id('seed')} label={l.seed} visibleLabel min={0} value={seed} tip={en.controls.seed}
          validate={seedProblem} onCommit={(v) => setSeed(v)} />
      </div>
      <div className="field">
        <label htmlFor={id('compute-backend')} title={en.controls.backend}>{l.computeBackend}</label>
        <select id={id('compute-backend')} value={backendChoice} title={en.controls.backend} onChange={(e) => setBackendChoice(e.target.value as BackendChoice)}>
          {BACKEND_CHOICES.map((b) => <option key={b} value={b}>{BACKEND_LABELS[b]}</option>)}
        </select>
      </div>
    </form>
  );
}
