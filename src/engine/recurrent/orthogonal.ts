/**
 * Seeded initial weights for recurrent layers, computed in plain JavaScript. tfjs's own orthogonal
 * initializer needs the chained-op prototypes registered, warns for every matrix above 2,000
 * values, and would give both directions of a bidirectional layer the same numbers (the wrapper
 * clones the configuration, seed included), so the engine draws these weights itself.
 */
import type { Random } from '../../data/random';
import { gaussian } from '../../data/random';

/**
 * A rows×cols matrix (row-major) whose rows (when rows ≤ cols) or columns (otherwise) are
 * orthonormal: Gram–Schmidt on Gaussian vectors, the same distribution as Keras's orthogonal
 * initializer (QR of a Gaussian matrix with the signs fixed).
 */
export function orthogonalMatrix(rows: number, cols: number, random: Random): Float32Array {
  const length = Math.max(rows, cols);
  const count = Math.min(rows, cols);
  const basis: Float64Array[] = [];
  while (basis.length < count) {
    const v = Float64Array.from({ length }, () => gaussian(random));
    // Twice, for numerical orthogonality ("twice is enough").
    for (let pass = 0; pass < 2; pass++) {
      for (const b of basis) {
        let dot = 0;
        for (let k = 0; k < length; k++) dot += v[k]! * b[k]!;
        for (let k = 0; k < length; k++) v[k]! -= dot * b[k]!;
      }
    }
    let norm = 0;
    for (let k = 0; k < length; k++) norm += v[k]! * v[k]!;
    norm = Math.sqrt(norm);
    if (norm < 1e-6) continue; // a vector (almost) in the span already: draw another
    for (let k = 0; k < length; k++) v[k]! /= norm;
    basis.push(v);
  }
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[r * cols + c] = rows <= cols ? basis[r]![c]! : basis[c]![r]!;
  }
  return out;
}

/** Glorot (Xavier) uniform: U(−√(6 / (fanIn + fanOut)), +√(6 / (fanIn + fanOut))), Keras's default kernel. */
export function glorotUniformMatrix(fanIn: number, fanOut: number, random: Random): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => (2 * random() - 1) * limit);
}
