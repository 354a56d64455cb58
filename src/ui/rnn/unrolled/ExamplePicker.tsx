import { DigitCanvas } from '../../lab/DigitCanvas';
import { useShell } from '../../storeContext';
import { useRnn } from '../rnnContext';
import { SYNTHETIC_EXAMPLE_COUNT } from '../../../data/tasks/syntheticTask';
import { useText } from '../../useText';

/** The test examples the view can unroll: digits for row-by-row MNIST, numbered sequences otherwise. */
export function ExamplePicker() {
  const t = useText();
  const index = useRnn((s) => s.exampleIndex);
  const choose = useRnn((s) => s.chooseExample);
  const rowMnist = useRnn((s) => s.task.id === 'rowMnist');
  const samples = useShell((s) => s.samples);
  const u = t.rnn.unrolled;
  const count = rowMnist ? samples?.count ?? 0 : SYNTHETIC_EXAMPLE_COUNT;
  return (
    <div className="sample-strip" role="group" aria-label={u.examples}>
      {Array.from({ length: count }, (_v, i) => (
        <button key={i} type="button" className={`sample${i === index ? ' selected' : ''}`} aria-pressed={i === index}
          aria-label={rowMnist && samples ? u.digitButton(i, samples.labels[i]!) : `${u.example} ${i + 1}`} onClick={() => choose(i)}>
          {rowMnist && samples ? <DigitCanvas pixels={samples.pixels.subarray(i * 784, (i + 1) * 784)} size={36} /> : <span className="sample-number">{i + 1}</span>}
        </button>
      ))}
    </div>
  );
}
