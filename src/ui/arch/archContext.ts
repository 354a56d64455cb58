/** The architectures explorer's store, for its components; one per page, kept across screen switches. */
import type { ArchExplorerState } from '../../store/arch/archStore';
import { createStoreContext } from '../createStoreContext';

const archStore = createStoreContext<ArchExplorerState>('the architectures explorer store');
export const ArchContext = archStore.Context;
export const useArch = archStore.useSelector;
