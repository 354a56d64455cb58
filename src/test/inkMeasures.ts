/**
 * Measurements of grey images (row-major, ink > 0), written here from their definitions so tests
 * of the drawing preprocessing do not borrow the preprocessing's own helpers; and a way to put a
 * 28×28 digit on a drawing pad the way a user's drawing arrives.
 */
import type { InkImage } from '../data/preprocessDrawing';

/** Inclusive extent of the pixels above `threshold`, or null for a blank image. */
export function inkBox(values: ArrayLike<number>, width: number, threshold = 0) {
  let top = Infinity; let bottom = -1; let left = Infinity; let right = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! <= threshold) continue;
    const row = Math.floor(i / width);
    const col = i % width;
    top = Math.min(top, row); bottom = Math.max(bottom, row);
    left = Math.min(left, col); right = Math.max(right, col);
  }
  return bottom < 0 ? null : { top, left, height: bottom - top + 1, width: right - left + 1 };
}

/** Ink-weighted mean position, in pixel units where pixel i covers [i, i + 1) (so a 28-wide image's centre is 14). */
export function inkCentre(values: ArrayLike<number>, width: number) {
  let mass = 0; let row = 0; let col = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    mass += v;
    row += v * (Math.floor(i / width) + 0.5);
    col += v * ((i % width) + 0.5);
  }
  return { row: row / mass, col: col / mass };
}

/** Pearson correlation of two equally long images. */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let meanA = 0; let meanB = 0;
  for (let i = 0; i < n; i++) { meanA += a[i]! / n; meanB += b[i]! / n; }
  let ab = 0; let aa = 0; let bb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - meanA;
    const db = b[i]! - meanB;
    ab += da * db; aa += da * da; bb += db * db;
  }
  return ab / Math.sqrt(aa * bb);
}

/**
 * A 28×28 digit (bytes 0–255) drawn on a `pad`×`pad` drawing surface as alpha in [0, 1], the
 * format DrawingSurface hands to preprocessDrawing: magnified `scale` times with bilinear
 * interpolation (a canvas's smooth edges, not blocks) and its top-left corner at (`top`, `left`).
 */
export function digitOnPad(digit: ArrayLike<number>, pad: number, scale: number, top: number, left: number): InkImage {
  const ink = new Float32Array(pad * pad);
  const at = (r: number, c: number) => (r < 0 || c < 0 || r > 27 || c > 27 ? 0 : digit[r * 28 + c]! / 255);
  for (let y = 0; y < pad; y++) {
    for (let x = 0; x < pad; x++) {
      // The pad pixel's centre in the digit's pixel grid, where digit pixel j has its centre at j.
      const r = (y + 0.5 - top) / scale - 0.5;
      const c = (x + 0.5 - left) / scale - 0.5;
      const r0 = Math.floor(r); const c0 = Math.floor(c);
      const fr = r - r0; const fc = c - c0;
      ink[y * pad + x] = (1 - fr) * ((1 - fc) * at(r0, c0) + fc * at(r0, c0 + 1)) + fr * ((1 - fc) * at(r0 + 1, c0) + fc * at(r0 + 1, c0 + 1));
    }
  }
  return { width: pad, height: pad, ink };
}
