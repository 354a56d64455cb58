import type { Unrolled } from '../../../store/rnn/unrollSlice';
import { percent } from '../../format';
import { formatValue } from './DirectionBlock';
import { useText } from '../../useText';

/** What the network answers for the unrolled example, next to the right answer. */
export function AnswerReadout({ unrolled }: { unrolled: Unrolled }) {
  const t = useText();
  const u = t.rnn.unrolled;
  const { output } = unrolled.network;
  const targets = unrolled.targets;
  let text: string;
  if (targets.kind === 'classes' && targets.labels.length === 1) {
    let best = 0;
    for (let k = 1; k < output.length; k++) if (output[k]! > output[best]!) best = k;
    text = u.answerClasses(best, percent(output[best]!, 1), targets.labels[0]!);
  } else if (targets.kind === 'values' && targets.values.length === 1) {
    text = u.answerValue(formatValue(output[0]!), formatValue(targets.values[0]!));
  } else {
    return null;
  }
  return (
    <div className="readout">
      <span id="rnn-answer-label" className="readout-label">{u.answer}</span>
      <output aria-labelledby="rnn-answer-label" aria-live="off" className="readout-value small">{text}</output>
    </div>
  );
}
