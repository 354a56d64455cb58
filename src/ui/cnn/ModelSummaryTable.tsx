import { useState } from 'react';
import { INPUT_NAME, LAYER_TYPES, type LabLayerType } from '../../engine/spec';
import { formatShape } from '../../engine/shapes';
import { useCnn } from './cnnContext';
import { integer } from '../format';
import { LayerRow } from './LayerRow';
import { Explain } from '../common/Explain';
import { useText } from '../useText';

/** The Keras-style summary, editable in place; problems appear on the row that causes them. */
export function ModelSummaryTable() {
  const t = useText();
  const tb = t.cnn.table;
  const settingName = (setting: string) => (tb.settingNames as Record<string, string>)[setting] ?? setting;
  const spec = useCnn((s) => s.spec);
  const summary = useCnn((s) => s.summary);
  const insertLayer = useCnn((s) => s.insertLayer);
  const [typeToAdd, setTypeToAdd] = useState<LabLayerType>('conv2d');
  // Problems no row shows: the network's own, and those found on a layer only once the whole stack
  // was read (the output layer's size and softmax), which the analysis does not pin on the row.
  const unshownProblems = summary.problems.filter((p) => p.layerIndex === -1 || summary.layers[p.layerIndex]?.problem !== p.problem);
  // New layers go above the output layer, which has to stay last.
  const insertAt = Math.max(0, spec.layers.length - 1);
  const branched = spec.layers.some((l) => l.inputs !== undefined);

  return (
    <div className="summary">
      <div className="table-scroll">
        <table className="summary-table">
          <caption><span className="layer-name">{t.summary.caption} <Explain about={t.summary.caption}>{t.summary.tip}</Explain></span></caption>
          <thead>
            <tr>
              <th scope="col">{tb.layer}</th>
              <th scope="col">{tb.outputShape}</th>
              <th scope="col" className="num">{tb.params}</th>
              <th scope="col">{tb.settings}</th>
              <th scope="col"><span className="visually-hidden">{tb.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{tb.input} <span className="layer-type">(Input)</span></th>
              <td><code>{formatShape(summary.inputShape)}</code></td>
              <td className="num">0</td>
              <td className="muted">{tb.inputNote}</td>
              <td />
            </tr>
            {spec.layers.map((layer, index) => (
              <LayerRow
                key={index} index={index} layer={layer} summary={summary.layers[index]!} isLast={index === spec.layers.length - 1}
                showInputs={branched} above={index === 0 ? INPUT_NAME : spec.layers[index - 1]!.name}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{t.summary.total}</th>
              <td className="num" aria-label={t.summary.total}>{integer(summary.totalParams)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {unshownProblems.map((p) => (
        <p key={`${p.layerIndex}-${p.problem.code}`} className="problem" role="alert">{p.layerName}: {t.cnn.shapeProblem(p.problem, settingName)}</p>
      ))}
      <div className="add-layer">
        <label htmlFor="layer-type-to-add">{tb.typeToAdd}</label>
        <select id="layer-type-to-add" value={typeToAdd} onChange={(e) => setTypeToAdd(e.target.value as LabLayerType)}>
          {LAYER_TYPES.map((type) => <option key={type} value={type}>{tb.layerTypes[type]}</option>)}
        </select>
        <button type="button" onClick={() => insertLayer(insertAt, typeToAdd)}>
          {t.summary.addLayer}
        </button>
        <Explain about={t.summary.addLayer}>{tb.addTip}</Explain>
      </div>
    </div>
  );
}
