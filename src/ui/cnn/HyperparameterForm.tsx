import { useShallow } from 'zustand/react/shallow';
import { en } from '../../content/en';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizerNames';
import type { BackendChoice } from '../../workers/protocol';
import { useApp } from '../storeContext';
import { NumberField } from './NumberField';
import { BACKEND_NAMES } from '../backendNames';

const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD', momentum: 'Momentum', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam',
};
const BACKEND_CHOICES: BackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

const learningRateProblem = (v: number) => (v > 0 ? null : 'The learning rate must be above 0');
const batchSizeProblem = (v: number) => (Number.isInteger(v) && v >= 1 && v <= 1024 ? null : 'Batch size must be a whole number from 1 to 1024');
const l2Problem = (v: number) => (v >= 0 && v < 1 ? null : 'The L2 penalty must be at least 0 and below 1');
const seedProblem = (v: number) => (Number.isInteger(v) && v >= 0 && v < 2 ** 31 ? null : 'The seed must be a whole number ≥ 0');

export function HyperparameterForm() {
  const { hyper, seed, backendChoice, setHyper, setSeed, setBackendChoice } = useApp(useShallow((s) => ({
    hyper: s.hyper, seed: s.seed, backendChoice: s.backendChoice, setHyper: s.setHyper, setSeed: s.setSeed, setBackendChoice: s.setBackendChoice,
  })));
  return (
    <form className="hyper-form" onSubmit={(e) => e.preventDefault()} aria-label="Training settings">
      <div className="field">
        <NumberField id="learning-rate" label="Learning rate" visibleLabel step="any" min={0} value={hyper.learningRate} tip={en.controls.learningRate}
          validate={learningRateProblem} onCommit={(v) => setHyper({ learningRate: v })} />
      </div>
      <div className="field">
        <NumberField id="batch-size" label="Batch size" visibleLabel min={1} value={hyper.batchSize} tip={en.controls.batchSize}
          validate={batchSizeProblem} onCommit={(v) => setHyper({ batchSize: v })} />
      </div>
      <div className="field">
        <label htmlFor="optimizer" title={en.controls.optimizer}>Optimizer</label>
        <select id="optimizer" value={hyper.optimizer} title={en.controls.optimizer} onChange={(e) => setHyper({ optimizer: e.target.value as OptimizerName })}>
          {OPTIMIZER_NAMES.map((o) => <option key={o} value={o}>{OPTIMIZER_LABELS[o]}</option>)}
        </select>
      </div>
      <div className="field">
        <NumberField id="l2-penalty" label="L2 weight penalty" visibleLabel step="any" min={0} value={hyper.l2} tip={en.controls.l2}
          validate={l2Problem} onCommit={(v) => setHyper({ l2: v })} />
      </div>
      <div className="field field-check">
        <input id="expanded-data" type="checkbox" checked={hyper.expandedData} title={en.controls.expandedData} onChange={(e) => setHyper({ expandedData: e.target.checked })} />
        <label htmlFor="expanded-data" title={en.controls.expandedData}>Expanded data (1-pixel shifts)</label>
      </div>
      <div className="field">
        <NumberField id="seed" label="Seed" visibleLabel min={0} value={seed} tip={en.controls.seed}
          validate={seedProblem} onCommit={(v) => setSeed(v)} />
      </div>
      <div className="field">
        <label htmlFor="compute-backend" title={en.controls.backend}>Compute backend</label>
        <select id="compute-backend" value={backendChoice} title={en.controls.backend} onChange={(e) => setBackendChoice(e.target.value as BackendChoice)}>
          {BACKEND_CHOICES.map((b) => <option key={b} value={b}>{BACKEND_NAMES[b]}</option>)}
        </select>
      </div>
    </form>
  );
}
