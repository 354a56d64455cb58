/**
 * The explainers' ready-made examples. The course's 6×6 black-and-white image with its two 3×3
 * filters (a diagonal and a vertical line) come from the course slides; the others are the usual
 * image-processing kernels. Only inputs and kernels are written here: every output is computed.
 */
import { volumeOf, type Volume } from './volume';

export interface ConvExample {
  id: string;
  input: Volume;
  kernels: Volume[];
  biases: number[];
}

const COURSE_IMAGE = [
  [1, 0, 0, 0, 0, 1],
  [0, 1, 0, 0, 1, 0],
  [0, 0, 1, 1, 0, 0],
  [1, 0, 0, 0, 1, 0],
  [0, 1, 0, 0, 1, 0],
  [0, 0, 1, 0, 1, 0],
];
const DIAGONAL_FILTER = [
  [1, -1, -1],
  [-1, 1, -1],
  [-1, -1, 1],
];
const VERTICAL_LINE_FILTER = [
  [-1, 1, -1],
  [-1, 1, -1],
  [-1, 1, -1],
];
/** A bright left half next to a dark right half: one vertical edge down the middle. */
const STEP_EDGE = Array.from({ length: 6 }, () => [10, 10, 10, 0, 0, 0]);
/** A bright square on a dark ground, so both kinds of edge appear. */
const SQUARE = Array.from({ length: 7 }, (_r, r) => Array.from({ length: 7 }, (_c, c) => (r >= 2 && r <= 4 && c >= 2 && c <= 4 ? 9 : 1)));
const BLOCKY = [
  [0, 0, 0, 0, 0, 0],
  [0, 8, 8, 0, 0, 0],
  [0, 8, 8, 0, 4, 0],
  [0, 0, 0, 0, 4, 0],
  [0, 4, 4, 4, 4, 0],
  [0, 0, 0, 0, 0, 0],
];

export const CONV_EXAMPLES: readonly ConvExample[] = [
  { id: 'courseDiagonal', input: volumeOf([COURSE_IMAGE]), kernels: [volumeOf([DIAGONAL_FILTER])], biases: [0] },
  { id: 'courseVertical', input: volumeOf([COURSE_IMAGE]), kernels: [volumeOf([VERTICAL_LINE_FILTER])], biases: [0] },
  { id: 'courseBoth', input: volumeOf([COURSE_IMAGE]), kernels: [volumeOf([DIAGONAL_FILTER]), volumeOf([VERTICAL_LINE_FILTER])], biases: [0, 0] },
  { id: 'verticalEdge', input: volumeOf([STEP_EDGE]), kernels: [volumeOf([[[1, 0, -1], [1, 0, -1], [1, 0, -1]]])], biases: [0] },
  { id: 'sobelHorizontal', input: volumeOf([SQUARE]), kernels: [volumeOf([[[1, 2, 1], [0, 0, 0], [-1, -2, -1]]])], biases: [0] },
  { id: 'blur', input: volumeOf([BLOCKY]), kernels: [volumeOf([[[0.0625, 0.125, 0.0625], [0.125, 0.25, 0.125], [0.0625, 0.125, 0.0625]]])], biases: [0] },
  { id: 'sharpen', input: volumeOf([BLOCKY]), kernels: [volumeOf([[[0, -1, 0], [-1, 5, -1], [0, -1, 0]]])], biases: [0] },
  {
    id: 'rgb',
    input: volumeOf([
      [[2, 1, 0, 0, 1], [1, 2, 1, 0, 0], [0, 1, 2, 1, 0], [0, 0, 1, 2, 1], [1, 0, 0, 1, 2]],
      [[0, 0, 1, 2, 2], [0, 1, 1, 2, 1], [1, 1, 0, 1, 1], [1, 2, 1, 1, 0], [2, 2, 1, 0, 0]],
      [[1, 1, 1, 1, 1], [1, 0, 0, 0, 1], [1, 0, 2, 0, 1], [1, 0, 0, 0, 1], [1, 1, 1, 1, 1]],
    ]),
    kernels: [volumeOf([
      [[1, 0, -1], [1, 0, -1], [1, 0, -1]],
      [[0, 1, 0], [0, 1, 0], [0, 1, 0]],
      [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],
    ])],
    biases: [1],
  },
  {
    id: 'pointwise',
    input: volumeOf([
      [[3, 1, 0, 2], [1, 2, 3, 0], [0, 1, 1, 2], [2, 0, 1, 3]],
      [[0, 2, 1, 1], [3, 0, 1, 2], [1, 1, 0, 0], [2, 3, 1, 0]],
      [[1, 1, 2, 0], [0, 1, 0, 3], [2, 0, 2, 1], [1, 2, 0, 1]],
    ]),
    kernels: [volumeOf([[[1]], [[-1]], [[0.5]]]), volumeOf([[[0]], [[1]], [[1]]])],
    biases: [0, -1],
  },
];

export const DEFAULT_CONV_EXAMPLE = 'courseDiagonal';
export const findConvExample = (id: string) => CONV_EXAMPLES.find((e) => e.id === id) ?? null;

export interface PoolExample {
  id: string;
  /** Either a grid written here, or the feature maps of a convolution example (computed, not typed). */
  input: Volume | { featureMapsOf: string };
}

export const POOL_EXAMPLES: readonly PoolExample[] = [
  { id: 'courseMaps', input: { featureMapsOf: 'courseBoth' } },
  { id: 'classic', input: volumeOf([[[1, 1, 2, 4], [5, 6, 7, 8], [3, 2, 1, 0], [1, 2, 3, 4]]]) },
  { id: 'signs', input: volumeOf([[[-3, 2, 0, 1, -1, 4], [1, -2, 5, -4, 2, 0], [0, 3, -1, 2, -5, 1], [2, -1, 0, 3, 1, -2], [-2, 4, 1, 0, 3, -3], [1, 0, -2, 2, 0, 5]]]) },
];
export const DEFAULT_POOL_EXAMPLE = 'courseMaps';
export const findPoolExample = (id: string) => POOL_EXAMPLES.find((e) => e.id === id) ?? null;

/** The translation demo's picture: a thin "7" in a 10 × 10 frame. */
export const SHIFT_PICTURE: Volume = volumeOf([
  Array.from({ length: 10 }, (_r, r) => Array.from({ length: 10 }, (_c, c) => ((r === 2 && c >= 2 && c <= 7) || (r >= 2 && r <= 8 && c === 9 - Math.ceil(r / 2)) ? 1 : 0))),
]);
/** The translation demo's kernel: a vertical-edge detector. */
export const SHIFT_KERNEL: Volume = volumeOf([[[1, 0, -1], [1, 0, -1], [1, 0, -1]]]);
