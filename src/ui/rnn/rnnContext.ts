/** The RNN lab's own store, for its components; created once per page and kept across screen switches. */
import type { RnnLabState } from '../../store/rnn/rnnLabStore';
import { createStoreContext } from '../createStoreContext';

const rnn = createStoreContext<RnnLabState>('the RNN lab store');
export const RnnContext = rnn.Context;
export const useRnnStore = rnn.useStoreApi;
export const useRnn = rnn.useSelector;
