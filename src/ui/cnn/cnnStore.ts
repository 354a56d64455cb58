/** The CNN lab's store, one per page: its screen uses it, and the architectures explorer reads and sets its network. */
import { createCnnLabStore } from '../../store/cnn/cnnLabStore';
import { labStoreCache } from '../lab/labStores';

export const cnnStoreFor = labStoreCache(createCnnLabStore);
