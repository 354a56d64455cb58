/**
 * The LSTM's cell state as the notes' "conveyor belt": one line per unit running through every
 * step (x aligned with the heatmap columns above it), the selected unit drawn thick, and a mark
 * at each step where that unit's forget gate is below 0.5 — where the belt is mostly wiped.
 */
import { line, max, scaleLinear, select } from 'd3';
import { PALETTE } from './palette';
import { frameDrivenViz, type Viz } from './viz';

export interface CellStatePathData {
  /** Cell state c, [steps · units]. */
  cell: Float32Array;
  /** Forget gate f, [steps · units]. */
  forget: Float32Array;
  steps: number;
  units: number;
  cellWidth: number;
  /** The unit drawn thick with its wipes marked, or −1 for none. */
  selectedUnit: number;
  selectedStep: number | null;
  /** Accessible description of what is drawn (words from the caller). */
  label: string;
}

const HEIGHT = 110;
const PAD = 8;
export const WIPE_THRESHOLD = 0.5;

/** Steps at which a unit's forget gate is below the threshold. */
export function wipedSteps(forget: Float32Array, steps: number, units: number, unit: number): number[] {
  const wiped: number[] = [];
  for (let t = 0; t < steps; t++) if (forget[t * units + unit]! < WIPE_THRESHOLD) wiped.push(t);
  return wiped;
}

export function createCellStatePath(root: HTMLElement): Viz<CellStatePathData> {
  // An image only once it has its description (the first frame), hidden until then.
  const svg = select(root).append('svg').attr('class', 'cell-state-path').attr('aria-hidden', 'true');
  const zero = svg.append('line').attr('class', 'zero-line');
  const others = svg.append('g').attr('fill', 'none').attr('stroke', PALETTE.muted).attr('stroke-width', 1).attr('opacity', 0.6);
  const wipes = svg.append('g');
  const chosen = svg.append('path').attr('fill', 'none').attr('stroke', PALETTE.blue).attr('stroke-width', 3);
  const column = svg.append('rect').attr('fill', 'none').attr('stroke', PALETTE.text);

  const draw = (data: CellStatePathData) => {
    const width = data.steps * data.cellWidth;
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`).attr('aria-hidden', null).attr('role', 'img').attr('aria-label', data.label);
    // The finite values set the scale; a NaN or ∞ is a gap in its unit's line.
    const bound = Math.max(max(data.cell, (v) => (Number.isFinite(v) ? Math.abs(v) : NaN)) ?? 1, 1e-6);
    const x = (t: number) => (t + 0.5) * data.cellWidth;
    const y = scaleLinear().domain([-bound, bound]).range([HEIGHT - PAD, PAD]);
    const zeroY = Number.isFinite(y(0)) ? y(0) : HEIGHT / 2;
    zero.attr('x1', 0).attr('x2', width).attr('y1', zeroY).attr('y2', zeroY);
    const unitLine = (unit: number) => line<number>().defined((t) => Number.isFinite(data.cell[t * data.units + unit]!)).x((t) => x(t)).y((t) => y(data.cell[t * data.units + unit]!))(Array.from({ length: data.steps }, (_v, t) => t)) ?? '';
    const units = Array.from({ length: data.units }, (_v, u) => u).filter((u) => u !== data.selectedUnit);
    others.selectAll('path').data(units).join('path').attr('d', unitLine);
    const chosenShown = data.selectedUnit >= 0 && data.selectedUnit < data.units;
    chosen.attr('d', chosenShown ? unitLine(data.selectedUnit) : '');
    const wiped = chosenShown ? wipedSteps(data.forget, data.steps, data.units, data.selectedUnit) : [];
    wipes.selectAll('rect').data(wiped).join('rect')
      .attr('x', (t) => x(t) - 3).attr('y', PAD / 2).attr('width', 6).attr('height', HEIGHT - PAD).attr('fill', PALETTE.vermillion).attr('opacity', 0.35);
    column.attr('display', data.selectedStep === null ? 'none' : 'inline')
      .attr('x', (data.selectedStep ?? 0) * data.cellWidth + 0.5).attr('y', 0.5).attr('width', data.cellWidth - 1).attr('height', HEIGHT - 1);
  };

  return frameDrivenViz(root, draw, () => svg.remove());
}
