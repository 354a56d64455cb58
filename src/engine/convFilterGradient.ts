/**
 * The Conv2DBackpropFilter kernel that tfjs-backend-wasm 4.22 lacks (without it, no convolution
 * can be trained on wasm), assembled from kernels the backend already has.
 *
 * The filter gradient is itself a convolution: dW[i, j, c, k] = Σ_b,y,x  xPadded[b, y·s + i, x·s + j, c] · dy[b, y, x, k].
 * Swapping the roles of the batch and channel axes turns that sum into an ordinary conv2d of the
 * padded input (channels as batch) with the output gradient (as the filter), stride 1 and the
 * forward stride used as dilation.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Conv2DBackpropFilterAttrs, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';

type Kernel = (name: string, inputs: Record<string, TensorInfo>, attrs: object) => TensorInfo;

function kernelRunner(backend: KernelBackend, backendName: string): Kernel {
  return (name, inputs, attrs) => {
    const config = tf.getKernel(name, backendName);
    if (!config) throw new Error(`kernel ${name} is missing on ${backendName}`);
    // The kernel attribute types differ per kernel; tfjs itself passes them as a loose map.
    return config.kernelFunc({ inputs, backend, attrs: attrs as tf.NamedAttrMap }) as TensorInfo;
  };
}

/** Builds the kernel function for `backendName` (exported so tests can run it on any backend). */
export function makeConvFilterGradientKernel(backendName: string): tf.KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
    const kernelBackend = backend as KernelBackend;
    const { strides, pad, dimRoundingMode, filterShape, dataFormat } = attrs as unknown as Conv2DBackpropFilterAttrs;
    if (dataFormat === 'NCHW') throw new Error('Conv2DBackpropFilter: only NHWC is supported');
    const run = kernelRunner(kernelBackend, backendName);
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode);
    const [filterHeight, filterWidth, inChannels, outChannels] = filterShape;
    const temporaries: TensorInfo[] = [];
    const keep = (t: TensorInfo) => {
      temporaries.push(t);
      return t;
    };
    try {
      // [batch, h, w, c] → [c, h, w, batch]: channels become the batch, images become channels.
      let image = keep(run('Transpose', { x }, { perm: [3, 1, 2, 0] }));
      const { top, bottom, left, right } = info.padInfo;
      if (top || bottom || left || right) {
        image = keep(run('PadV2', { x: image }, { paddings: [[0, 0], [top, bottom], [left, right], [0, 0]], constantValue: 0 }));
      }
      // [batch, outH, outW, k] → [outH, outW, batch, k]: the output gradient becomes the filter.
      const gradientFilter = keep(run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] }));
      const correlated = keep(run('Conv2D', { x: image, filter: gradientFilter }, {
        strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [info.strideHeight, info.strideWidth],
      }));
      // Rows and columns past the kernel size only appear when the stride leaves input unused.
      let cropped = correlated;
      if (correlated.shape[1] !== filterHeight || correlated.shape[2] !== filterWidth) {
        cropped = keep(run('Slice', { x: correlated }, { begin: [0, 0, 0, 0], size: [inChannels, filterHeight, filterWidth, outChannels] }));
      }
      // [c, kh, kw, k] → [kh, kw, c, k], the layout of a conv2d filter.
      return run('Transpose', { x: cropped }, { perm: [1, 2, 0, 3] });
    } finally {
      for (const t of temporaries) kernelBackend.disposeData(t.dataId);
    }
  };
}

/** Registers the kernel for `backendName` unless that backend already has one. Returns whether it did. */
export function registerConvFilterGradient(backendName: string): boolean {
  if (tf.getKernel('Conv2DBackpropFilter', backendName)) return false;
  tf.registerKernel({ kernelName: 'Conv2DBackpropFilter', backendName, kernelFunc: makeConvFilterGradientKernel(backendName) });
  return true;
}
