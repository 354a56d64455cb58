/** A responsive SVG line chart (D3) for training curves, with a legend and optional reference line. */
import { axisBottom, axisLeft, format, line, max, scaleLinear, select, type Selection } from 'd3';
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
}

const MARGIN = { top: 12, right: 16, bottom: 34, left: 52 };

export function createLineChart(root: HTMLElement, options: LineChartOptions): Viz<LineChartData> {
  const svg = select(root).append('svg').attr('class', 'line-chart').attr('aria-hidden', 'true');
  const plot = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const gridY = plot.append('g').attr('class', 'grid');
  const xAxis = plot.append('g').attr('class', 'axis');
  const yAxis = plot.append('g').attr('class', 'axis');
  const lines = plot.append('g');
  const referenceGroup = plot.append('g');
  const xTitle = svg.append('text').attr('class', 'axis-title').attr('text-anchor', 'middle').text(options.xLabel);
  const yTitle = svg.append('text').attr('class', 'axis-title').attr('text-anchor', 'middle').text(options.yLabel);
  const empty = svg.append('text').attr('class', 'chart-empty').attr('text-anchor', 'middle').text(options.emptyMessage);
  const legend = select(root).append('ul').attr('class', 'chart-legend');

  const draw = (data: LineChartData) => {
    const width = Math.max(root.clientWidth, 240);
    const height = Math.max(Math.min(width * 0.55, 260), 170);
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    const innerW = width - MARGIN.left - MARGIN.right;
    const innerH = height - MARGIN.top - MARGIN.bottom;
    const all = data.series.flatMap((s) => s.points);
    const maxStep = Math.max(max(all, (p) => p.step) ?? 10, options.symmetricY ? 1 : 10);
    const x = scaleLinear().domain([0, maxStep]).range([0, innerW]).nice();
    const yMax = options.yDomain ? options.yDomain[1] : Math.max(max(all, (p) => p.value) ?? 1, 0.1);
    const bound = Math.max(max(all, (p) => Math.abs(p.value)) ?? 1, 0.1) * 1.05;
    const domain = options.yDomain ?? (options.symmetricY ? [-bound, bound] : [0, yMax * 1.05]);
    const y = scaleLinear().domain(domain).range([innerH, 0]).nice();
    xAxis.attr('transform', `translate(0,${innerH})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 80))).tickFormat(format('~s')).tickSizeOuter(0));
    yAxis.call(axisLeft(y).ticks(5).tickFormat((v) => options.formatY(Number(v))));
    gridY.call(axisLeft(y).ticks(5).tickSize(-innerW).tickFormat(() => '')).call((g) => g.select('.domain').remove());
    xTitle.attr('x', MARGIN.left + innerW / 2).attr('y', height - 4);
    yTitle.attr('transform', `translate(12,${MARGIN.top + innerH / 2}) rotate(-90)`);
    empty.attr('x', MARGIN.left + innerW / 2).attr('y', MARGIN.top + innerH / 2).attr('display', all.length ? 'none' : 'inline');

    const path = line<{ step: number; value: number }>().x((p) => x(p.step)).y((p) => y(p.value));
    lines.selectAll<SVGGElement, Series>('g.series').data(data.series, (s) => s.name).join('g').attr('class', 'series')
      .each(function drawSeries(s) {
        const g = select(this);
        g.selectAll('path').data(s.dots ? [] : [s]).join('path')
          .attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 2).attr('d', path(s.points as { step: number; value: number }[]) ?? '');
        g.selectAll('circle').data(s.dots ? s.points : []).join('circle')
          .attr('r', s.points.length > 20 ? 2.5 : 4).attr('fill', s.color).attr('cx', (p) => x(p.step)).attr('cy', (p) => y(p.value));
      });
    drawReference(referenceGroup, data.reference ?? null, y, innerW);
    legend.selectAll('li').data([...data.series, ...(data.reference ? [{ name: data.reference.label, color: PALETTE.ink, points: [], dashed: true }] : [])])
      .join('li')
      .html((s) => `<span class="swatch${'dashed' in s ? ' dashed' : ''}" style="--swatch:${s.color}"></span>${s.name}`);
  };

  return frameDrivenViz(root, draw, () => {
    svg.remove();
    legend.remove();
  });
}

function drawReference(
  group: Selection<SVGGElement, unknown, null, undefined>, reference: ReferenceLine | null,
  y: (v: number) => number, width: number,
): void {
  group.selectAll('line').data(reference ? [reference] : []).join('line')
    .attr('class', 'reference-line').attr('x1', 0).attr('x2', width)
    .attr('y1', (r) => y(r.value)).attr('y2', (r) => y(r.value))
    .attr('stroke', PALETTE.ink).attr('stroke-dasharray', '6 4').attr('stroke-width', 1.5);
}
