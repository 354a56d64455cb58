/**
 * Everything the convolution screen shows, computed from the store's grids and settings by
 * engine/explain: the geometry (or why it fails), the whole output, the step count and the
 * arithmetic of the step on show.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { convolve, convStep, stepCount, type ConvSetup, type ConvStep, type GeometryResult, type Volume } from '../../engine/explain';
import { convGeometryOf } from '../../store/explain/convExplainStore';
import { useConv } from './convContext';

export interface ConvComputation {
  geometry: GeometryResult;
  setup: ConvSetup | null;
  output: Volume | null;
  total: number;
  /** The step on show: the last one computed, or the first one before anything is computed. */
  shown: ConvStep | null;
}

export function useConvComputation(): ConvComputation {
  const config = useConv(useShallow((s) => ({
    example: s.example, input: s.input, kernels: s.kernels, biases: s.biases, stride: s.stride, paddingMode: s.paddingMode,
    paddingAmount: s.paddingAmount, dilation: s.dilation, activation: s.activation, flip: s.flip,
  })));
  const position = useConv((s) => s.position);
  const computed = useMemo(() => {
    const geometry = convGeometryOf(config);
    if (!geometry.ok) return { geometry, setup: null, output: null, total: 0 };
    const setup: ConvSetup = { input: config.input, kernels: config.kernels, biases: config.biases, geometry: geometry.geometry, activation: config.activation, flip: config.flip };
    return { geometry, setup, output: convolve(setup).output, total: stepCount(setup) };
  }, [config]);
  const shown = useMemo(
    () => (computed.setup && computed.total > 0 ? convStep(computed.setup, Math.max(0, Math.min(computed.total, position) - 1)) : null),
    [computed, position],
  );
  return { ...computed, shown };
}
