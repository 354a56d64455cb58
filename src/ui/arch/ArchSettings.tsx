import { useShallow } from 'zustand/react/shallow';
import { ARCHITECTURES } from '../../engine/architectures';
import { INPUT_SIZE_RULE, LAB_NETWORK, WIDTH_MULTIPLIERS } from '../../store/arch/archStore';
import { NumberField } from '../lab/NumberField';
import { LabelledSelect } from '../explain/LabelledSelect';
import { useText } from '../useText';
import { useArch } from './archContext';

/** Which network, at which input size, and (for MobileNets) how wide. */
export function ArchSettings({ inputSize, hasWidth }: { inputSize: number; hasWidth: boolean }) {
  const a = useText().arch;
  const s = useArch(useShallow((state) => ({ architecture: state.architecture, widthMultiplier: state.widthMultiplier })));
  const actions = useArch(useShallow((state) => ({ choose: state.choose, setInputSize: state.setInputSize, setWidthMultiplier: state.setWidthMultiplier })));
  const options = [...ARCHITECTURES.map((info) => ({ value: info.id, label: info.name })), { value: LAB_NETWORK, label: a.labNetwork }];
  return (
    <form className="hyper-form arch-settings" aria-label={a.settings} onSubmit={(e) => e.preventDefault()}>
      <LabelledSelect id="arch-architecture" label={a.architecture} tip={a.architectureTip} value={s.architecture} options={options} onChange={actions.choose} />
      <div className="field">
        <NumberField id="arch-input-size" label={a.inputSize} tip={a.inputSizeTip} visibleLabel value={inputSize} rule={INPUT_SIZE_RULE} onCommit={actions.setInputSize} />
      </div>
      {hasWidth && (
        <LabelledSelect id="arch-width" label={a.widthMultiplier} tip={a.widthMultiplierTip} value={String(s.widthMultiplier)}
          options={WIDTH_MULTIPLIERS.map((w) => ({ value: String(w), label: w.toFixed(2) }))} onChange={(v) => actions.setWidthMultiplier(Number(v))} />
      )}
    </form>
  );
}
