/** The CNN lab's own store, for its components; created once per page and kept across screen switches. */
import type { CnnLabState } from '../../store/cnn/cnnLabStore';
import { createStoreContext } from '../createStoreContext';

const cnn = createStoreContext<CnnLabState>('the CNN lab store');
export const CnnContext = cnn.Context;
export const useCnnStore = cnn.useStoreApi;
export const useCnn = cnn.useSelector;
