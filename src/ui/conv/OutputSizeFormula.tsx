import type { WindowGeometry } from '../../engine/explain';
import { Formula } from '../common/Formula';
import { useText } from '../useText';

/** ⌊(n + p_before + p_after − d(k − 1) − 1)/s⌋ + 1 for one direction, with this grid's numbers substituted. */
function sizeTex(n: number, before: number, after: number, k: number, d: number, s: number, out: number): string {
  const padding = before === after ? `2 \\cdot ${before}` : `${before} + ${after}`;
  return `\\left\\lfloor \\frac{${n} + ${padding} - ${d}\\,(${k} - 1) - 1}{${s}} \\right\\rfloor + 1 = ${out}`;
}

/** The output-size formula, in symbols and with the current numbers, for rows (and columns when they differ). */
export function OutputSizeFormula({ geometry, samePadding }: { geometry: WindowGeometry; samePadding: boolean }) {
  const c = useText().explainers.conv;
  const g = geometry;
  const square = g.inRows === g.inCols && g.kernelRows === g.kernelCols && g.padding.top === g.padding.left && g.padding.bottom === g.padding.right;
  return (
    <section className="size-formula" aria-labelledby="conv-size-heading" tabIndex={0}>
      <h3 id="conv-size-heading">{c.formula}</h3>
      <Formula display tex={'n_{\\text{out}} = \\left\\lfloor \\frac{n + 2p - d\\,(k - 1) - 1}{s} \\right\\rfloor + 1'} />
      <p>{samePadding ? c.formulaSame : c.formulaCaption}</p>
      {samePadding && <Formula tex={`\\left\\lceil \\frac{${g.inRows}}{${g.stride}} \\right\\rceil = ${g.outRows},\\quad p = ${g.padding.top} + ${g.padding.bottom}`} />}
      <Formula display tex={sizeTex(g.inRows, g.padding.top, g.padding.bottom, g.kernelRows, g.dilation, g.stride, g.outRows)} />
      {!square && <Formula display tex={sizeTex(g.inCols, g.padding.left, g.padding.right, g.kernelCols, g.dilation, g.stride, g.outCols)} />}
    </section>
  );
}
