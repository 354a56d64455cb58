/**
 * The softmax output as a labelled bar chart (SVG, D3): one bar per class, the winner highlighted.
 * A class whose probability is NaN or infinite (a diverged network) is a crossed full-height bar.
 */
import { scaleBand, scaleLinear, select } from 'd3';
import { appendNonFiniteMark, NON_FINITE_FILL } from './nonFinite';
import { PALETTE } from './palette';
import { frameDrivenViz, type Viz } from './viz';

export interface ProbabilityData {
  probabilities: ArrayLike<number>;
  /** The true label, when known, is marked under its bar. */
  label: number | null;
}

export function createProbabilityBars(root: HTMLElement, options: { trueLabel: string }): Viz<ProbabilityData> {
  const svg = select(root).append('svg').attr('class', 'probability-bars').attr('aria-hidden', 'true');
  const draw = (data: ProbabilityData) => {
    const values = Array.from(data.probabilities);
    const width = Math.max(root.clientWidth, 200);
    const height = 120;
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    const x = scaleBand<number>().domain(values.map((_v, i) => i)).range([0, width]).padding(0.2);
    const y = scaleLinear().domain([0, 1]).range([height - 34, 4]);
    const finite = values.filter((v) => Number.isFinite(v));
    const best = finite.length ? values.indexOf(Math.max(...finite)) : -1;
    // A non-finite probability fills its whole bar, so the bar is there to carry the mark.
    const shown = (v: number) => (Number.isFinite(v) ? v : 1);
    svg.selectAll('rect.bar').data(values).join('rect').attr('class', 'bar')
      .attr('x', (_v, i) => x(i)!).attr('width', x.bandwidth())
      .attr('y', (v) => y(shown(v))).attr('height', (v) => y(0) - y(shown(v)))
      .attr('fill', (v, i) => (!Number.isFinite(v) ? NON_FINITE_FILL : i === best ? PALETTE.blue : PALETTE.sky));
    const missing = values.flatMap((v, i) => (Number.isFinite(v) ? [] : [i]));
    svg.selectAll<SVGGElement, number>('g.non-finite-mark').data(missing)
      .join((enter) => enter.append('g').attr('class', 'non-finite-mark').each(function addMark() { appendNonFiniteMark(this, Math.min(x.bandwidth(), 12)); }))
      .attr('transform', (i) => `translate(${x(i)! + x.bandwidth() / 2},${y(0.5)})`);
    svg.selectAll('text.digit').data(values).join('text').attr('class', 'digit')
      .attr('x', (_v, i) => x(i)! + x.bandwidth() / 2).attr('y', height - 18).attr('text-anchor', 'middle')
      .attr('font-weight', (_v, i) => (i === best ? 700 : 400)).text((_v, i) => String(i));
    svg.selectAll('text.truth').data(data.label === null ? [] : [data.label]).join('text').attr('class', 'truth')
      .attr('x', (l) => x(l)! + x.bandwidth() / 2).attr('y', height - 3).attr('text-anchor', 'middle').text(options.trueLabel);
  };
  return frameDrivenViz(root, draw, () => svg.remove());
}
