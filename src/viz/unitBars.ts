/**
 * A dense layer's activations as bars (canvas): one bar per unit, up for positive, down for
 * negative; a unit that is NaN or infinite is a crossed full-height bar, and does not stretch the others.
 */
import { drawNonFiniteCell } from './nonFinite';
import { PALETTE } from './palette';
import { frameDrivenViz, sizeCanvas, type Viz } from './viz';

export function createUnitBars(root: HTMLElement): Viz<Float32Array> {
  const canvas = root.appendChild(document.createElement('canvas'));
  canvas.className = 'unit-bars';
  const draw = (values: Float32Array) => {
    const n = values.length;
    const width = Math.max(root.clientWidth, 120);
    const barWidth = Math.max(1, Math.min(12, Math.floor(width / n)));
    const drawnWidth = Math.min(width, barWidth * n);
    const height = 64;
    const ctx = sizeCanvas(canvas, drawnWidth, height);
    if (!ctx) return;
    let max = 0;
    let min = 0;
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    const span = max - min || 1;
    const zero = height * (max / span);
    ctx.fillStyle = PALETTE.grid;
    ctx.fillRect(0, zero, drawnWidth, 1);
    // Units beyond what fits one pixel apart are drawn every ⌈n / width⌉ units.
    const every = Math.max(1, Math.ceil(n / drawnWidth));
    for (let i = 0; i < n; i += every) {
      const v = values[i]!;
      const width = Math.max(1, barWidth - (barWidth > 2 ? 1 : 0));
      if (!Number.isFinite(v)) {
        drawNonFiniteCell(ctx, (i / every) * barWidth, 0, width, height);
        continue;
      }
      ctx.fillStyle = v >= 0 ? PALETTE.blue : PALETTE.orange;
      const h = (Math.abs(v) / span) * height;
      ctx.fillRect((i / every) * barWidth, v >= 0 ? zero - h : zero, width, Math.max(h, 0.5));
    }
  };
  return frameDrivenViz(root, draw, () => canvas.remove());
}
