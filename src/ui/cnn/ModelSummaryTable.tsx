import { useState } from 'react';
import { en } from '../../content/en';
import { LAYER_TYPES, type LayerType } from '../../engine/spec';
import { formatShape } from '../../engine/shapes';
import { useCnn } from './cnnContext';
import { integer } from '../format';
import { LayerRow } from './LayerRow';
import { LAYER_TYPE_NAMES } from './layerNames';

/** The Keras-style summary, editable in place; problems appear on the row that causes them. */
export function ModelSummaryTable() {
  const spec = useCnn((s) => s.spec);
  const summary = useCnn((s) => s.summary);
  const insertLayer = useCnn((s) => s.insertLayer);
  const [typeToAdd, setTypeToAdd] = useState<LayerType>('conv2d');
  const networkProblem = summary.problems.find((p) => p.layerIndex === -1);
  // New layers go above the output layer, which has to stay last.
  const insertAt = Math.max(0, spec.layers.length - 1);

  return (
    <div className="summary">
      <div className="table-scroll">
        <table className="summary-table">
          <caption title={en.summary.tip}>{en.summary.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Layer (type)</th>
              <th scope="col">Output shape</th>
              <th scope="col" className="num">Param #</th>
              <th scope="col">Settings</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">input <span className="layer-type">(Input)</span></th>
              <td><code>{formatShape(summary.inputShape)}</code></td>
              <td className="num">0</td>
              <td className="muted">MNIST digit, grey levels 0–1</td>
              <td />
            </tr>
            {spec.layers.map((layer, index) => (
              <LayerRow key={index} index={index} layer={layer} summary={summary.layers[index]!} isLast={index === spec.layers.length - 1} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{en.summary.total}</th>
              <td className="num" aria-label="Total params">{integer(summary.totalParams)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {networkProblem && (
        <p className="problem" role="alert">{networkProblem.layerName}: {networkProblem.message}</p>
      )}
      <div className="add-layer">
        <label htmlFor="layer-type-to-add">Layer type to add</label>
        <select id="layer-type-to-add" value={typeToAdd} onChange={(e) => setTypeToAdd(e.target.value as LayerType)}>
          {LAYER_TYPES.map((t) => <option key={t} value={t}>{LAYER_TYPE_NAMES[t]}</option>)}
        </select>
        <button type="button" onClick={() => insertLayer(insertAt, typeToAdd)} title="Inserts the layer just above the output layer">
          {en.summary.addLayer}
        </button>
      </div>
    </div>
  );
}
