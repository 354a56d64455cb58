/**
 * The gate equations of one unit at one step, as TeX with the network's own numbers substituted:
 * each gate's pre-activation split into input term, recurrent term and bias, then the state
 * updates. Pure (no DOM), so the arithmetic is tested directly.
 */
import { previousStep, type GateName, type UnrolledDirection } from '../../../engine/recurrent/unroll';

export interface EquationLine {
  gate: GateName;
  tex: string;
  /** The value the line arrives at (the model's own, recomputed in the engine). */
  value: number;
}

/** Three decimals, never "−0.000". */
const plain = (v: number) => {
  const text = v.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
};
/** A number after an operator: negative ones in brackets so "+ (−0.210)" reads clearly. */
const num = (v: number) => {
  const text = plain(v);
  return text.startsWith('-') ? `(${text})` : text;
};

/** Pre-activation terms of `gate` for unit j at step t: [input term, recurrent term, bias]. */
export function preActivationTerms(direction: UnrolledDirection, gate: GateName, t: number, j: number): [number, number, number] {
  const parts = direction.preActivations[gate]!;
  const at = t * direction.units + j;
  return [parts.input[at]!, parts.recurrent[at]!, parts.bias[j]!];
}

const SYMBOL: Partial<Record<GateName, string>> = { input: 'i', forget: 'f', candidate: 'g', output: 'o', update: 'z', reset: 'r' };

export function gateEquations(direction: UnrolledDirection, t: number, j: number): EquationLine[] {
  const prev = previousStep(direction.direction, t, direction.steps);
  const value = (gate: GateName, step: number | null) => (step === null ? 0 : direction.values[gate]![step * direction.units + j]!);
  const hPrev = prev === null ? '\\mathbf{0}' : `h_{${prev}}`;
  const lines: EquationLine[] = [];

  /** g_t = act(W_g x_t + U_g h_prev + b_g)_j = act(a + b + c) = act(sum) = value */
  const weighted = (gate: GateName, symbol: string, activation: '\\sigma' | '\\tanh', recurrentInput = hPrev) => {
    const [a, b, c] = preActivationTerms(direction, gate, t, j);
    const v = value(gate, t);
    const sub = gate === 'hidden' ? '' : `_${symbol}`;
    const name = symbol === 'h' && gate === 'candidate' ? `\\tilde{h}_{${t}}` : `${symbol}_{${t}}`;
    lines.push({
      gate, value: v,
      tex: `${name} = ${activation}\\left(W${sub} x_{${t}} + U${sub} ${recurrentInput} + b${sub}\\right)_{${j}} = ${activation}(${plain(a)} + ${num(b)} + ${num(c)}) = ${activation}(${plain(a + b + c)}) = ${plain(v)}`,
    });
  };

  if (direction.cell === 'lstm') {
    for (const gate of ['input', 'forget', 'candidate', 'output'] as const) weighted(gate, SYMBOL[gate]!, gate === 'candidate' ? '\\tanh' : '\\sigma');
    const [i, f, g, o, c, cPrev] = [value('input', t), value('forget', t), value('candidate', t), value('output', t), value('cell', t), value('cell', prev)];
    lines.push({
      gate: 'cell', value: c,
      tex: `c_{${t}} = f_{${t}} \\odot ${prev === null ? '\\mathbf{0}' : `c_{${prev}}`} + i_{${t}} \\odot g_{${t}} = ${plain(f)} \\cdot ${num(cPrev)} + ${plain(i)} \\cdot ${num(g)} = ${plain(c)}`,
    });
    lines.push({ gate: 'hidden', value: value('hidden', t), tex: `h_{${t}} = o_{${t}} \\odot \\tanh(c_{${t}}) = ${plain(o)} \\cdot \\tanh(${plain(c)}) = ${plain(value('hidden', t))}` });
  } else if (direction.cell === 'gru') {
    weighted('update', 'z', '\\sigma');
    weighted('reset', 'r', '\\sigma');
    weighted('candidate', 'h', '\\tanh', `(r_{${t}} \\odot ${hPrev})`);
    const [z, candidate, h, previous] = [value('update', t), value('candidate', t), value('hidden', t), value('hidden', prev)];
    lines.push({
      gate: 'hidden', value: h,
      tex: `h_{${t}} = z_{${t}} \\odot ${hPrev} + (1 - z_{${t}}) \\odot \\tilde{h}_{${t}} = ${plain(z)} \\cdot ${num(previous)} + ${plain(1 - z)} \\cdot ${num(candidate)} = ${plain(h)}`,
    });
  } else {
    weighted('hidden', 'h', '\\tanh');
  }
  return lines;
}
