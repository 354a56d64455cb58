import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizerNames';
import type { BackendChoice } from '../../workers/protocol';
import { useLab, useShell } from '../storeContext';
import { NumberField } from './NumberField';
import { FieldLabel } from '../common/FieldLabel';
import { FIELD_RULES } from '../../store/fieldRules';
import { useText } from '../useText';

const BACKEND_CHOICES: BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

/**
 * The settings every lab shares: learning rate, batch size, optimizer, seed and backend. A lab
 * adds its own (children), e.g. the CNN lab's L2 penalty and expanded data. `idPrefix` keeps
 * element ids unique per lab.
 */
export function TrainingSettings({ idPrefix, children }: { idPrefix: string; children?: ReactNode }) {
  const t = useText();
  const { hyper, seed, setHyper, setSeed } = useLab(useShallow((s) => ({ hyper: s.hyper, seed: s.seed, setHyper: s.setHyper, setSeed: s.setSeed })));
  const backendChoice = useShell((s) => s.backendChoice);
  const setBackendChoice = useShell((s) => s.setBackendChoice);
  const l = t.lab;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form className="hyper-form" onSubmit={(e) => e.preventDefault()} aria-label={l.settings}>
      <div className="field">
        <NumberField id={id('learning-rate')} label={l.learningRate} visibleLabel rule={FIELD_RULES.learningRate} value={hyper.learningRate} tip={t.controls.learningRate}
          onCommit={(v) => setHyper({ learningRate: v })} />
      </div>
      <div className="field">
        <NumberField id={id('batch-size')} label={l.batchSize} visibleLabel rule={FIELD_RULES.batchSize} value={hyper.batchSize} tip={t.controls.batchSize}
          onCommit={(v) => setHyper({ batchSize: v })} />
      </div>
      <div className="field">
        <FieldLabel htmlFor={id('optimizer')} label={l.optimizer} tip={t.controls.optimizer} />
        <select id={id('optimizer')} value={hyper.optimizer} onChange={(e) => setHyper({ optimizer: e.target.value as OptimizerName })}>
          {OPTIMIZER_NAMES.map((o) => <option key={o} value={o}>{l.optimizers[o]}</option>)}
        </select>
      </div>
      {children}
      <div className="field">
        <NumberField id={id('seed')} label={l.seed} visibleLabel rule={FIELD_RULES.seed} value={seed} tip={t.controls.seed}
          onCommit={(v) => setSeed(v)} />
      </div>
      <div className="field">
        <FieldLabel htmlFor={id('compute-backend')} label={l.computeBackend} tip={t.controls.backend} />
        <select id={id('compute-backend')} value={backendChoice} onChange={(e) => setBackendChoice(e.target.value as BackendChoice)}>
          {BACKEND_CHOICES.map((b) => <option key={b} value={b}>{t.problems.backendLabels[b]}</option>)}
        </select>
      </div>
    </form>
  );
}
