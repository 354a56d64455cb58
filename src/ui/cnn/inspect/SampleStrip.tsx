import { useCnn } from '../cnnContext';
import { useShell } from '../../storeContext';
import { DigitCanvas } from '../../lab/DigitCanvas';
import { useText } from '../../useText';

/** A strip of test digits; choosing one makes it the input of every view. */
export function SampleStrip() {
  const s = useText().cnn.samples;
  const samples = useShell((s) => s.samples);
  const input = useCnn((s) => s.inspectInput);
  const chooseInput = useCnn((s) => s.chooseInput);
  if (!samples) return <p className="hint">{s.waiting}</p>;
  return (
    <div className="sample-strip" role="group" aria-label={s.group}>
      {Array.from({ length: samples.count }, (_v, i) => {
        const selected = input?.kind === 'test' && input.index === i;
        return (
          <button key={i} type="button" className={`sample${selected ? ' selected' : ''}`} aria-pressed={selected}
            aria-label={s.digit(i + 1, samples.labels[i]!)} onClick={() => chooseInput({ kind: 'test', index: i })}>
            <DigitCanvas pixels={samples.pixels.subarray(i * 784, (i + 1) * 784)} size={40} />
          </button>
        );
      })}
    </div>
  );
}
