import { en } from '../../content/en';
import { CELL_KINDS, MAX_FORGET_BIAS, MAX_RECURRENT_LAYERS, MAX_RECURRENT_UNITS, RECURRENT_GAIN_RANGE, type CellKind } from '../../engine/recurrent/recurrentSpec';
import { NumberField } from '../lab/NumberField';
import { useRnn } from './rnnContext';

const n = en.rnn.network;
const validateUnits = (v: number) => (Number.isInteger(v) && v >= 1 && v <= MAX_RECURRENT_UNITS ? null : n.problems.unitsOutOfRange(1, MAX_RECURRENT_UNITS));
const validateLayers = (v: number) => (Number.isInteger(v) && v >= 1 && v <= MAX_RECURRENT_LAYERS ? null : n.problems.layersOutOfRange(1, MAX_RECURRENT_LAYERS));
const validateForgetBias = (v: number) => (Math.abs(v) <= MAX_FORGET_BIAS ? null : n.problems.forgetBiasOutOfRange(-MAX_FORGET_BIAS, MAX_FORGET_BIAS));
const { min: GAIN_MIN, max: GAIN_MAX } = RECURRENT_GAIN_RANGE;
const validateGain = (v: number) => (v >= GAIN_MIN && v <= GAIN_MAX ? null : en.time.gain.problem(GAIN_MIN, GAIN_MAX));

/** The recurrent network: cell kind, units, stacked layers, direction, and the LSTM's starting forget bias. */
export function NetworkForm() {
  const network = useRnn((s) => s.network);
  const setNetwork = useRnn((s) => s.setNetwork);
  return (
    <div className="network-form">
      <div className="hyper-form">
        <div className="field">
          <label htmlFor="rnn-cell" title={n.cellTip}>{n.cell}</label>
          <select id="rnn-cell" value={network.cell} title={n.cellTip} onChange={(e) => setNetwork({ cell: e.target.value as CellKind })}>
            {CELL_KINDS.map((c) => <option key={c} value={c}>{n.cells[c]}</option>)}
          </select>
        </div>
        <div className="field">
          <NumberField id="rnn-units" label={n.units} visibleLabel min={1} value={network.units} tip={n.unitsTip}
            validate={validateUnits} onCommit={(v) => setNetwork({ units: v })} />
        </div>
        <div className="field">
          <NumberField id="rnn-layers" label={n.layers} visibleLabel min={1} value={network.layers} tip={n.layersTip}
            validate={validateLayers} onCommit={(v) => setNetwork({ layers: v })} />
        </div>
        {network.cell === 'lstm' && (
          <div className="field">
            <NumberField id="rnn-forget-bias" label={n.forgetBias} visibleLabel step="any" value={network.forgetBias} tip={n.forgetBiasTip}
              validate={validateForgetBias} onCommit={(v) => setNetwork({ forgetBias: v })} />
          </div>
        )}
        <div className="field">
          <NumberField id="rnn-gain" label={en.time.gain.label} visibleLabel step="any" min={GAIN_MIN} value={network.recurrentGain ?? 1} tip={en.time.gain.tip}
            validate={validateGain} onCommit={(v) => setNetwork({ recurrentGain: v })} />
        </div>
        <div className="field field-check">
          <input id="rnn-bidirectional" type="checkbox" checked={network.bidirectional} title={n.bidirectionalTip}
            onChange={(e) => setNetwork({ bidirectional: e.target.checked })} />
          <label htmlFor="rnn-bidirectional" title={n.bidirectionalTip}>{n.bidirectional}</label>
        </div>
      </div>
      <p className="hint">{n.gatesNote}</p>
    </div>
  );
}
