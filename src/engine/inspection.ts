/**
 * Looking inside a model for one input: every layer's activations, read back in one pass. The
 * probe model reuses the trained layers (no copies of the weights), so what the views show is
 * exactly what the network computes.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { InputSpec, LayerSpec, LayerType } from './spec';
import { imagesToTensor } from './batchTensors';

/** Activations of one layer for one input, shape [h, w, channels] or [units], row-major. */
export interface LayerActivation {
  name: string;
  type: LayerType | 'input';
  shape: number[];
  values: Float32Array;
}

/** A conv layer's kernel, shape [k, k, inChannels, filters], and bias [filters]. */
export interface LayerFilters {
  name: string;
  shape: [number, number, number, number];
  kernel: Float32Array;
  bias: Float32Array;
}

/** One unit of one layer's output (spec index), rows and columns 0-based. */
export interface UnitAddress {
  layerIndex: number;
  channel: number;
  row: number;
  col: number;
}

export class Inspector {
  private readonly probe: tfl.LayersModel;
  /** Input → layer k models for gradients, built on first use (they share the trained layers). */
  private readonly upTo = new Map<number, tfl.LayersModel>();

  /**
   * `layers` are the spec's layers: views address layers by spec index, and a branched model lists
   * its layers in tfjs's own order, so everything here goes by name.
   */
  constructor(private readonly model: tfl.LayersModel, private readonly input: InputSpec, private readonly layers: readonly Pick<LayerSpec, 'name' | 'type'>[]) {
    // A second view of the same graph with every layer's output exposed. It owns no tensors, so it
    // is never disposed: disposing it would release the shared layers' weights.
    this.probe = tfl.model({ inputs: model.inputs, outputs: layers.map((l) => this.outputOf(l.name)) });
  }

  private outputOf(name: string): tfl.SymbolicTensor {
    return this.model.getLayer(name).output as tfl.SymbolicTensor;
  }

  /** The input itself (scaled to [0, 1]) followed by every layer's activations, in spec order. */
  async activations(pixels: Uint8Array): Promise<LayerActivation[]> {
    const tensors = tf.tidy(() => {
      const x = imagesToTensor(pixels, 1, this.input);
      const out = this.probe.predict(x);
      return [x, ...(Array.isArray(out) ? out : [out])].map((t) => tf.squeeze(t, [0]));
    });
    try {
      const values = await Promise.all(tensors.map((t) => t.data() as Promise<Float32Array>));
      return tensors.map((t, i) => ({
        name: i === 0 ? 'input' : this.layers[i - 1]!.name,
        type: i === 0 ? 'input' : this.layers[i - 1]!.type,
        shape: t.shape,
        // A copy we own: some backends hand out their own storage, and the caller may transfer it.
        values: values[i]!.slice(),
      }));
    } finally {
      tf.dispose(tensors);
    }
  }

  /**
   * The effective receptive field: ∂(unit's activation)/∂(input pixel) for every pixel of the
   * (scaled) input, shape [height, width, channels]. Zero outside the arithmetic receptive field.
   */
  async effectiveField(pixels: Uint8Array, unit: UnitAddress): Promise<Float32Array> {
    let upTo = this.upTo.get(unit.layerIndex);
    if (!upTo) {
      upTo = tfl.model({ inputs: this.model.inputs, outputs: this.outputOf(this.layers[unit.layerIndex]!.name) });
      this.upTo.set(unit.layerIndex, upTo);
    }
    const model = upTo;
    const gradient = tf.tidy(() => {
      const x = imagesToTensor(pixels, 1, this.input);
      return tf.grad((input: tf.Tensor) => {
        const out = model.apply(input) as tf.Tensor;
        // Flat outputs (global pooling) have one value per channel.
        return out.rank === 4
          ? tf.sum(tf.slice(out, [0, unit.row, unit.col, unit.channel], [1, 1, 1, 1]))
          : tf.sum(tf.slice(out, [0, unit.channel], [1, 1]));
      })(x);
    });
    try {
      return ((await gradient.data()) as Float32Array).slice();
    } finally {
      gradient.dispose();
    }
  }

  /** Kernels and biases of every convolutional layer. */
  async filters(): Promise<LayerFilters[]> {
    const convs = this.layers.filter((l) => l.type === 'conv2d').map((l) => this.model.getLayer(l.name));
    return Promise.all(convs.map(async (layer) => {
      const [kernel, bias] = layer.getWeights();
      return {
        name: layer.name,
        shape: kernel!.shape as [number, number, number, number],
        // Copies we own (see activations()).
        kernel: ((await kernel!.data()) as Float32Array).slice(),
        bias: ((await bias!.data()) as Float32Array).slice(),
      };
    }));
  }
}
