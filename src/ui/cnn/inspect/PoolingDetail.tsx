import { poolingWindow } from '../../../engine/poolingWindow';
import { samePad } from '../../../engine/receptiveField';
import type { LayerActivation } from '../../../engine/inspection';
import type { SelectedUnit } from '../../../store/cnn/inspectSlice';
import { useCnn } from '../cnnContext';
import { Formula } from '../../common/Formula';
import { useText } from '../../useText';

const f = (v: number) => v.toFixed(3);
/** Windows this small are written out term by term; bigger ones are summarised. */
const LISTED = 16;

/** The pooling of one window as TeX, with the window's own numbers. */
export function poolingTex(kind: 'max' | 'average' | 'l2' | 'globalAverage', values: Float32Array | number[], result: number): string {
  const n = values.length;
  const terms = Array.from(values, f);
  const listed = n <= LISTED;
  switch (kind) {
    case 'max':
      return `\\max(${listed ? terms.join(',\\ ') : `x_1, \\dots, x_{${n}}`}) = ${f(result)}`;
    case 'average':
      return `\\frac{${listed ? terms.join(' + ') : `x_1 + \\dots + x_{${n}}`}}{${n}} = ${f(result)}`;
    case 'l2':
      return `\\sqrt{${listed ? terms.map((v) => `${v}^2`).join(' + ') : `x_1^2 + \\dots + x_{${n}}^2`}} = ${f(result)}`;
    case 'globalAverage':
      return `\\frac{1}{${n}}\\sum_{i=1}^{${n}} x_i = ${f(result)}`;
  }
}

/** For a selected pooled unit: its window in the layer below, the winner or the combination, and the sum. */
export function PoolingDetail({ unit, layers }: { unit: SelectedUnit; layers: LayerActivation[] }) {
  const t = useText().cnn;
  const p = t.pooling;
  const spec = useCnn((s) => s.spec);
  const summary = useCnn((s) => s.summary);
  const layer = spec.layers[unit.layerIndex];
  // The layer it pools, by name: in a branched network that need not be the layer listed above it.
  const belowName = summary.layers[unit.layerIndex]?.inputs[0];
  const below = layers.find((l) => l.name === belowName);
  const pooled = layers[unit.layerIndex + 1];
  if (!layer || layer.type !== 'pool' || !below || !pooled || below.shape.length !== 3) return null;
  const pad = layer.padding === 'same' && pooled.shape.length === 3
    ? { top: samePad(below.shape[0]!, pooled.shape[0]!, layer.stride, layer.size), left: samePad(below.shape[1]!, pooled.shape[1]!, layer.stride, layer.size) }
    : undefined;
  const window = poolingWindow(below.values, below.shape, layer.kind, layer.size, layer.stride, unit.row, unit.col, unit.channel, pad);
  const pooledShape = pooled.shape.length === 3 ? pooled.shape : [1, 1, pooled.shape[0]!];
  const modelValue = pooled.values[(unit.row * pooledShape[1]! + unit.col) * pooledShape[2]! + unit.channel]!;
  const n = window.values.length;
  return (
    <section className="pooling-detail" aria-label={p.region}>
      <h4>{p.heading(t.table.poolNames[layer.kind], layer.name, belowName === 'input' ? p.theInput : belowName, unit.channel, window.top, window.top + window.rows - 1, window.left, window.left + window.cols - 1)}</h4>
      {n <= 64 && (
        <table className="pool-window">
          <tbody>
            {Array.from({ length: window.rows }, (_r, r) => (
              <tr key={r}>
                {Array.from({ length: window.cols }, (_c, q) => {
                  const i = r * window.cols + q;
                  const winner = layer.kind === 'max' && i === window.winner;
                  return <td key={q} className={winner ? 'winner' : undefined} aria-label={winner ? p.winner(f(window.values[i]!)) : undefined}>{f(window.values[i]!)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="formula"><Formula tex={poolingTex(layer.kind, window.values, window.result)} /></p>
      <p className="hint">{p.modelOutput} <strong>{f(modelValue)}</strong></p>
    </section>
  );
}
