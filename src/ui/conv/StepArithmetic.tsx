import type { ConvStep, ExplainActivation } from '../../engine/explain';
import { Formula } from '../common/Formula';
import { useText } from '../useText';

/** A number for TeX: a real minus sign, negatives in brackets when they follow an operator. */
function tex(n: number, bracketNegative: boolean, format: (n: number) => string): string {
  const text = format(Math.abs(n));
  if (n >= 0 || Object.is(n, 0)) return text;
  return bracketNegative ? `(-${text})` : `-${text}`;
}

/** "x·w + x·w + … = sum" for one channel's products, padding cells greyed. */
function productsTex(step: ConvStep, channel: number, format: (n: number) => string): { tex: string; sum: number } {
  const products = step.products.filter((p) => p.channel === channel);
  const sum = products.reduce((a, p) => a + p.product, 0);
  const terms = products.map((p) => {
    const term = `${tex(p.value, true, format)} \\cdot ${tex(p.weight, true, format)}`;
    return p.inPadding ? `\\textcolor{gray}{${term}}` : term;
  });
  return { tex: `${terms.join(' + ')} = ${tex(sum, false, format)}`, sum };
}

/** The arithmetic of the step on show: every product, the sum, the bias and the activation. */
export function StepArithmetic({ step, position, total, activation, channels, filters }: {
  step: ConvStep | null; position: number; total: number; activation: ExplainActivation; channels: number; filters: number;
}) {
  const t = useText().explainers;
  const c = t.conv;
  if (!step) return null;
  const format = t.number;
  const padded = step.products.filter((p) => p.inPadding).length;
  const kernelCells = step.products.length / channels;
  const sumTerms = Array.from({ length: channels }, (_v, ch) => productsTex(step, ch, format));
  return (
    <section className="step-arithmetic" aria-labelledby="conv-step-heading" tabIndex={0}>
      <h3 id="conv-step-heading">{c.arithmetic}</h3>
      {position === 0 ? <p className="hint">{c.notStarted}</p> : (
        <p className="step-heading">{c.stepHeading(position, total, filters > 1 ? step.filter + 1 : null, step.outRow + 1, step.outCol + 1)}</p>
      )}
      <p>{c.products}</p>
      <div className="formulas">
        {sumTerms.map((s, ch) => (
          <div key={ch} className="formula-row">
            {channels > 1 && <span className="formula-label">{c.channelSum(ch + 1)}</span>}
            <Formula tex={s.tex} />
          </div>
        ))}
      </div>
      {padded > 0 && <p className="hint">{c.paddingProducts(padded)}</p>}
      {kernelCells === 1 && <p className="hint">{c.pointwiseNote}</p>}
      <p>{c.plusBias}</p>
      <Formula tex={`${channels > 1 ? sumTerms.map((s) => tex(s.sum, true, format)).join(' + ') : tex(step.sum, false, format)} + ${tex(step.bias, true, format)} = ${tex(step.preActivation, false, format)}`} />
      {activation === 'relu' && (
        <>
          <p>{c.afterActivation}</p>
          <Formula tex={`\\operatorname{ReLU}(${tex(step.preActivation, false, format)}) = \\max(0, ${tex(step.preActivation, false, format)}) = ${tex(step.output, false, format)}`} />
        </>
      )}
    </section>
  );
}
