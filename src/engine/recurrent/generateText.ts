/**
 * One-to-many: a trained character model writes text one character at a time. Each chosen
 * character is fed back as the next input, and the cells' states carry on from step to step, so
 * the model remembers everything it has read and written (not just the last training window).
 *
 * The trained weights are copied out of the layers once, then every step runs in plain float64
 * JavaScript through the same cell maths as the unrolled view (unroll.ts, tested against the
 * layers); the tests check the next-character probabilities against model.predict.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Random } from '../../data/random';
import { sampleWithTemperature } from '../sampling';
import { OUTPUT_LAYER_NAME, recurrentInputSize, recurrentLayerName, type RecurrentSpec } from './recurrentSpec';
import { checkWeights, stepCell, zeroState, type CellState, type CellWeights } from './unroll';

/** A forward-only recurrent stack with a softmax read-out over `symbols` characters. */
export interface CharacterModel {
  layers: CellWeights[];
  /** [units, symbols] */
  readoutKernel: Float32Array;
  /** [symbols] */
  readoutBias: Float32Array;
  symbols: number;
}

/** Copies the weights of a trained character model (a bidirectional model cannot write forwards). */
export async function readCharacterModel(model: tfl.LayersModel, spec: RecurrentSpec, symbols: number): Promise<CharacterModel> {
  if (spec.bidirectional) throw new Error('readCharacterModel: a bidirectional model reads the future and cannot generate');
  const copy = async (tensors: { data(): Promise<unknown> }[]) => Promise.all(tensors.map(async (t) => Float32Array.from((await t.data()) as Float32Array)));
  const layers = await Promise.all(Array.from({ length: spec.layers }, async (_v, index) => {
    const [kernel, recurrentKernel, bias] = await copy(model.getLayer(recurrentLayerName(index)).getWeights());
    const weights: CellWeights = { cell: spec.cell, units: spec.units, inputSize: recurrentInputSize(spec, symbols, index), kernel: kernel!, recurrentKernel: recurrentKernel!, bias: bias! };
    checkWeights(weights);
    return weights;
  }));
  const [readoutKernel, readoutBias] = await copy(model.getLayer(OUTPUT_LAYER_NAME).getWeights());
  return { layers, readoutKernel: readoutKernel!, readoutBias: readoutBias!, symbols };
}

/** A model part-way through a text: every layer's state. */
export class CharacterReader {
  private states: CellState[];

  constructor(private readonly model: CharacterModel) {
    this.states = model.layers.map((w) => zeroState(w.units));
  }

  /** Reads one character (by symbol index) and returns the probabilities of the next one. */
  read(symbol: number): Float64Array {
    const oneHot = new Float64Array(this.model.symbols);
    oneHot[symbol] = 1;
    let input: ArrayLike<number> = oneHot;
    this.states = this.model.layers.map((weights, k) => {
      const next = stepCell(weights, input, this.states[k]!);
      input = next.h;
      return next;
    });
    return this.nextProbabilities(input);
  }

  /** softmax(h·K + b) of the top layer's state. */
  private nextProbabilities(h: ArrayLike<number>): Float64Array {
    const { readoutKernel, readoutBias, symbols } = this.model;
    const sums = Float64Array.from(readoutBias);
    for (let i = 0; i < h.length; i++) {
      const hi = h[i]!;
      for (let k = 0; k < symbols; k++) sums[k]! += hi * readoutKernel[i * symbols + k]!;
    }
    let largest = Number.NEGATIVE_INFINITY;
    for (const s of sums) largest = Math.max(largest, s);
    let total = 0;
    for (let k = 0; k < symbols; k++) {
      sums[k] = Math.exp(sums[k]! - largest);
      total += sums[k]!;
    }
    return sums.map((v) => v / total);
  }
}

export interface GeneratedText {
  /** The new symbols, in order. */
  symbols: Int32Array;
  /** The probability the model gave each chosen symbol (before temperature). */
  probabilities: Float32Array;
}

/**
 * Reads the seed, then writes `length` characters, each drawn from the model's next-character
 * probabilities sharpened or flattened by `temperature` (0 = always the most likely one).
 */
export function generateSymbols(model: CharacterModel, seed: ArrayLike<number>, length: number, temperature: number, random: Random): GeneratedText {
  if (seed.length === 0) throw new Error('generateSymbols: the seed needs at least one character');
  const reader = new CharacterReader(model);
  let next: Float64Array = new Float64Array(0);
  for (let i = 0; i < seed.length; i++) next = reader.read(seed[i]!);
  const symbols = new Int32Array(length);
  const probabilities = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const chosen = sampleWithTemperature(next, temperature, random);
    symbols[i] = chosen;
    probabilities[i] = next[chosen]!;
    if (i < length - 1) next = reader.read(chosen);
  }
  return { symbols, probabilities };
}
