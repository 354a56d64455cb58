/** Nested-loop reference implementations of the layers the views draw (HWC layout, one image). */

export type Volume = { h: number; w: number; c: number; values: Float32Array };
const at = (v: Volume, r: number, q: number, k: number) => v.values[(r * v.w + q) * v.c + k]!;

/** Convolution (cross-correlation, as in deep learning) with zero padding on top/left of `pad`. */
export function naiveConv(
  x: Volume, kernel: Float32Array, bias: Float32Array, k: number, filters: number,
  stride: number, outH: number, outW: number, padTop: number, padLeft: number, activation: (v: number) => number,
): Volume {
  const out = new Float32Array(outH * outW * filters);
  for (let r = 0; r < outH; r++) for (let q = 0; q < outW; q++) for (let f = 0; f < filters; f++) {
    let sum = bias[f]!;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) for (let ch = 0; ch < x.c; ch++) {
      const row = r * stride + i - padTop;
      const col = q * stride + j - padLeft;
      if (row < 0 || col < 0 || row >= x.h || col >= x.w) continue;
      sum += at(x, row, col, ch) * kernel[((i * k + j) * x.c + ch) * filters + f]!;
    }
    out[(r * outW + q) * filters + f] = activation(sum);
  }
  return { h: outH, w: outW, c: filters, values: out };
}

export function naivePool(x: Volume, size: number, stride: number, kind: 'max' | 'average' | 'l2'): Volume {
  const outH = Math.floor((x.h - size) / stride) + 1;
  const outW = Math.floor((x.w - size) / stride) + 1;
  const out = new Float32Array(outH * outW * x.c);
  for (let r = 0; r < outH; r++) for (let q = 0; q < outW; q++) for (let ch = 0; ch < x.c; ch++) {
    let best = -Infinity;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) {
      const v = at(x, r * stride + i, q * stride + j, ch);
      best = Math.max(best, v);
      sum += v;
      squares += v * v;
    }
    out[(r * outW + q) * x.c + ch] = kind === 'max' ? best : kind === 'average' ? sum / (size * size) : Math.sqrt(squares);
  }
  return { h: outH, w: outW, c: x.c, values: out };
}
