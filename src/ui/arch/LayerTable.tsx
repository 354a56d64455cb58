import { useMemo, useState } from 'react';
import type { LayerSummary, NetworkSummary } from '../../engine/shapes';
import type { LayerSpec } from '../../engine/spec';
import { useText } from '../useText';
import { useLayerTypeName } from './useLayerTypeName';

type Column = 'order' | 'params' | 'activations' | 'multiplyAdds';
const BYTES_PER_VALUE = 4;

/**
 * Every layer with its output shape, parameters, output size (values and float32 bytes) and
 * multiply-adds, totals in the last row; the numeric columns sort (a real table, read by tests and
 * screen readers alike).
 */
export function LayerTable({ name, inputSize, layers, summary }: { name: string; inputSize: number; layers: readonly LayerSpec[]; summary: NetworkSummary }) {
  const t = useText();
  const a = t.arch;
  const g = a.grouped;
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'order', descending: false });
  const rows = useMemo(() => {
    const indexed = summary.layers.map((layer, index) => ({ layer, index }));
    if (sort.column === 'order') return sort.descending ? indexed.reverse() : indexed;
    const key = sort.column;
    return indexed.sort((x, y) => (sort.descending ? y.layer[key] - x.layer[key] : x.layer[key] - y.layer[key]) || x.index - y.index);
  }, [summary.layers, sort]);
  const className = useLayerTypeName();
  const typeName = (summaryLayer: LayerSummary, index: number) => {
    const spec = layers[index];
    return spec?.type === 'pool' ? `${t.cnn.table.poolNames[spec.kind]} ${className(spec)}` : className(summaryLayer);
  };
  const header = (column: Column, label: string, numeric = true) => {
    const active = sort.column === column;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" aria-label={a.table.sortBy(label)}
          onClick={() => setSort({ column, descending: active ? !sort.descending : column !== 'order' })}>
          {label}{active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="table-scroll arch-table-scroll" tabIndex={0} role="group" aria-label={a.table.caption(name, inputSize)}>
      <table className="summary-table arch-table" aria-label={a.table.label}>
        <caption>{a.table.caption(name, inputSize)}</caption>
        <thead>
          <tr>
            {header('order', a.table.layer, false)}
            <th scope="col">{a.table.type}</th>
            <th scope="col">{a.table.output}</th>
            {header('params', a.table.params)}
            {header('activations', a.table.activations)}
            <th scope="col" className="num">{a.table.memory}</th>
            {header('multiplyAdds', a.table.multiplyAdds)}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ layer, index }) => (
            <tr key={layer.name || index} className={layer.problem && !summary.valid ? 'invalid' : undefined}>
              <th scope="row">
                {layer.name}
                {layer.inputs.length > 1 && <span className="layer-type"> · {a.table.reads(layer.inputs.join(', '))}</span>}
              </th>
              <td>{typeName(layer, index)}</td>
              <td><code>{layer.outputShape ? layer.outputShape.join('×') : '—'}</code></td>
              <td className="num">{g(layer.params)}</td>
              <td className="num">{g(layer.activations)}</td>
              <td className="num">{a.bytes(layer.activations * BYTES_PER_VALUE)}</td>
              <td className="num">{g(layer.multiplyAdds)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{a.table.total}</th>
            <td />
            <td />
            <td className="num">{g(summary.totalParams)}</td>
            <td className="num">{g(summary.totalActivations)}</td>
            <td className="num">{a.bytes(summary.totalActivations * BYTES_PER_VALUE)}</td>
            <td className="num">{g(summary.totalMultiplyAdds)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
