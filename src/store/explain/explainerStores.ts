/**
 * The explainers' stores, one per page, started from the link or from storage and reporting every
 * change of their configuration, so the address is always a share link and a reload loses nothing.
 */
import type { ShellStore } from '../shellStore';
import { reportShared, startFromShared, type LabShareAdapter } from '../share/connectShare';
import { convSharedToJson, poolSharedToJson, readConvShared, readPoolShared, type ConvShared } from '../share/explainShare';
import { createConvExplainStore, type ConvExplainState, type ConvExplainStore } from './convExplainStore';
import { createPoolExplainStore, type PoolConfig, type PoolExplainState, type PoolExplainStore } from './poolExplainStore';

const convConfigOf = (s: ConvExplainState): ConvShared => ({
  config: {
    example: s.example, input: s.input, kernels: s.kernels, biases: s.biases, stride: s.stride, paddingMode: s.paddingMode,
    paddingAmount: s.paddingAmount, dilation: s.dilation, activation: s.activation, flip: s.flip,
  },
  position: s.position,
});

export function createConvExplainer(shell: ShellStore): ConvExplainStore {
  const store = createConvExplainStore();
  const adapter: LabShareAdapter<ConvExplainState, ConvShared> = {
    read: readConvShared,
    apply: ({ config, position }) => store.getState().applyConfig(config, position),
    toJson: (s) => convSharedToJson(convConfigOf(s)),
    parts: (s) => [s.example, s.input, s.kernels, s.biases, s.stride, s.paddingMode, s.paddingAmount, s.dilation, s.activation, s.flip, s.position],
  };
  startFromShared(shell, 'conv', adapter);
  reportShared(shell, 'conv', store, adapter);
  return store;
}

const poolConfigOf = (s: PoolExplainState): PoolConfig => ({ example: s.example, input: s.input, kind: s.kind, size: s.size, stride: s.stride, padding: s.padding });

export function createPoolExplainer(shell: ShellStore): PoolExplainStore {
  const store = createPoolExplainStore();
  const adapter: LabShareAdapter<PoolExplainState, PoolConfig> = {
    read: readPoolShared,
    apply: (config) => store.getState().applyConfig(config),
    toJson: (s) => poolSharedToJson(poolConfigOf(s)),
    parts: (s) => [s.example, s.input, s.kind, s.size, s.stride, s.padding],
  };
  startFromShared(shell, 'pool', adapter);
  reportShared(shell, 'pool', store, adapter);
  return store;
}
