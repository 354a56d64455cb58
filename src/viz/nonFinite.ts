/**
 * How every renderer shows a value that is not a finite number (NaN, +∞, −∞), e.g. the activations
 * of a network whose training diverged: a cell in a colour none of the value scales use, crossed
 * by two diagonals so it reads without colour too, and a legend entry that appears only while
 * such a value is on screen. The words of the legend come from the caller.
 */
import { PALETTE } from './palette';

/** Okabe–Ito bluish green: outside the blue, purple–orange and grey ramps of colorScales.ts. */
export const NON_FINITE_FILL = PALETTE.green;
export const NON_FINITE_RGB = [0x00, 0x9e, 0x73] as const;
/** The cross drawn over a non-finite cell. */
export const NON_FINITE_MARK = PALETTE.ink;

/** Whether any value is NaN or infinite. */
export function hasNonFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return true;
  return false;
}

/** Fills a cell with the non-finite colour and crosses it from corner to corner (canvas, CSS pixels). */
export function drawNonFiniteCell(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  ctx.fillStyle = NON_FINITE_FILL;
  ctx.fillRect(x, y, width, height);
  ctx.strokeStyle = NON_FINITE_MARK;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + width, y + height);
  ctx.moveTo(x + width, y);
  ctx.lineTo(x, y + height);
  ctx.stroke();
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A size × size crossed square in the non-finite colour, centred on (0, 0) of `parent` (SVG). */
export function appendNonFiniteMark(parent: SVGElement, size: number): void {
  const half = size / 2;
  const rect = parent.appendChild(document.createElementNS(SVG_NS, 'rect'));
  rect.setAttribute('x', String(-half));
  rect.setAttribute('y', String(-half));
  rect.setAttribute('width', String(size));
  rect.setAttribute('height', String(size));
  rect.setAttribute('fill', NON_FINITE_FILL);
  const cross = parent.appendChild(document.createElementNS(SVG_NS, 'path'));
  cross.setAttribute('d', `M${-half},${-half}L${half},${half}M${half},${-half}L${-half},${half}`);
  cross.setAttribute('stroke', NON_FINITE_MARK);
  cross.setAttribute('stroke-width', '1.5');
}

/** A 12 × 12 picture of a non-finite cell, for legends (inline styles: the viz owns no stylesheet). */
export function nonFiniteSwatch(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'non-finite-swatch');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('viewBox', '-6 -6 12 12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('style', 'vertical-align: middle; margin-right: 6px');
  appendNonFiniteMark(svg, 12);
  return svg;
}

/**
 * A one-line legend under a canvas heatmap, shown only while a non-finite value is drawn. Without
 * words from the caller there is no legend (the marked cells are still drawn).
 */
export function createNonFiniteLegend(root: HTMLElement) {
  const note = document.createElement('p');
  note.className = 'legend non-finite-legend';
  const words = document.createElement('span');
  note.append(nonFiniteSwatch(), words);
  return {
    show(label: string | undefined, present: boolean) {
      if (label && present) {
        words.textContent = label;
        if (note.parentNode !== root) root.appendChild(note);
      } else {
        note.remove();
      }
    },
    remove() {
      note.remove();
    },
  };
}
