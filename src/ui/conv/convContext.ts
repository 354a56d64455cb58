/** The convolution explainer's store, for its components; one per page, kept across screen switches. */
import type { ConvExplainState } from '../../store/explain/convExplainStore';
import { createStoreContext } from '../createStoreContext';

const conv = createStoreContext<ConvExplainState>('the convolution explainer store');
export const ConvContext = conv.Context;
export const useConvStore = conv.useStoreApi;
export const useConv = conv.useSelector;
