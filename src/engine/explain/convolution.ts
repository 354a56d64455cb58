/**
 * Convolution on hand-sized grids, one output cell at a time, with every product kept so a screen
 * can show the arithmetic of the step it is on. Like every deep-learning library it slides the
 * kernel as it is (cross-correlation); `flip` turns it by 180° first, which is convolution as
 * mathematics defines it.
 */
import { windowTaps, type WindowGeometry } from './convGeometry';
import { flipKernel, valueAt, volumeIndex, zeroVolume, type Volume } from './volume';

export type ExplainActivation = 'none' | 'relu';
export const EXPLAIN_ACTIVATIONS: readonly ExplainActivation[] = ['none', 'relu'];

export interface ConvSetup {
  input: Volume;
  /** One kernel per filter, each as deep as the input. */
  kernels: Volume[];
  /** One bias per filter. */
  biases: number[];
  geometry: WindowGeometry;
  activation: ExplainActivation;
  /** Turn each kernel by 180° before sliding it (true convolution). */
  flip: boolean;
}

/** One product of a step: an input value (0 in the zero border) times the kernel tap it meets. */
export interface StepProduct {
  channel: number;
  row: number;
  col: number;
  kernelRow: number;
  kernelCol: number;
  inPadding: boolean;
  value: number;
  weight: number;
  product: number;
}

/** Everything one output cell is made of. */
export interface ConvStep {
  filter: number;
  outRow: number;
  outCol: number;
  products: StepProduct[];
  /** Σ products. */
  sum: number;
  bias: number;
  /** sum + bias. */
  preActivation: number;
  /** The activation of preActivation: the output cell. */
  output: number;
}

export const activate = (activation: ExplainActivation, x: number) => (activation === 'relu' ? Math.max(0, x) : x);

/** The number of steps: every output cell of every filter. */
export const stepCount = (setup: Pick<ConvSetup, 'kernels' | 'geometry'>) => setup.kernels.length * setup.geometry.outRows * setup.geometry.outCols;

/** Which output cell step `index` computes: filter by filter, then row by row. */
export function stepPosition(setup: Pick<ConvSetup, 'geometry'>, index: number): { filter: number; outRow: number; outCol: number } {
  const perFilter = setup.geometry.outRows * setup.geometry.outCols;
  const filter = Math.floor(index / perFilter);
  const within = index - filter * perFilter;
  return { filter, outRow: Math.floor(within / setup.geometry.outCols), outCol: within % setup.geometry.outCols };
}

/** The kernels as they are slid: turned by 180° when `flip` is set. */
export const slidKernels = (setup: Pick<ConvSetup, 'kernels' | 'flip'>) => (setup.flip ? setup.kernels.map(flipKernel) : setup.kernels);

function stepWith(setup: ConvSetup, kernel: Volume, filter: number, outRow: number, outCol: number): ConvStep {
  const products: StepProduct[] = [];
  let sum = 0;
  for (let channel = 0; channel < setup.input.channels; channel++) {
    for (const tap of windowTaps(setup.geometry, outRow, outCol)) {
      const value = tap.inPadding ? 0 : valueAt(setup.input, channel, tap.row, tap.col);
      const weight = valueAt(kernel, channel, tap.kernelRow, tap.kernelCol);
      const product = value * weight;
      sum += product;
      products.push({ channel, ...tap, value, weight, product });
    }
  }
  const bias = setup.biases[filter] ?? 0;
  const preActivation = sum + bias;
  return { filter, outRow, outCol, products, sum, bias, preActivation, output: activate(setup.activation, preActivation) };
}

/** The arithmetic of step `index` (0 ≤ index < stepCount). */
export function convStep(setup: ConvSetup, index: number): ConvStep {
  const { filter, outRow, outCol } = stepPosition(setup, index);
  return stepWith(setup, slidKernels(setup)[filter]!, filter, outRow, outCol);
}

/** The whole output, one channel per filter, shape [filters, outRows, outCols]; and the values before the activation. */
export function convolve(setup: ConvSetup): { output: Volume; preActivation: Volume } {
  const { outRows, outCols } = setup.geometry;
  const output = zeroVolume(setup.kernels.length, outRows, outCols);
  const preActivation = zeroVolume(setup.kernels.length, outRows, outCols);
  slidKernels(setup).forEach((kernel, filter) => {
    for (let r = 0; r < outRows; r++) {
      for (let q = 0; q < outCols; q++) {
        const step = stepWith(setup, kernel, filter, r, q);
        output.values[volumeIndex(output, filter, r, q)] = step.output;
        preActivation.values[volumeIndex(preActivation, filter, r, q)] = step.preActivation;
      }
    }
  });
  return { output, preActivation };
}
