import { useShallow } from 'zustand/react/shallow';
import { CONV_EXAMPLES, EXPLAIN_ACTIVATIONS, EXPLAIN_LIMITS, PADDING_MODES } from '../../engine/explain';
import { NumberField } from '../lab/NumberField';
import { Explain } from '../common/Explain';
import { LabelledSelect } from '../explain/LabelledSelect';
import { useText } from '../useText';
import { useConv } from './convContext';

const whole = (range: { min: number; max: number }) => ({ ...range, integer: true });

/** The example, the window settings (stride, padding, dilation, activation, flip) and the grid sizes. */
export function ConvSettings() {
  const c = useText().explainers.conv;
  const s = useConv(useShallow((state) => ({
    example: state.example, stride: state.stride, paddingMode: state.paddingMode, paddingAmount: state.paddingAmount, dilation: state.dilation,
    activation: state.activation, flip: state.flip, rows: state.input.rows, cols: state.input.cols, kernel: state.kernels[0]!.rows,
    channels: state.input.channels, filters: state.kernels.length,
  })));
  const actions = useConv(useShallow((state) => ({
    chooseExample: state.chooseExample, setWindow: state.setWindow, setInputSize: state.setInputSize, setKernelSize: state.setKernelSize,
    setChannels: state.setChannels, setFilters: state.setFilters,
  })));
  return (
    <form className="explain-settings" aria-label={c.settings} onSubmit={(e) => e.preventDefault()}>
      <div className="hyper-form">
        <LabelledSelect id="conv-example" label={c.example} tip={c.exampleTip} value={s.example ?? ''} placeholder={c.ownGrids}
          options={CONV_EXAMPLES.map((e) => ({ value: e.id, label: c.examples[e.id] ?? e.id }))} onChange={actions.chooseExample} />
        <div className="field">
          <NumberField id="conv-stride" label={c.stride} tip={c.strideTip} visibleLabel value={s.stride} rule={whole(EXPLAIN_LIMITS.stride)}
            onCommit={(stride) => actions.setWindow({ stride })} />
        </div>
        <LabelledSelect id="conv-padding" label={c.padding} tip={c.paddingTip} value={s.paddingMode}
          options={PADDING_MODES.map((m) => ({ value: m, label: c.paddingModes[m] }))} onChange={(paddingMode) => actions.setWindow({ paddingMode })} />
        {s.paddingMode === 'explicit' && (
          <div className="field">
            <NumberField id="conv-padding-amount" label={c.paddingAmount} tip={c.paddingAmountTip} visibleLabel value={s.paddingAmount}
              rule={whole(EXPLAIN_LIMITS.padding)} onCommit={(paddingAmount) => actions.setWindow({ paddingAmount })} />
          </div>
        )}
        <div className="field">
          <NumberField id="conv-dilation" label={c.dilation} tip={c.dilationTip} visibleLabel value={s.dilation} rule={whole(EXPLAIN_LIMITS.dilation)}
            onCommit={(dilation) => actions.setWindow({ dilation })} />
        </div>
        <LabelledSelect id="conv-activation" label={c.activation} tip={c.activationTip} value={s.activation}
          options={EXPLAIN_ACTIVATIONS.map((a) => ({ value: a, label: c.activations[a] }))} onChange={(activation) => actions.setWindow({ activation })} />
      </div>
      <div className="check-row">
        <input id="conv-flip" type="checkbox" checked={s.flip} onChange={(e) => actions.setWindow({ flip: e.target.checked })} />
        <label htmlFor="conv-flip">{c.flip}</label>
        <Explain about={c.flip}>{c.flipTip}</Explain>
      </div>
      <fieldset className="hyper-form grid-sizes">
        <legend>{c.sizes}</legend>
        <div className="field">
          <NumberField id="conv-rows" label={c.inputRows} visibleLabel value={s.rows} rule={whole(EXPLAIN_LIMITS.gridSize)} onCommit={(rows) => actions.setInputSize(rows, s.cols)} />
        </div>
        <div className="field">
          <NumberField id="conv-cols" label={c.inputCols} visibleLabel value={s.cols} rule={whole(EXPLAIN_LIMITS.gridSize)} onCommit={(cols) => actions.setInputSize(s.rows, cols)} />
        </div>
        <div className="field">
          <NumberField id="conv-kernel" label={c.kernelSize} tip={c.kernelSizeTip} visibleLabel value={s.kernel} rule={whole(EXPLAIN_LIMITS.kernelSize)} onCommit={actions.setKernelSize} />
        </div>
        <div className="field">
          <NumberField id="conv-channels" label={c.channels} tip={c.channelsTip} visibleLabel value={s.channels} rule={whole(EXPLAIN_LIMITS.channels)} onCommit={actions.setChannels} />
        </div>
        <div className="field">
          <NumberField id="conv-filters" label={c.filters} tip={c.filtersTip} visibleLabel value={s.filters} rule={whole(EXPLAIN_LIMITS.filters)} onCommit={actions.setFilters} />
        </div>
      </fieldset>
    </form>
  );
}
