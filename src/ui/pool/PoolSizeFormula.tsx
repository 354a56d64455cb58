import type { PoolPadding, WindowGeometry } from '../../engine/explain';
import { Formula } from '../common/Formula';
import { useText } from '../useText';

/** The pooled size in symbols and with this grid's numbers: ⌊(n − k)/s⌋ + 1 without padding, ⌈n/s⌉ with "same". */
export function PoolSizeFormula({ geometry, padding, global }: { geometry: WindowGeometry; padding: PoolPadding; global: boolean }) {
  const p = useText().explainers.pool;
  const g = geometry;
  const line = (n: number, out: number) => (padding === 'same'
    ? `\\left\\lceil \\frac{${n}}{${g.stride}} \\right\\rceil = ${out}`
    : `\\left\\lfloor \\frac{${n} - ${g.kernelRows}}{${g.stride}} \\right\\rfloor + 1 = ${out}`);
  return (
    <section className="size-formula" aria-labelledby="pool-size-heading" tabIndex={0}>
      <h3 id="pool-size-heading">{p.formula}</h3>
      {global ? <p>{p.globalFormula}</p> : (
        <>
          <Formula display tex={padding === 'same' ? 'n_{\\text{out}} = \\left\\lceil \\frac{n}{s} \\right\\rceil' : 'n_{\\text{out}} = \\left\\lfloor \\frac{n - k}{s} \\right\\rfloor + 1'} />
          <Formula display tex={line(g.inRows, g.outRows)} />
          {g.inCols !== g.inRows && <Formula display tex={line(g.inCols, g.outCols)} />}
        </>
      )}
    </section>
  );
}
