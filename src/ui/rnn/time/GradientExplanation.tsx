/** Why the gradient shrinks or grows on its way back, written with the current model's own numbers. */
import { magnitude } from '../../../content/timeText';
import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { useRnn } from '../rnnContext';
import { meanGate, meanTanhSlope, verdict, type GradientFigures } from './gradientFigures';
import { useText } from '../../useText';

const fixed = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');

export function GradientExplanation({ unrolled, figures, perStepAnswers }: { unrolled: Unrolled; figures: GradientFigures; perStepAnswers: boolean }) {
  const t = useText();
  const g = t.time.gradients;
  const layers = useRnn((s) => s.network.layers);
  const top = unrolled.network.layers[layers - 1]?.directions[0];
  if (!top) return null;
  const { spectrum } = unrolled;
  const back = unrolled.steps - 1;
  const measured = fixed(figures.perStep);
  let why: string;
  if (top.cell === 'simpleRNN') {
    const slope = meanTanhSlope(top);
    why = g.simpleRnn(fixed(spectrum.radius), fixed(spectrum.norm), fixed(slope), fixed(spectrum.radius * slope), measured);
  } else if (top.cell === 'lstm') {
    const forget = meanGate(top, 'forget');
    why = g.lstm(fixed(forget), magnitude(forget ** back), back, fixed(spectrum.radius), measured);
  } else {
    const update = meanGate(top, 'update');
    why = g.gru(fixed(update), magnitude(update ** back), back, fixed(spectrum.radius), measured);
  }
  const ratio = magnitude(figures.ratio);
  const verdictText = { vanishing: g.verdictVanishing, exploding: g.verdictExploding, healthy: g.verdictHealthy }[verdict(figures.ratio)](ratio);
  return (
    <div className="gradient-explanation">
      <h3>{g.why}</h3>
      <p>{why}</p>
      <p><strong>{verdictText}</strong></p>
      {perStepAnswers && <p className="hint">{g.perStepAnswers}</p>}
    </div>
  );
}
