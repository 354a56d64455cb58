import type { ExplainPoolKind, PoolWindow } from '../../engine/explain';
import { Formula } from '../common/Formula';
import { useText } from '../useText';

/** A value for TeX, with a real minus sign and brackets around negatives inside a sum or a square. */
function tex(n: number, format: (n: number) => string, bracket = false): string {
  const text = format(Math.abs(n));
  if (n >= 0) return text;
  return bracket ? `(-${text})` : `-${text}`;
}

/** The selected window's arithmetic: the max of its values, their mean, or √ of their sum of squares. */
function windowTex(kind: ExplainPoolKind, w: PoolWindow, format: (n: number) => string): string {
  const values = w.cells.map((c) => c.value);
  const result = tex(w.result, format);
  if (kind === 'max') return `\\max(${values.map((v) => tex(v, format)).join(',\\ ')}) = ${result}`;
  if (kind === 'l2') return `\\sqrt{${values.map((v) => `${tex(v, format, true)}^2`).join(' + ')}} = ${result}`;
  const sum = values.reduce((a, v) => a + v, 0);
  return `\\frac{${values.map((v, i) => tex(v, format, i > 0)).join(' + ')}}{${values.length}} = \\frac{${tex(sum, format)}}{${values.length}} = ${result}`;
}

export function WindowArithmetic({ window, kind, size, deep }: { window: PoolWindow; kind: ExplainPoolKind; size: number; deep: boolean }) {
  const t = useText().explainers;
  const p = t.pool;
  const full = kind === 'globalAverage' ? window.cells.length : size * size;
  return (
    <section className="step-arithmetic" aria-labelledby="pool-window-heading" tabIndex={0}>
      <h3 id="pool-window-heading">{p.window}</h3>
      <p className="step-heading">{p.windowHeading(deep ? window.channel + 1 : null, window.outRow + 1, window.outCol + 1)}</p>
      <Formula display tex={windowTex(kind, window, t.number)} />
      <p className="hint">{kind === 'max' ? p.winnerNote : p.averagedNote}</p>
      {window.cells.length < full && <p className="hint">{p.edgeNote(window.cells.length, full)}</p>}
    </section>
  );
}
