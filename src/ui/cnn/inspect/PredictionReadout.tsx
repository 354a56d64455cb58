import { percent } from '../../format';

/** The network's answer for the current input, or a prompt when there is nothing to classify. */
export function PredictionReadout({ probabilities, empty }: { probabilities: Float32Array | null; empty: boolean }) {
  let text = 'Draw a digit on the pad, or pick a test digit, to see a prediction';
  if (!empty && probabilities) {
    const values = Array.from(probabilities);
    const best = values.indexOf(Math.max(...values));
    text = `${best} (${percent(values[best]!, 1)} sure)`;
  }
  return (
    <div className="readout prediction">
      <span id="readout-prediction" className="readout-label">Prediction</span>
      <output aria-labelledby="readout-prediction" className="readout-value">{text}</output>
    </div>
  );
}
