import { describe, expect, it } from 'vitest';
import { centreOfMass, preprocessDrawing, type InkImage } from './preprocessDrawing';

/** A 280×280 canvas with a thick stroke from (x0, y0) to (x1, y1), like a finger on the pad. */
function stroke(x0: number, y0: number, x1: number, y1: number, radius = 10): InkImage {
  const width = 280;
  const height = 280;
  const ink = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy || 1)));
    const d = Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
    ink[y * width + x] = d <= radius ? 1 : 0;
  }
  return { width, height, ink };
}

function inkBox(pixels: Uint8Array) {
  let top = 28; let bottom = -1; let left = 28; let right = -1;
  pixels.forEach((v, i) => {
    if (!v) return;
    const r = Math.floor(i / 28); const c = i % 28;
    top = Math.min(top, r); bottom = Math.max(bottom, r); left = Math.min(left, c); right = Math.max(right, c);
  });
  return { height: bottom - top + 1, width: right - left + 1 };
}

describe('MNIST-style preprocessing of a drawing', () => {
  it('returns null for an empty pad', () => {
    expect(preprocessDrawing({ width: 10, height: 10, ink: new Float32Array(100) })).toBeNull();
  });

  it.each([
    ['a vertical "1" drawn off-centre', stroke(60, 30, 60, 200)],
    ['a diagonal stroke in a corner', stroke(170, 150, 260, 270)],
    ['a horizontal bar', stroke(20, 40, 250, 40)],
  ])('%s fits a 20×20 box, keeps its aspect ratio and is centred by mass', (_name, drawing) => {
    const pixels = preprocessDrawing(drawing)!;
    const box = inkBox(pixels);
    expect(Math.max(box.width, box.height)).toBe(20);
    const centre = centreOfMass(Array.from(pixels), 28, 28);
    expect(Math.abs(centre.row - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(centre.col - 14)).toBeLessThanOrEqual(0.5);
  });

  it('keeps a thin stroke thin and anti-aliases its edges', () => {
    const pixels = preprocessDrawing(stroke(140, 40, 140, 240, 12))!;
    const box = inkBox(pixels);
    expect(box.height).toBe(20);
    expect(box.width).toBeLessThanOrEqual(4);
    expect(pixels.some((v) => v > 0 && v < 255)).toBe(true);
  });
});
