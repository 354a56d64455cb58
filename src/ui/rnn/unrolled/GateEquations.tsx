import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { useRnn } from '../rnnContext';
import { gateEquations } from './gateEquations';
import { useText } from '../../useText';
import { Formula } from '../../common/Formula';

/** The selected unit's gate equations at the selected step, with the numbers this network computes. */
export function GateEquations({ unrolled }: { unrolled: Unrolled }) {
  const t = useText();
  const selected = useRnn((s) => s.selectedCell);
  const e = t.rnn.equations;
  const u = t.rnn.unrolled;
  const layer = unrolled.network.layers[selected.layer] ?? unrolled.network.layers[0]!;
  const direction = layer.directions.find((d) => d.direction === selected.direction) ?? layer.directions[0]!;
  const step = Math.min(selected.step, direction.steps - 1);
  const unit = Math.min(selected.unit, direction.units - 1);
  const lines = gateEquations(direction, step, unit);
  const inputs = selected.layer === 0 ? unrolled.features : direction.units * layer.directions.length;
  return (
    <section className="gate-equations" aria-labelledby="rnn-equations-heading">
      <h3 id="rnn-equations-heading">{e.region}: {e.heading(u.cellPrefix(layer.layer, direction.direction), step, unit)}</h3>
      <p className="hint">{e.intro} {e.sizes(inputs, direction.units)}{direction.cell === 'gru' ? ` ${e.gruConvention}` : ''}</p>
      <ul className="equation-list" tabIndex={0} aria-label={e.region}>
        {lines.map((line) => <li key={line.gate}><Formula tex={line.tex} /></li>)}
      </ul>
    </section>
  );
}
