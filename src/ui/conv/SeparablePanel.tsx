import { useMemo, useState } from 'react';
import { separableCosts, type LayerCost } from '../../engine/explain';
import { NumberField } from '../lab/NumberField';
import { Formula } from '../common/Formula';
import { useText } from '../useText';

/** Sizes a student may try, up to a MobileNet-sized layer. */
const RULES = {
  size: { min: 1, max: 512, integer: true },
  channels: { min: 1, max: 2048, integer: true },
  kernel: { min: 1, max: 11, integer: true },
} as const;

const percentOf = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

/** A standard convolution next to a depthwise-separable one, with parameters and multiply-adds of each. */
export function SeparablePanel() {
  const t = useText().explainers;
  const p = t.separable;
  const [size, setSize] = useState(6);
  const [inChannels, setInChannels] = useState(3);
  const [kernel, setKernel] = useState(3);
  const [outChannels, setOutChannels] = useState(5);
  const out = size - kernel + 1;
  const costs = useMemo(() => (out >= 1 ? separableCosts({ kernel, inChannels, outChannels, outRows: out, outCols: out }) : null), [kernel, inChannels, outChannels, out]);
  const g = t.grouped;
  const row = (name: string, cost: LayerCost, total = false) => (
    <tr className={total ? 'total-row' : undefined}>
      <th scope="row">{name}</th>
      <td className="num">{g(cost.weights)}</td>
      <td className="num">{g(cost.biases)}</td>
      <td className="num">{g(cost.parameters)}</td>
      <td className="num">{g(cost.multiplyAdds)}</td>
    </tr>
  );
  return (
    <section className="panel panel-explain" aria-labelledby="separable-heading">
      <h2 id="separable-heading">{p.title}</h2>
      <p className="intro">{p.intro}</p>
      <form className="hyper-form" onSubmit={(e) => e.preventDefault()} aria-label={p.title}>
        <div className="field"><NumberField id="sep-size" label={p.inSize} tip={p.sizeTip} visibleLabel value={size} rule={RULES.size} onCommit={setSize} /></div>
        <div className="field"><NumberField id="sep-in" label={p.inChannels} visibleLabel value={inChannels} rule={RULES.channels} onCommit={setInChannels} /></div>
        <div className="field"><NumberField id="sep-kernel" label={p.kernel} visibleLabel value={kernel} rule={RULES.kernel} onCommit={setKernel} /></div>
        <div className="field"><NumberField id="sep-out" label={p.outChannels} visibleLabel value={outChannels} rule={RULES.channels} onCommit={setOutChannels} /></div>
      </form>
      {!costs ? <p className="explain-problem" role="alert">{p.tooSmall}</p> : (
        <>
          <p>{p.outShape(out, outChannels)}</p>
          <div className="table-scroll">
            <table className="summary-table" aria-label={p.table}>
              <thead>
                <tr><th scope="col">{p.layer}</th><th scope="col" className="num">{p.weights}</th><th scope="col" className="num">{p.biases}</th><th scope="col" className="num">{p.parameters}</th><th scope="col" className="num">{p.multiplyAdds}</th></tr>
              </thead>
              <tbody>
                {row(p.rows.standard, costs.standard)}
                {row(p.rows.depthwise, costs.depthwise)}
                {row(p.rows.pointwise, costs.pointwise)}
                {row(p.rows.separable, costs.separable, true)}
              </tbody>
            </table>
          </div>
          <div className="formulas" tabIndex={0} role="group" aria-label={p.multiplyAdds}>
            <Formula tex={`k^2 \\cdot C_{\\text{in}} \\cdot C_{\\text{out}} \\cdot n_{\\text{out}}^2 = ${kernel}^2 \\cdot ${inChannels} \\cdot ${outChannels} \\cdot ${out}^2 = ${g(costs.standard.multiplyAdds).replace(/,/g, '{,}')}`} />
            <Formula tex={`k^2 \\cdot C_{\\text{in}} \\cdot n_{\\text{out}}^2 + C_{\\text{in}} \\cdot C_{\\text{out}} \\cdot n_{\\text{out}}^2 = ${g(costs.depthwise.multiplyAdds).replace(/,/g, '{,}')} + ${g(costs.pointwise.multiplyAdds).replace(/,/g, '{,}')} = ${g(costs.separable.multiplyAdds).replace(/,/g, '{,}')}`} />
          </div>
          <p>{p.ratio(percentOf(costs.separable.parameters, costs.standard.parameters), percentOf(costs.separable.multiplyAdds, costs.standard.multiplyAdds))}</p>
          <p className="hint">{p.biasNote}</p>
        </>
      )}
    </section>
  );
}
