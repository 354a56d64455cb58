/**
 * Each lab's store is made the first time its screen opens and kept for the page's life, so
 * switching screens never loses a lab's configuration or its trained session.
 */
import type { ShellStore } from '../../store/shellStore';

export function labStoreCache<T>(create: (shell: ShellStore) => T): (shell: ShellStore) => T {
  const stores = new WeakMap<ShellStore, T>();
  return (shell) => {
    let store = stores.get(shell);
    if (store === undefined) {
      store = create(shell);
      stores.set(shell, store);
    }
    return store;
  };
}
