/**
 * A standard convolution next to a depthwise-separable one (a k×k depthwise step per channel, then
 * a 1×1 pointwise step across channels), with what each costs. Counts follow Keras's Conv2D and
 * SeparableConv2D: one bias per output channel, none on the depthwise step.
 */
import { windowTaps, type WindowGeometry } from './convGeometry';
import { valueAt, volumeIndex, zeroVolume, type Volume } from './volume';

export interface LayerCost {
  weights: number;
  biases: number;
  /** weights + biases. */
  parameters: number;
  /** One multiply-add per weight per output position (biases are additions only). */
  multiplyAdds: number;
}

export interface SeparableCosts {
  standard: LayerCost;
  depthwise: LayerCost;
  pointwise: LayerCost;
  /** depthwise + pointwise. */
  separable: LayerCost;
}

export interface CostSettings {
  kernel: number;
  inChannels: number;
  outChannels: number;
  outRows: number;
  outCols: number;
}

const cost = (weights: number, biases: number, positions: number, macsPerPosition: number): LayerCost =>
  ({ weights, biases, parameters: weights + biases, multiplyAdds: positions * macsPerPosition });

export function separableCosts(s: CostSettings): SeparableCosts {
  const positions = s.outRows * s.outCols;
  const k2 = s.kernel * s.kernel;
  const standard = cost(k2 * s.inChannels * s.outChannels, s.outChannels, positions, k2 * s.inChannels * s.outChannels);
  const depthwise = cost(k2 * s.inChannels, 0, positions, k2 * s.inChannels);
  const pointwise = cost(s.inChannels * s.outChannels, s.outChannels, positions, s.inChannels * s.outChannels);
  const separable: LayerCost = {
    weights: depthwise.weights + pointwise.weights, biases: depthwise.biases + pointwise.biases,
    parameters: depthwise.parameters + pointwise.parameters, multiplyAdds: depthwise.multiplyAdds + pointwise.multiplyAdds,
  };
  return { standard, depthwise, pointwise, separable };
}

/**
 * The depthwise step: channel c of the input convolved with channel c of `kernel` alone, giving one
 * map per channel, shape [channels, outRows, outCols]. No bias (as in SeparableConv2D).
 */
export function depthwiseConvolve(input: Volume, kernel: Volume, geometry: WindowGeometry): Volume {
  const out = zeroVolume(input.channels, geometry.outRows, geometry.outCols);
  for (let c = 0; c < input.channels; c++) {
    for (let r = 0; r < geometry.outRows; r++) {
      for (let q = 0; q < geometry.outCols; q++) {
        let sum = 0;
        for (const tap of windowTaps(geometry, r, q)) {
          if (!tap.inPadding) sum += valueAt(input, c, tap.row, tap.col) * valueAt(kernel, c, tap.kernelRow, tap.kernelCol);
        }
        out.values[volumeIndex(out, c, r, q)] = sum;
      }
    }
  }
  return out;
}

/**
 * A 1×1 convolution: at every pixel, output channel f = Σ_c weights[f][c] · input[c] + biases[f],
 * the same small fully connected layer applied at each position. Shape [filters, rows, cols].
 */
export function pointwiseConvolve(input: Volume, weights: number[][], biases: number[]): Volume {
  const out = zeroVolume(weights.length, input.rows, input.cols);
  weights.forEach((row, f) => {
    for (let r = 0; r < input.rows; r++) {
      for (let q = 0; q < input.cols; q++) {
        let sum = biases[f] ?? 0;
        for (let c = 0; c < input.channels; c++) sum += (row[c] ?? 0) * valueAt(input, c, r, q);
        out.values[volumeIndex(out, f, r, q)] = sum;
      }
    }
  });
  return out;
}
