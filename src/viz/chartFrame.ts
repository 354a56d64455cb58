/**
 * The frame every SVG chart here shares: the svg and its plot area, grid, axes, axis titles and
 * the legend under it, laid out for the container's width. Charts add their own layers to `plot`
 * after the axes, so data is drawn over the grid.
 */
import { max, min, select } from 'd3';
import { nonFiniteSwatch } from './nonFinite';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartSize {
  width: number;
  height: number;
  innerW: number;
  innerH: number;
}

/** One legend line: its picture (HTML) and its words. */
export interface LegendEntry {
  swatch: string;
  name: string;
}

/** The short line (solid or dashed) that stands for a series. */
export const lineSwatch = (color: string, dashed = false) => `<span class="swatch${dashed ? ' dashed' : ''}" style="--swatch:${color}"></span>`;

/** The crossed square that stands for a value that is not a finite number (a gap in a line). */
export const nonFiniteEntry = (name: string): LegendEntry => ({ swatch: nonFiniteSwatch().outerHTML, name });

export function createChartFrame(root: HTMLElement, className: string, margin: Margin, labels: { x: string; y: string }) {
  const svg = select(root).append('svg').attr('class', className).attr('aria-hidden', 'true');
  const plot = svg.append('g').attr('transform', `translate(${margin.left},${margin.top})`);
  const gridY = plot.append('g').attr('class', 'grid');
  const xAxis = plot.append('g').attr('class', 'axis');
  const yAxis = plot.append('g').attr('class', 'axis');
  const xTitle = svg.append('text').attr('class', 'axis-title').attr('text-anchor', 'middle').text(labels.x);
  const yTitle = svg.append('text').attr('class', 'axis-title axis-title-y').attr('text-anchor', 'middle').text(labels.y);
  const legend = select(root).append('ul').attr('class', 'chart-legend');
  return {
    svg, plot, gridY, xAxis, yAxis, legend,
    /** Sizes the svg to the container (height = width × aspect, within 170–260 px) and places the titles. */
    layout(aspect: number): ChartSize {
      const width = Math.max(root.clientWidth, 240);
      const height = Math.max(Math.min(width * aspect, 260), 170);
      svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
      const innerW = width - margin.left - margin.right;
      const innerH = height - margin.top - margin.bottom;
      xAxis.attr('transform', `translate(0,${innerH})`);
      xTitle.attr('x', margin.left + innerW / 2).attr('y', height - 4);
      yTitle.attr('transform', `translate(12,${margin.top + innerH / 2}) rotate(-90)`);
      return { width, height, innerW, innerH };
    },
    /** Rewrites the legend with these lines, in order (one list item each, reused across updates). */
    drawLegend(entries: LegendEntry[]) {
      legend.selectAll('li').data(entries).join('li').html((e) => `${e.swatch}${e.name}`);
    },
    remove() {
      svg.remove();
      legend.remove();
    },
  };
}

/** A log-scale domain of whole decades around the positive, finite values (1e-3…1 when there are none). */
export function decadeDomain(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const low = min(positive) ?? 1e-3;
  const high = max(positive) ?? 1;
  return [10 ** Math.floor(Math.log10(low)), 10 ** Math.ceil(Math.log10(Math.max(high, low * 10)))];
}

/** Powers of ten across a log domain, every k-th one so that at most six are labelled. */
export function decades([low, high]: [number, number]): number[] {
  const first = Math.round(Math.log10(low));
  const last = Math.round(Math.log10(high));
  const every = Math.max(1, Math.ceil((last - first + 1) / 6));
  const out: number[] = [];
  for (let e = first; e <= last; e += every) out.push(10 ** e);
  return out;
}
