import { useShallow } from 'zustand/react/shallow';
import { scaleFor } from '../../viz/colorScales';
import { useCnn } from './cnnContext';
import { integer, percent } from '../format';
import { DigitCanvas } from '../lab/DigitCanvas';

const DIGITS = Array.from({ length: 10 }, (_v, i) => i);

/** Which digits the network confuses, on all 10,000 test images; a cell lists its images. */
export function ConfusionMatrix() {
  const { confusion, evaluating, cell, evaluateAll, chooseCell, chooseInput, configured } = useCnn(useShallow((s) => ({
    confusion: s.confusion, evaluating: s.evaluating, cell: s.cell, evaluateAll: s.evaluateAll,
    chooseCell: s.chooseCell, chooseInput: s.chooseInput, configured: s.configured,
  })));
  // Colour the off-diagonal mistakes on their own scale, so they stay visible next to the big diagonal.
  const mistakes = confusion ? Array.from(confusion.counts).filter((_v, i) => i % 11 !== 0) : [];
  const scale = scaleFor(mistakes);
  return (
    <section className="panel panel-confusion" aria-labelledby="confusion-heading">
      <div className="panel-heading">
        <h2 id="confusion-heading">Test-set confusion</h2>
        <button type="button" className="toggle" onClick={evaluateAll} disabled={!configured || evaluating}
          title="Classify all 10,000 test images with the current weights (also done at the end of every epoch)">
          {evaluating ? 'Evaluating…' : 'Evaluate all 10,000 now'}
        </button>
      </div>
      {!confusion ? (
        <p className="hint">The matrix appears after the first full evaluation: at the end of an epoch, or press the button.</p>
      ) : (
        <>
          <p className="hint">At step {integer(confusion.step)}: {percent(confusion.accuracy)} of the 10,000 test digits right. Rows are the true digit, columns the prediction; click a cell to see its images.</p>
          <div className="table-scroll">
            <table className="confusion" aria-label="Confusion matrix">
              <thead>
                <tr>
                  <th scope="col">true ↓ / predicted →</th>
                  {DIGITS.map((p) => <th key={p} scope="col">{p}</th>)}
                  <th scope="col">class accuracy</th>
                </tr>
              </thead>
              <tbody>
                {DIGITS.map((t) => {
                  const row = DIGITS.map((p) => confusion.counts[t * 10 + p]!);
                  const total = row.reduce((a, b) => a + b, 0);
                  return (
                    <tr key={t}>
                      <th scope="row">{t}</th>
                      {row.map((count, p) => (
                        <td key={p} className={t === p ? 'diagonal' : undefined}>
                          <button type="button" aria-label={`true ${t}, predicted ${p}: ${count}`} aria-pressed={cell?.truth === t && cell.predicted === p}
                            style={t === p || count === 0 ? undefined : { background: scale.color(count), color: count > scale.domain[1] / 2 ? '#fff' : undefined }}
                            onClick={() => chooseCell(t, p)}>
                            {count}
                          </button>
                        </td>
                      ))}
                      <td className="num">{total ? percent(row[t]! / total, 1) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {cell && (
            <div className="cell-examples" role="region" aria-label="Digits in the chosen cell">
              <h3>True {cell.truth}, predicted {cell.predicted}: {cell.total} image{cell.total === 1 ? '' : 's'}{cell.total > cell.indices.length ? ` (first ${cell.indices.length} shown)` : ''}</h3>
              <div className="sample-strip">
                {cell.pixels && cell.indices.map((index, k) => (
                  <button key={index} type="button" className="sample" aria-label={`Test image ${index}: true ${cell.truth}, predicted ${cell.predicted}`}
                    title="Look inside the network with this digit" onClick={() => chooseInput({ kind: 'test', index })}>
                    <DigitCanvas pixels={cell.pixels!.subarray(k * 784, (k + 1) * 784)} size={40} />
                  </button>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
