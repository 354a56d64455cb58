/** "Expanded data" as in the notes: each training image may be moved by one pixel. */
import { MNIST_COLS, MNIST_ROWS } from './mnistData';

/** No shift, or one pixel up, down, left or right: the original plus Nielsen's four shifted copies. */
export const ONE_PIXEL_SHIFTS: readonly (readonly [number, number])[] = [
  [0, 0], [-1, 0], [1, 0], [0, -1], [0, 1],
];

/**
 * Copies a 28×28 image into `target` moved by (dRow, dCol), filling the uncovered edge with 0.
 * target and source must not overlap.
 */
export function shiftImage(source: Uint8Array, target: Uint8Array, dRow: number, dCol: number): void {
  target.fill(0);
  for (let r = 0; r < MNIST_ROWS; r++) {
    const sr = r - dRow;
    if (sr < 0 || sr >= MNIST_ROWS) continue;
    for (let c = 0; c < MNIST_COLS; c++) {
      const sc = c - dCol;
      if (sc < 0 || sc >= MNIST_COLS) continue;
      target[r * MNIST_COLS + c] = source[sr * MNIST_COLS + sc]!;
    }
  }
}
