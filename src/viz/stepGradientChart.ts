/**
 * ‖∂L/∂hₜ‖ against the step t, on a log scale (gradients through time span many powers of ten).
 * Hovering picks the nearest step and reports it to the caller, which shows its numbers; the
 * chosen step is marked on every series. Words come from the caller.
 */
import { axisBottom, axisLeft, line, pointer, scaleLinear, scaleLog, select } from 'd3';
import { createChartFrame, decadeDomain, decades, lineSwatch, nonFiniteEntry } from './chartFrame';
import { appendNonFiniteMark } from './nonFinite';
import { PALETTE } from './palette';
import { frameDrivenViz, type Viz } from './viz';

export interface StepSeries {
  name: string;
  color: string;
  dashed?: boolean;
  /** One value per step. */
  values: ArrayLike<number>;
}

export interface StepGradientData {
  steps: number;
  series: StepSeries[];
  /** The step whose numbers are shown, marked on the chart. */
  selected: number | null;
}

export interface StepGradientOptions {
  xLabel: string;
  yLabel: string;
  formatY(value: number): string;
  /** The pointer moved over step `step`. */
  onHover(step: number): void;
  /** Legend words for the marks over a step whose gradient norm is NaN or infinite. */
  nonFiniteLabel?: string;
}

const MARGIN = { top: 12, right: 16, bottom: 34, left: 58 };
const positive = (v: number) => v > 0 && Number.isFinite(v);

export function createStepGradientChart(root: HTMLElement, options: StepGradientOptions): Viz<StepGradientData> {
  const frame = createChartFrame(root, 'line-chart step-gradient-chart', MARGIN, { x: options.xLabel, y: options.yLabel });
  const { plot, gridY, xAxis, yAxis } = frame;
  const marker = plot.append('line').attr('class', 'step-marker').attr('stroke', PALETTE.muted).attr('stroke-dasharray', '3 3');
  const lines = plot.append('g');
  const gaps = plot.append('g').attr('class', 'non-finite-marks');
  const overlay = plot.append('rect').attr('fill', 'transparent').style('cursor', 'crosshair');
  let stepAt: (px: number) => number = () => 0;
  overlay.on('pointermove', (event: PointerEvent) => options.onHover(stepAt(pointer(event)[0])));

  const draw = (data: StepGradientData) => {
    const { innerW, innerH } = frame.layout(0.5);
    const last = Math.max(1, data.steps - 1);
    const x = scaleLinear().domain([0, last]).range([0, innerW]);
    const y = scaleLog().domain(decadeDomain(data.series.flatMap((s) => Array.from(s.values)))).range([innerH, 0]);
    const ticks = decades(y.domain() as [number, number]);
    xAxis.call(axisBottom(x).ticks(Math.min(last, Math.max(2, Math.floor(innerW / 60)))).tickFormat((v) => String(v)).tickSizeOuter(0));
    yAxis.call(axisLeft(y).tickValues(ticks).tickFormat((v) => options.formatY(Number(v))));
    gridY.call(axisLeft(y).tickValues(ticks).tickSize(-innerW).tickFormat(() => '')).call((g) => g.select('.domain').remove());
    overlay.attr('width', innerW).attr('height', innerH);
    stepAt = (px) => Math.max(0, Math.min(data.steps - 1, Math.round(x.invert(px))));

    const path = line<number>().defined(positive).x((_v, t) => x(t)).y((v) => y(v));
    lines.selectAll<SVGGElement, StepSeries>('g.series').data(data.series, (s) => s.name).join('g').attr('class', 'series')
      .each(function drawSeries(s) {
        const g = select(this);
        const points = Array.from(s.values);
        g.selectAll('path').data([points]).join('path').attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 2)
          .attr('stroke-dasharray', s.dashed ? '6 4' : null).attr('d', (p) => path(p) ?? '');
        const chosen = data.selected !== null && positive(points[data.selected] ?? Number.NaN) ? [data.selected] : [];
        g.selectAll('circle').data(chosen).join('circle').attr('r', 4.5).attr('fill', s.color).attr('stroke', '#fff')
          .attr('cx', (t) => x(t)).attr('cy', (t) => y(points[t]!));
      });
    marker.attr('display', data.selected === null ? 'none' : 'inline')
      .attr('x1', x(data.selected ?? 0)).attr('x2', x(data.selected ?? 0)).attr('y1', 0).attr('y2', innerH);
    // A NaN or infinite norm is a gap in its line (like a zero, which a log axis cannot place), marked along the top.
    const missing = data.series.flatMap((s) => Array.from(s.values).flatMap((v, t) => (Number.isFinite(v) ? [] : [t])));
    gaps.selectAll<SVGGElement, number>('g.non-finite-mark').data(missing)
      .join((enter) => enter.append('g').attr('class', 'non-finite-mark').each(function addMark() { appendNonFiniteMark(this, 8); }))
      .attr('transform', (t) => `translate(${x(t)},0)`);
    frame.drawLegend([
      ...data.series.map((s) => ({ swatch: lineSwatch(s.color, s.dashed), name: s.name })),
      ...(options.nonFiniteLabel && missing.length ? [nonFiniteEntry(options.nonFiniteLabel)] : []),
    ]);
  };

  return frameDrivenViz(root, draw, () => frame.remove());
}
