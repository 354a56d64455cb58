import { poolingWindow } from '../../../engine/poolingWindow';
import type { LayerActivation } from '../../../engine/inspection';
import type { SelectedUnit } from '../../../store/cnn/inspectSlice';
import { useCnn } from '../cnnContext';
import { POOL_NAMES } from '../layerNames';

const f = (v: number) => v.toFixed(3);

/** For a selected pooled unit: its window in the layer below, the winner or the combination, and the sum. */
export function PoolingDetail({ unit, layers }: { unit: SelectedUnit; layers: LayerActivation[] }) {
  const spec = useCnn((s) => s.spec);
  const layer = spec.layers[unit.layerIndex];
  const below = layers[unit.layerIndex];
  const pooled = layers[unit.layerIndex + 1];
  if (!layer || layer.type !== 'pool' || !below || !pooled || below.shape.length !== 3) return null;
  const window = poolingWindow(below.values, below.shape, layer.kind, layer.size, layer.stride, unit.row, unit.col, unit.channel);
  const pooledShape = pooled.shape.length === 3 ? pooled.shape : [1, 1, pooled.shape[0]!];
  const modelValue = pooled.values[(unit.row * pooledShape[1]! + unit.col) * pooledShape[2]! + unit.channel]!;
  const n = window.values.length;
  const listed = n <= 16 ? window.values.map(f).join(', ') : `${n} values`;
  const formula = {
    max: `max(${listed}) = ${f(window.result)}`,
    average: `(${n <= 16 ? window.values.map(f).join(' + ') : `sum of ${n} values`}) / ${n} = ${f(window.result)}`,
    l2: `√(${n <= 16 ? window.values.map((v) => `${f(v)}²`).join(' + ') : `sum of ${n} squares`}) = ${f(window.result)}`,
    globalAverage: `mean of all ${n} values = ${f(window.result)}`,
  }[layer.kind];
  const belowName = unit.layerIndex === 0 ? 'the input' : spec.layers[unit.layerIndex - 1]!.name;
  return (
    <section className="pooling-detail" aria-label="Pooling window">
      <h4>{POOL_NAMES[layer.kind]} pooling: window of {layer.name} in {belowName}, channel {unit.channel}, rows {window.top}–{window.top + window.rows - 1}, columns {window.left}–{window.left + window.cols - 1}</h4>
      {n <= 64 && (
        <table className="pool-window">
          <tbody>
            {Array.from({ length: window.rows }, (_r, r) => (
              <tr key={r}>
                {Array.from({ length: window.cols }, (_c, q) => {
                  const i = r * window.cols + q;
                  const winner = layer.kind === 'max' && i === window.winner;
                  return <td key={q} className={winner ? 'winner' : undefined} aria-label={winner ? `winner ${f(window.values[i]!)}` : undefined}>{f(window.values[i]!)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="formula"><code>{formula}</code></p>
      <p className="hint">The model&apos;s own output for this unit: <strong>{f(modelValue)}</strong></p>
    </section>
  );
}
