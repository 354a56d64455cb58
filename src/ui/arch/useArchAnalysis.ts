/**
 * The network the explorer shows, as a spec, and its analysis: a classic architecture built at the
 * chosen input size (and width), or the CNN lab's own network. Pure arithmetic, so it is instant
 * even for VGG-16.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from 'zustand';
import { findArchitecture, type ArchitectureInfo } from '../../engine/architectures';
import { summarizeNetwork, type NetworkSummary } from '../../engine/shapes';
import type { NetworkSpec } from '../../engine/spec';
import { LAB_NETWORK } from '../../store/arch/archStore';
import { useShellStore } from '../storeContext';
import { cnnStoreFor } from '../cnn/cnnStore';
import { useArch } from './archContext';

export interface ArchAnalysis {
  /** The classic architecture, or null for the lab's network. */
  info: ArchitectureInfo | null;
  spec: NetworkSpec;
  summary: NetworkSummary;
  inputSize: number;
  /** True when the settings are the ones the published figure is for. */
  atReference: boolean;
}

export function useArchAnalysis(): ArchAnalysis {
  const { architecture, inputSize, widthMultiplier } = useArch(useShallow((s) => ({ architecture: s.architecture, inputSize: s.inputSize, widthMultiplier: s.widthMultiplier })));
  const labSpec = useStore(cnnStoreFor(useShellStore()), (s) => s.spec);
  return useMemo(() => {
    const info = architecture === LAB_NETWORK ? null : findArchitecture(architecture);
    if (!info) {
      const size = inputSize ?? labSpec.input.height;
      const spec = { ...labSpec, input: { ...labSpec.input, height: size, width: size } };
      return { info: null, spec, summary: summarizeNetwork(spec), inputSize: size, atReference: false };
    }
    const size = inputSize ?? info.defaultInputSize;
    const alpha = info.widthMultiplier ? widthMultiplier : 1;
    const spec = info.build({ inputSize: size, widthMultiplier: alpha });
    return { info, spec, summary: summarizeNetwork(spec), inputSize: size, atReference: size === info.defaultInputSize && alpha === 1 };
  }, [architecture, inputSize, widthMultiplier, labSpec]);
}
