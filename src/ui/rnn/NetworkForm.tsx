import { CELL_KINDS, type CellKind } from '../../engine/recurrent/recurrentSpec';
import { NumberField } from '../lab/NumberField';
import { useRnn } from './rnnContext';
import { useText } from '../useText';
import { FIELD_RULES } from '../../store/fieldRules';
import { FieldLabel } from '../common/FieldLabel';


/** The recurrent network: cell kind, units, stacked layers, direction, and the LSTM's starting forget bias. */
export function NetworkForm() {
  const t = useText();
  const n = t.rnn.network;
  const network = useRnn((s) => s.network);
  const setNetwork = useRnn((s) => s.setNetwork);
  return (
    <div className="network-form">
      <div className="hyper-form">
        <div className="field">
          <FieldLabel htmlFor="rnn-cell" label={n.cell} tip={n.cellTip} />
          <select id="rnn-cell" value={network.cell} onChange={(e) => setNetwork({ cell: e.target.value as CellKind })}>
            {CELL_KINDS.map((c) => <option key={c} value={c}>{n.cells[c]}</option>)}
          </select>
        </div>
        <div className="field">
          <NumberField id="rnn-units" label={n.units} visibleLabel value={network.units} tip={n.unitsTip}
            rule={FIELD_RULES.recurrentUnits} onCommit={(v) => setNetwork({ units: v })} />
        </div>
        <div className="field">
          <NumberField id="rnn-layers" label={n.layers} visibleLabel value={network.layers} tip={n.layersTip}
            rule={FIELD_RULES.recurrentLayers} onCommit={(v) => setNetwork({ layers: v })} />
        </div>
        {network.cell === 'lstm' && (
          <div className="field">
            <NumberField id="rnn-forget-bias" label={n.forgetBias} visibleLabel value={network.forgetBias} tip={n.forgetBiasTip}
              rule={FIELD_RULES.forgetBias} onCommit={(v) => setNetwork({ forgetBias: v })} />
          </div>
        )}
        <div className="field">
          <NumberField id="rnn-gain" label={t.time.gain.label} visibleLabel value={network.recurrentGain ?? 1} tip={t.time.gain.tip}
            rule={FIELD_RULES.recurrentGain} onCommit={(v) => setNetwork({ recurrentGain: v })} />
        </div>
        <div className="field field-check">
          <input id="rnn-bidirectional" type="checkbox" checked={network.bidirectional}
            onChange={(e) => setNetwork({ bidirectional: e.target.checked })} />
          <FieldLabel htmlFor="rnn-bidirectional" label={n.bidirectional} tip={n.bidirectionalTip} />
        </div>
      </div>
      <p className="hint">{n.gatesNote}</p>
    </div>
  );
}
