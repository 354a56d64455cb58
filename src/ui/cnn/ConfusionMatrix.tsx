import { useShallow } from 'zustand/react/shallow';
import { scaleFor } from '../../viz/colorScales';
import { useCnn } from './cnnContext';
import { integer, percent } from '../format';
import { DigitCanvas } from '../lab/DigitCanvas';
import { Explain } from '../common/Explain';
import { useText } from '../useText';

const DIGITS = Array.from({ length: 10 }, (_v, i) => i);

/** Which digits the network confuses, on all 10,000 test images; a cell lists its images. */
export function ConfusionMatrix() {
  const c = useText().cnn.confusion;
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
        <h2 id="confusion-heading">{c.heading}</h2>
        <span className="heading-actions">
          <button type="button" className="toggle" onClick={evaluateAll} disabled={!configured || evaluating}>
            {evaluating ? c.evaluating : c.evaluate}
          </button>
          <Explain about={c.evaluate}>{c.evaluateTip}</Explain>
        </span>
      </div>
      {!confusion ? (
        <p className="hint">{c.empty}</p>
      ) : (
        <>
          <p className="hint">{c.summary(integer(confusion.step), percent(confusion.accuracy))}</p>
          <div className="table-scroll">
            <table className="confusion" aria-label={c.table}>
              <thead>
                <tr>
                  <th scope="col">{c.corner}</th>
                  {DIGITS.map((p) => <th key={p} scope="col">{p}</th>)}
                  <th scope="col">{c.classAccuracy}</th>
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
                          <button type="button" aria-label={c.cell(t, p, count)} aria-pressed={cell?.truth === t && cell.predicted === p}
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
            <div className="cell-examples" role="region" aria-label={c.cellRegion}>
              <h3>{c.cellHeading(cell.truth, cell.predicted, cell.total, cell.indices.length)}</h3>
              <div className="sample-strip">
                {cell.pixels && cell.indices.map((index, k) => (
                  <button key={index} type="button" className="sample" aria-label={c.image(index, cell.truth, cell.predicted)}
                    onClick={() => chooseInput({ kind: 'test', index })}>
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
