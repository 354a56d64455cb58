/** The architectures explorer's store, started from the link or from storage and reporting every change. */
import type { ShellStore } from '../shellStore';
import { reportShared, startFromShared, type LabShareAdapter } from '../share/connectShare';
import { archSharedToJson, readArchShared } from '../share/archShare';
import { createArchExplorerStore, type ArchConfig, type ArchExplorerState, type ArchExplorerStore } from './archStore';

export function createArchExplorer(shell: ShellStore): ArchExplorerStore {
  const store = createArchExplorerStore();
  const adapter: LabShareAdapter<ArchExplorerState, ArchConfig> = {
    read: readArchShared,
    apply: (config) => store.getState().applyConfig(config),
    toJson: (s) => archSharedToJson({ architecture: s.architecture, inputSize: s.inputSize, widthMultiplier: s.widthMultiplier }),
    parts: (s) => [s.architecture, s.inputSize, s.widthMultiplier],
  };
  startFromShared(shell, 'arch', adapter);
  reportShared(shell, 'arch', store, adapter);
  return store;
}
