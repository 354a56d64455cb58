import { summarizeRecurrent } from '../../engine/recurrent/recurrentSummary';
import { taskGeometry } from '../../data/tasks/syntheticTask';
import { formatShape } from '../../engine/shapes';
import { integer } from '../format';
import { useRnn } from './rnnContext';
import { useText } from '../useText';
import { Explain } from '../common/Explain';

/** Every layer's output shape and parameter count, with the arithmetic; matches tfjs's countParams(). */
export function RecurrentSummaryTable() {
  const t = useText();
  const network = useRnn((s) => s.network);
  const task = useRnn((s) => s.task);
  const valid = useRnn((s) => s.networkProblems.length === 0 && s.taskProblems.length === 0);
  const n = t.rnn.network;
  if (!valid) return null;
  const summary = summarizeRecurrent(network, taskGeometry(task));
  return (
    <div className="table-scroll">
      <table className="summary-table" aria-label={n.summaryCaption}>
        <caption><span className="layer-name">{n.summaryCaption} <Explain about={n.summaryCaption}>{n.summaryTip}</Explain></span></caption>
        <thead>
          <tr><th scope="col">{n.layer}</th><th scope="col">{n.outputShape}</th><th scope="col" className="num">{n.params}</th><th scope="col">{n.arithmetic}</th></tr>
        </thead>
        <tbody>
          {summary.layers.map((layer) => (
            <tr key={layer.name}>
              <th scope="row">{layer.name}</th>
              <td><code>{formatShape(layer.outputShape)}</code></td>
              <td className="num">{integer(layer.params)}</td>
              <td><code>{layer.arithmetic}</code></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row" colSpan={2}>{n.total}</th><td className="num" aria-label={n.total}>{integer(summary.totalParams)}</td><td /></tr>
        </tfoot>
      </table>
    </div>
  );
}
