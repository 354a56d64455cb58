/** The pooling explainer's store, for its components; one per page, kept across screen switches. */
import type { PoolExplainState } from '../../store/explain/poolExplainStore';
import { createStoreContext } from '../createStoreContext';

const poolStore = createStoreContext<PoolExplainState>('the pooling explainer store');
export const PoolContext = poolStore.Context;
export const usePool = poolStore.useSelector;
