import { en } from '../../content/en';
import type { LayerSpec } from '../../engine/spec';
import { formatShape, type LayerSummary } from '../../engine/shapes';
import { useCnn } from './cnnContext';
import { integer } from '../format';
import { LayerSettings } from './LayerSettings';
import { LAYER_TYPE_NAMES, POOL_NAMES } from './layerNames';

interface Props {
  index: number;
  layer: LayerSpec;
  summary: LayerSummary;
  isLast: boolean;
}

function typeName(layer: LayerSpec): string {
  if (layer.type === 'pool') return `${POOL_NAMES[layer.kind] ?? layer.kind}Pooling2D`.replace(/ /g, '');
  return LAYER_TYPE_NAMES[layer.type] ?? String(layer.type);
}

export function LayerRow({ index, layer, summary, isLast }: Props) {
  const updateLayer = useCnn((s) => s.updateLayer);
  const removeLayer = useCnn((s) => s.removeLayer);
  const moveLayer = useCnn((s) => s.moveLayer);
  const problemId = `layer-problem-${index}`;
  return (
    <>
      <tr className={summary.problem ? 'invalid' : undefined} aria-describedby={summary.problem ? problemId : undefined}>
        <th scope="row" title={en.layerTips[layer.type]}>
          {layer.name} <span className="layer-type">({typeName(layer)})</span>
        </th>
        <td title={summary.arithmetic}><code>{formatShape(summary.outputShape)}</code></td>
        <td className="num" title={summary.arithmetic}>{summary.outputShape ? integer(summary.params) : '—'}</td>
        <td><LayerSettings layer={layer} onChange={(patch) => updateLayer(index, patch)} /></td>
        <td className="row-actions">
          <button type="button" className="icon" aria-label={`Move ${layer.name} up`} title="Move up" disabled={index === 0} onClick={() => moveLayer(index, -1)}>↑</button>
          <button type="button" className="icon" aria-label={`Move ${layer.name} down`} title="Move down" disabled={isLast} onClick={() => moveLayer(index, 1)}>↓</button>
          <button type="button" className="icon" aria-label={`Remove ${layer.name}`} title="Remove this layer" onClick={() => removeLayer(index)}>✕</button>
        </td>
      </tr>
      {summary.problem && (
        <tr className="problem-row">
          <td colSpan={5}>
            <p id={problemId} className="problem" role="alert">
              <strong>{layer.name || `Layer ${index + 1}`}:</strong> {summary.problem}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
