/**
 * Connects a lab's store to the shell: the lab's session messages arrive here, those of any other
 * session are dropped, the shared training messages are folded in, and the rest (the lab's views)
 * go to the lab. Then the lab's first configuration is sent.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SessionMessage } from '../../workers/protocol';
import { applySessionMessage } from './applySessionMessage';
import type { TrainingSlice } from './trainingSlice';
import type { ScreenId } from '../shellStore';

export interface LabHooks {
  /** A new session was built: forget what described the previous one, ask for fresh views. */
  configured(): void;
  /** A message about the lab's own views. */
  view(message: SessionMessage): void;
}

export function connectLab<S extends TrainingSlice>(store: StoreApi<S>, screen: ScreenId, hooks: LabHooks): void {
  const { getState, setState } = store;
  getState().shell.getState().registerLab(getState().slot, {
    screen,
    apply(message) {
      if (message.sessionId !== getState().sessionId) return;
      if (message.type === 'configured') hooks.configured();
      if (!applySessionMessage(message, getState, setState)) hooks.view(message);
      const pending = getState().pendingStart;
      if (message.type === 'configured' && pending) {
        setState({ pendingStart: null } as Partial<S>);
        if (pending === 'train') getState().train();
        else getState().step1();
      }
    },
    leave: () => getState().leave(),
    trainerRestarted: () => getState().configureNow(),
  });
  getState().configureNow();
}
