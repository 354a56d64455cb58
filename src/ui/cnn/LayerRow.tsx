import { isLabLayer, isMergeLayer, type LayerSpec } from '../../engine/spec';
import { LayerInputsField } from './LayerInputsField';
import { formatShape, type LayerSummary } from '../../engine/shapes';
import { useCnn } from './cnnContext';
import { integer } from '../format';
import { LayerSettings } from './LayerSettings';
import { Explain } from '../common/Explain';
import { useText } from '../useText';
import type { Dictionary } from '../../content/dictionaries';

interface Props {
  index: number;
  layer: LayerSpec;
  summary: LayerSummary;
  isLast: boolean;
  /** Show which layers it reads: always for a merge layer, for every layer once the network branches. */
  showInputs: boolean;
  /** The name of the layer above (or `input`), which a layer reads unless it names others. */
  above: string;
}

/** Keras's own class names: code, the same in every language. */
const POOL_CLASSES: Record<string, string> = { max: 'MaxPooling2D', average: 'AveragePooling2D', l2: 'L2Pooling2D', globalAverage: 'GlobalAveragePooling2D' };

function typeName(layer: LayerSpec, t: Dictionary): string {
  if (layer.type === 'pool') return POOL_CLASSES[layer.kind] ?? String(layer.kind);
  return t.cnn.table.layerTypes[layer.type] ?? String(layer.type);
}

/** Which settings a layer type has, for its explanation. */
const SETTINGS_EXPLAINED: Record<LayerSpec['type'], (keyof Dictionary['fields'])[]> = {
  conv2d: ['filters', 'kernel', 'stride', 'padding', 'activation'],
  pool: ['kind', 'size', 'stride'],
  zeroPad: ['zeroPadding'],
  flatten: [],
  dense: ['units', 'activation'],
  dropout: ['rate'],
  activation: ['activation'],
  depthwiseConv2d: ['kernel', 'stride', 'padding', 'activation'],
  batchNorm: [],
  add: ['inputs'],
  concatenate: ['inputs'],
};

/** The explanation behind a layer's "?": what the layer does, each setting, and its own arithmetic. */
function LayerExplanation({ layer, summary }: { layer: LayerSpec; summary: LayerSummary }) {
  const t = useText();
  return (
    <>
      {t.layerTips[layer.type]}
      {(SETTINGS_EXPLAINED[layer.type] ?? []).map((key) => <span key={key} className="explain-item">{t.fields[key]}</span>)}
      {summary.arithmetic && <span className="explain-item">{t.cnn.table.arithmetic}: <code>{summary.arithmetic}</code></span>}
    </>
  );
}

export function LayerRow({ index, layer, summary, isLast, showInputs, above }: Props) {
  const t = useText();
  const tb = t.cnn.table;
  const updateLayer = useCnn((s) => s.updateLayer);
  const removeLayer = useCnn((s) => s.removeLayer);
  const moveLayer = useCnn((s) => s.moveLayer);
  const problemId = `layer-problem-${index}`;
  const settingName = (setting: string) => (tb.settingNames as Record<string, string>)[setting] ?? setting;
  return (
    <>
      <tr className={summary.problem ? 'invalid' : undefined} aria-describedby={summary.problem ? problemId : undefined}>
        <th scope="row">
          <span className="layer-name">
            {layer.name} <span className="layer-type">({typeName(layer, t)})</span>
            <Explain about={tb.explainLayer(layer.name)}><LayerExplanation layer={layer} summary={summary} /></Explain>
          </span>
        </th>
        <td><code>{formatShape(summary.outputShape)}</code></td>
        <td className="num">{summary.outputShape ? integer(summary.params) : '—'}</td>
        <td>
          {isLabLayer(layer) && <LayerSettings layer={layer} onChange={(patch) => updateLayer(index, patch)} />}
          {(showInputs || isMergeLayer(layer)) && (
            <LayerInputsField layerName={layer.name} reads={Array.isArray(layer.inputs) ? layer.inputs : [above]} above={above} onCommit={(inputs) => updateLayer(index, { inputs })} />
          )}
        </td>
        <td className="row-actions">
          <button type="button" className="icon" aria-label={tb.moveUp(layer.name)} disabled={index === 0} onClick={() => moveLayer(index, -1)}>↑</button>
          <button type="button" className="icon" aria-label={tb.moveDown(layer.name)} disabled={isLast} onClick={() => moveLayer(index, 1)}>↓</button>
          <button type="button" className="icon" aria-label={tb.remove(layer.name)} onClick={() => removeLayer(index)}>✕</button>
        </td>
      </tr>
      {summary.problem && (
        <tr className="problem-row">
          <td colSpan={5}>
            <p id={problemId} className="problem" role="alert">
              <strong>{layer.name || `#${index + 1}`}:</strong> {t.cnn.shapeProblem(summary.problem, settingName)}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
