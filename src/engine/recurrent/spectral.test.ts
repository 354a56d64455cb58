/** Checked against matrices whose answers are known in closed form, and a naive Jacobi eigen-solver. */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../data/random';
import { recurrentBlock, spectralNorm, spectralRadius } from './spectral';

/** Eigenvalues of a symmetric n×n matrix by cyclic Jacobi rotations (the reference, written independently). */
function symmetricEigenvalues(a: number[][]): number[] {
  const n = a.length;
  const m = a.map((row) => row.slice());
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p]![q]!) < 1e-300) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * m[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const [mkp, mkq] = [m[k]![p]!, m[k]![q]!];
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const [mpk, mqk] = [m[p]![k]!, m[q]![k]!];
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
      }
    }
  }
  return m.map((row, i) => row[i]!);
}

const flat = (rows: number[][]) => Float64Array.from(rows.flat());

describe('spectral radius and norm', () => {
  it('a diagonal matrix: both are the largest |entry|', () => {
    const m = flat([[0.5, 0, 0], [0, -2, 0], [0, 0, 1]]);
    expect(spectralRadius(m, 3)).toBeCloseTo(2, 3);
    expect(spectralNorm(m, 3, 3)).toBeCloseTo(2, 6);
  });

  it('a rotation scaled by 0.9 (complex eigenvalues 0.9·e^{±iθ}): radius 0.9', () => {
    const c = Math.cos(0.7) * 0.9;
    const s = Math.sin(0.7) * 0.9;
    const m = flat([[c, -s], [s, c]]);
    expect(spectralRadius(m, 2)).toBeCloseTo(0.9, 3);
    expect(spectralNorm(m, 2, 2)).toBeCloseTo(0.9, 6);
  });

  it('a non-normal matrix: radius 0.5 (its eigenvalues) while one product can stretch by ≈ 10', () => {
    const m = flat([[0.5, 10], [0, 0.5]]);
    expect(spectralRadius(m, 2)).toBeCloseTo(0.5, 2);
    // Singular values of [[a, b], [0, a]]: √((2a² + b² ± √((2a² + b²)² − 4a⁴)) / 2).
    const t = 2 * 0.25 + 100;
    expect(spectralNorm(m, 2, 2)).toBeCloseTo(Math.sqrt((t + Math.sqrt(t * t - 4 * 0.0625)) / 2), 6);
  });

  it('an orthogonal matrix (a product of Givens rotations): radius and norm 1', () => {
    const n = 6;
    const q: number[][] = Array.from({ length: n }, (_r, i) => Array.from({ length: n }, (_c, j) => (i === j ? 1 : 0)));
    const random = createRandom(3);
    for (let r = 0; r < 20; r++) {
      const [i, j] = [Math.floor(random() * n), Math.floor(random() * n)];
      if (i === j) continue;
      const angle = random() * 6;
      for (let k = 0; k < n; k++) {
        const [a, b] = [q[k]![i]!, q[k]![j]!];
        q[k]![i] = Math.cos(angle) * a - Math.sin(angle) * b;
        q[k]![j] = Math.sin(angle) * a + Math.cos(angle) * b;
      }
    }
    expect(spectralRadius(flat(q), n)).toBeCloseTo(1, 3);
    expect(spectralNorm(flat(q), n, n)).toBeCloseTo(1, 6);
  });

  it('a random 64×64 matrix: σ equals √(largest eigenvalue of MᵀM), and ρ ≤ σ', () => {
    const n = 64;
    const random = createRandom(11);
    const m = Array.from({ length: n }, () => Array.from({ length: n }, () => (random() * 2 - 1) / 8));
    const mtm = Array.from({ length: n }, (_r, i) => Array.from({ length: n }, (_c, j) => m.reduce((s, row) => s + row[i]! * row[j]!, 0)));
    const expected = Math.sqrt(Math.max(...symmetricEigenvalues(mtm)));
    expect(spectralNorm(flat(m), n, n)).toBeCloseTo(expected, 5);
    const radius = spectralRadius(flat(m), n);
    expect(radius).toBeGreaterThan(0);
    expect(radius).toBeLessThanOrEqual(expected + 1e-9);
  });

  it('the zero matrix: both 0; recurrentBlock picks one gate\'s columns', () => {
    expect(spectralRadius(new Float64Array(9), 3)).toBe(0);
    expect(spectralNorm(new Float64Array(9), 3, 3)).toBe(0);
    // units 2, gates 3: row i holds [g0 g0 g1 g1 g2 g2]
    const fused = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(Array.from(recurrentBlock(fused, 2, 3, 1))).toEqual([3, 4, 9, 10]);
  });
});
