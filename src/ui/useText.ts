/** The dictionary of the reader's language; components re-render when it changes. */
import { DICTIONARIES, type Dictionary } from '../content/dictionaries';
import { useShell } from './storeContext';

export function useText(): Dictionary {
  return DICTIONARIES[useShell((s) => s.preferences.locale)];
}
