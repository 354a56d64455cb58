import { percent } from '../../format';
import { useText } from '../../useText';

/** The network's answer for the current input, or a prompt when there is nothing to classify. */
export function PredictionReadout({ probabilities, empty }: { probabilities: Float32Array | null; empty: boolean }) {
  const p = useText().cnn.prediction;
  let text = p.prompt;
  if (!empty && probabilities) {
    const values = Array.from(probabilities);
    const best = values.indexOf(Math.max(...values));
    text = p.value(best, percent(values[best]!, 1));
  }
  return (
    <div className="readout prediction">
      <span id="readout-prediction" className="readout-label">{p.label}</span>
      <output aria-labelledby="readout-prediction" aria-live="off" className="readout-value">{text}</output>
    </div>
  );
}
