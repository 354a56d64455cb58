/**
 * The size of the top layer's recurrent matrix, for the gradients-through-time explanation.
 * Going one step back in time multiplies the gradient by (roughly) Uᵀ times the slopes of the
 * activations, so U's spectral radius ρ (its largest |eigenvalue|, what repeated products grow
 * or shrink like) and its spectral norm σ (the most one product can stretch a vector) say whether
 * gradients tend to vanish (< 1) or may explode (> 1). The LSTM and GRU keep a gated path as
 * well; for them the block measured is the one that feeds the new candidate state.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import { FUSED_GATES, recurrentLayerName, type CellKind, type RecurrentSpec } from './recurrentSpec';
import { recurrentBlock, spectralNorm, spectralRadius } from './spectral';

export interface RecurrentSpectrum {
  cell: CellKind;
  /** The block of the fused recurrent kernel that was measured (SimpleRNN: all of U). */
  block: 'hidden' | 'candidate';
  /** Largest |eigenvalue| of the block. */
  radius: number;
  /** Largest singular value of the block. */
  norm: number;
}

/** Which gate's columns hold the candidate's recurrent weights, in tfjs's fused order. */
const CANDIDATE_GATE: Record<CellKind, number> = { simpleRNN: 0, lstm: 2, gru: 2 };

/** Measures the top layer's (forward) recurrent block. Reads one weight tensor; leaks nothing. */
export async function measureRecurrentSpectrum(model: tfl.LayersModel, spec: RecurrentSpec): Promise<RecurrentSpectrum> {
  const weights = model.getLayer(recurrentLayerName(spec.layers - 1)).getWeights();
  const kernel = (await weights[1]!.data()) as Float32Array;
  const block = recurrentBlock(kernel, spec.units, FUSED_GATES[spec.cell], CANDIDATE_GATE[spec.cell]);
  return {
    cell: spec.cell,
    block: spec.cell === 'simpleRNN' ? 'hidden' : 'candidate',
    radius: spectralRadius(block, spec.units),
    norm: spectralNorm(block, spec.units, spec.units),
  };
}
