import { useCnn } from '../cnnContext';
import { useShell } from '../../storeContext';
import { DigitCanvas } from '../../lab/DigitCanvas';

/** A strip of test digits; choosing one makes it the input of every view. */
export function SampleStrip() {
  const samples = useShell((s) => s.samples);
  const input = useCnn((s) => s.inspectInput);
  const chooseInput = useCnn((s) => s.chooseInput);
  if (!samples) return <p className="hint">Test digits appear once the data has loaded.</p>;
  return (
    <div className="sample-strip" role="group" aria-label="Test digits">
      {Array.from({ length: samples.count }, (_v, i) => {
        const selected = input?.kind === 'test' && input.index === i;
        return (
          <button key={i} type="button" className={`sample${selected ? ' selected' : ''}`} aria-pressed={selected}
            aria-label={`Test digit ${i + 1} (a ${samples.labels[i]})`} onClick={() => chooseInput({ kind: 'test', index: i })}>
            <DigitCanvas pixels={samples.pixels.subarray(i * 784, (i + 1) * 784)} size={40} />
          </button>
        );
      })}
    </div>
  );
}
