/** A responsive SVG line chart (D3) for training curves, with a legend and optional reference line. */
import { axisBottom, axisLeft, format, line, max, scaleLinear, scaleLog, select, type Selection } from 'd3';
import { createChartFrame, decadeDomain, decades, lineSwatch, nonFiniteEntry, type LegendEntry } from './chartFrame';
import { appendNonFiniteMark } from './nonFinite';
import { PALETTE } from './palette';
import { frameDrivenViz, type Viz } from './viz';

export interface Series {
  name: string;
  color: string;
  points: readonly { step: number; value: number }[];
  /** Draw dots instead of a line (for sparse series such as per-epoch evaluations). */
  dots?: boolean;
}

export interface ReferenceLine {
  value: number;
  label: string;
}

export interface LineChartData {
  series: Series[];
  reference?: ReferenceLine | null;
}

export interface LineChartOptions {
  yLabel: string;
  /** Fixed y range, e.g. [0, 1] for accuracy; otherwise from the data. */
  yDomain?: [number, number];
  formatY: (v: number) => string;
  emptyMessage: string;
  /** The x axis title (the charts live in viz/, which holds no words of its own). */
  xLabel: string;
  /** A y range centred on 0 that fits the data (for signals with both signs). */
  symmetricY?: boolean;
  /** A logarithmic y axis (for quantities spanning many powers of ten); values ≤ 0 are left out. */
  logY?: boolean;
  /** Legend words for the marks over a gap where a value is NaN or infinite (e.g. a diverged loss). */
  nonFiniteLabel?: string;
}

type Point = { step: number; value: number };

/** The y scale: linear from the options, or logarithmic over the positive values, whole decades. */
function yScaleFor(options: LineChartOptions, values: number[], innerH: number) {
  if (options.logY) return scaleLog().domain(decadeDomain(values)).range([innerH, 0]);
  const yMax = options.yDomain ? options.yDomain[1] : Math.max(max(values) ?? 1, 0.1);
  const bound = Math.max(max(values, (v) => Math.abs(v)) ?? 1, 0.1) * 1.05;
  const domain = options.yDomain ?? (options.symmetricY ? [-bound, bound] : [0, yMax * 1.05]);
  return scaleLinear().domain(domain).range([innerH, 0]).nice();
}

const MARGIN = { top: 12, right: 16, bottom: 34, left: 52 };

export function createLineChart(root: HTMLElement, options: LineChartOptions): Viz<LineChartData> {
  const frame = createChartFrame(root, 'line-chart', MARGIN, { x: options.xLabel, y: options.yLabel });
  const { svg, plot, gridY, xAxis, yAxis } = frame;
  const lines = plot.append('g');
  const referenceGroup = plot.append('g');
  const gaps = plot.append('g').attr('class', 'non-finite-marks');
  const empty = svg.append('text').attr('class', 'chart-empty').attr('text-anchor', 'middle').text(options.emptyMessage);

  const draw = (data: LineChartData) => {
    const { innerW, innerH } = frame.layout(0.55);
    // NaN and ±∞ are left out of the axes and the lines (a gap, marked along the top); a log axis also leaves out values ≤ 0.
    const plotted = (p: { value: number }) => Number.isFinite(p.value) && (!options.logY || p.value > 0);
    const all = data.series.flatMap((s) => s.points).filter(plotted);
    const maxStep = Math.max(max(all, (p) => p.step) ?? 10, options.symmetricY ? 1 : 10);
    const x = scaleLinear().domain([0, maxStep]).range([0, innerW]).nice();
    const y = yScaleFor(options, all.map((p) => p.value), innerH);
    const ticks = options.logY ? decades(y.domain() as [number, number]) : null;
    xAxis.call(axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 80))).tickFormat(format('~s')).tickSizeOuter(0));
    yAxis.call(axisLeft(y).ticks(5).tickValues(ticks as number[]).tickFormat((v) => options.formatY(Number(v))));
    gridY.call(axisLeft(y).ticks(5).tickValues(ticks as number[]).tickSize(-innerW).tickFormat(() => '')).call((g) => g.select('.domain').remove());
    empty.attr('x', MARGIN.left + innerW / 2).attr('y', MARGIN.top + innerH / 2).attr('display', all.length ? 'none' : 'inline');

    const path = line<Point>().defined(plotted).x((p) => x(p.step)).y((p) => y(p.value));
    lines.selectAll<SVGGElement, Series>('g.series').data(data.series, (s) => s.name).join('g').attr('class', 'series')
      .each(function drawSeries(s) {
        const g = select(this);
        g.selectAll('path').data(s.dots ? [] : [s]).join('path')
          .attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 2).attr('d', path(s.points as Point[]) ?? '');
        g.selectAll('circle').data(s.dots ? s.points.filter(plotted) : []).join('circle')
          .attr('r', s.points.length > 20 ? 2.5 : 4).attr('fill', s.color).attr('cx', (p) => x(p.step)).attr('cy', (p) => y(p.value));
      });
    drawReference(referenceGroup, data.reference ?? null, (v) => y(v), innerW);
    const missing = data.series.flatMap((s) => s.points.filter((p) => !Number.isFinite(p.value)));
    gaps.selectAll<SVGGElement, Point>('g.non-finite-mark').data(missing)
      .join((enter) => enter.append('g').attr('class', 'non-finite-mark').each(function addMark() { appendNonFiniteMark(this, 8); }))
      .attr('transform', (p) => `translate(${x(p.step)},0)`);
    const entries: LegendEntry[] = [
      ...data.series.map((s) => ({ swatch: lineSwatch(s.color), name: s.name })),
      ...(data.reference ? [{ swatch: lineSwatch(PALETTE.text, true), name: data.reference.label }] : []),
      ...(options.nonFiniteLabel && missing.length ? [nonFiniteEntry(options.nonFiniteLabel)] : []),
    ];
    frame.drawLegend(entries);
  };

  return frameDrivenViz(root, draw, () => frame.remove());
}

function drawReference(
  group: Selection<SVGGElement, unknown, null, undefined>, reference: ReferenceLine | null,
  y: (v: number) => number, width: number,
): void {
  // A reference the scale cannot place (no finite domain yet, e.g. a log axis before any data) is not drawn.
  const placeable = reference !== null && Number.isFinite(y(reference.value));
  group.selectAll('line').data(placeable ? [reference] : []).join('line')
    .attr('class', 'reference-line').attr('x1', 0).attr('x2', width)
    .attr('y1', (r) => y(r.value)).attr('y2', (r) => y(r.value))
    .attr('stroke', PALETTE.text).attr('stroke-dasharray', '6 4').attr('stroke-width', 1.5);
}
