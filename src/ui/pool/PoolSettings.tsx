import { useShallow } from 'zustand/react/shallow';
import { EXPLAIN_LIMITS, EXPLAIN_POOL_KINDS, POOL_EXAMPLES, POOL_PADDINGS } from '../../engine/explain';
import { NumberField } from '../lab/NumberField';
import { LabelledSelect } from '../explain/LabelledSelect';
import { useText } from '../useText';
import { usePool } from './poolContext';

const whole = (range: { min: number; max: number }) => ({ ...range, integer: true });

/** The example, the pooling type, window, stride and padding, and the grid's size. */
export function PoolSettings() {
  const p = useText().explainers.pool;
  const s = usePool(useShallow((state) => ({
    example: state.example, kind: state.kind, size: state.size, stride: state.stride, padding: state.padding, rows: state.input.rows, cols: state.input.cols,
  })));
  const actions = usePool(useShallow((state) => ({ chooseExample: state.chooseExample, setPooling: state.setPooling, setInputSize: state.setInputSize })));
  const global = s.kind === 'globalAverage';
  return (
    <form className="explain-settings" aria-label={p.settings} onSubmit={(e) => e.preventDefault()}>
      <div className="hyper-form">
        <LabelledSelect id="pool-example" label={p.example} tip={p.exampleTip} value={s.example ?? ''} placeholder={p.ownGrid}
          options={POOL_EXAMPLES.map((e) => ({ value: e.id, label: p.examples[e.id] ?? e.id }))} onChange={actions.chooseExample} />
        <LabelledSelect id="pool-type" label={p.type} tip={p.typeTip} value={s.kind}
          options={EXPLAIN_POOL_KINDS.map((k) => ({ value: k, label: p.types[k] }))} onChange={(kind) => actions.setPooling({ kind })} />
        <div className="field">
          <NumberField id="pool-size" label={p.windowSize} tip={p.windowSizeTip} visibleLabel value={s.size} rule={whole(EXPLAIN_LIMITS.kernelSize)}
            disabled={global} onCommit={(size) => actions.setPooling({ size })} />
        </div>
        <div className="field">
          <NumberField id="pool-stride" label={p.stride} tip={p.strideTip} visibleLabel value={s.stride} rule={whole(EXPLAIN_LIMITS.stride)}
            disabled={global} onCommit={(stride) => actions.setPooling({ stride })} />
        </div>
        <LabelledSelect id="pool-padding" label={p.padding} tip={p.paddingTip} value={s.padding}
          options={POOL_PADDINGS.map((m) => ({ value: m, label: p.paddings[m] }))} onChange={(padding) => actions.setPooling({ padding })} />
        <div className="field">
          <NumberField id="pool-rows" label={p.inputRows} visibleLabel value={s.rows} rule={whole(EXPLAIN_LIMITS.gridSize)} onCommit={(rows) => actions.setInputSize(rows, s.cols)} />
        </div>
        <div className="field">
          <NumberField id="pool-cols" label={p.inputCols} visibleLabel value={s.cols} rule={whole(EXPLAIN_LIMITS.gridSize)} onCommit={(cols) => actions.setInputSize(s.rows, cols)} />
        </div>
      </div>
    </form>
  );
}
