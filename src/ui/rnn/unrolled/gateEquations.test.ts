import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../data/random';
import { FUSED_GATES, type CellKind } from '../../../engine/recurrent/recurrentSpec';
import { unrollDirection, type Direction } from '../../../engine/recurrent/unroll';
import { gateEquations } from './gateEquations';

const random = createRandom(4);
const randomArray = (n: number, scale: number) => Float32Array.from({ length: n }, () => (2 * random() - 1) * scale);

function unrolled(cell: CellKind, direction: Direction) {
  const units = 4;
  const inputSize = 3;
  const steps = 5;
  const width = FUSED_GATES[cell] * units;
  return unrollDirection(
    { cell, units, inputSize, kernel: randomArray(inputSize * width, 1), recurrentKernel: randomArray(units * width, 1), bias: randomArray(width, 1) },
    randomArray(steps * inputSize, 1), steps, direction,
  );
}

/** The numbers written after the last "=" signs of a line, read back from the TeX. */
const numbersAfterEquals = (tex: string) => tex.split(' = ').slice(1).map((part) => (part.match(/-?\d+\.\d{3}/g) ?? []).map(Number));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('gate equations with the numbers substituted', () => {
  for (const cell of ['simpleRNN', 'lstm', 'gru'] as const) {
    for (const direction of ['forward', 'backward'] as const) {
      it(`${cell} ${direction}: every line's arithmetic, redone from the printed numbers, gives the printed result`, () => {
        const u = unrolled(cell, direction);
        for (let t = 0; t < u.steps; t++) {
          for (let j = 0; j < u.units; j++) {
            const lines = gateEquations(u, t, j);
            for (const line of lines) {
              const parts = numbersAfterEquals(line.tex);
              const result = parts.at(-1)![0]!;
              // The printed result is the engine's value (tested against tfjs elsewhere), rounded.
              expect(Math.abs(result - line.value)).toBeLessThanOrEqual(0.0005 + 1e-9);
              if (line.tex.includes('\\left(W')) {
                // σ or tanh of the printed sum of three terms.
                const [a, b, c] = parts[1]!;
                const sum = parts[2]![0]!;
                expect(Math.abs(a! + b! + c! - sum)).toBeLessThanOrEqual(0.0016);
                const f = line.tex.includes('\\sigma') ? sigmoid : Math.tanh;
                expect(Math.abs(f(sum) - result)).toBeLessThanOrEqual(0.0011);
              } else if (line.gate === 'cell' || (line.gate === 'hidden' && cell === 'gru')) {
                // p·q + r·s
                const [p, q, r, s] = parts[1]!;
                expect(Math.abs(p! * q! + r! * s! - result)).toBeLessThanOrEqual(0.002);
              } else if (line.gate === 'hidden') {
                const [o, c] = parts[1]!;
                expect(Math.abs(o! * Math.tanh(c!) - result)).toBeLessThanOrEqual(0.0011);
              }
            }
          }
        }
      });
    }
  }

  it('shows a zero previous state at the first step each direction reads', () => {
    expect(gateEquations(unrolled('lstm', 'forward'), 0, 0)[0]!.tex).toContain('U_i \\mathbf{0}');
    expect(gateEquations(unrolled('lstm', 'backward'), 4, 0)[0]!.tex).toContain('U_i \\mathbf{0}');
    expect(gateEquations(unrolled('lstm', 'backward'), 2, 0)[0]!.tex).toContain('U_i h_{3}');
    expect(gateEquations(unrolled('gru', 'forward'), 2, 1)[2]!.tex).toContain('(r_{2} \\odot h_{1})');
  });
});
