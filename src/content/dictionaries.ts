/** Both dictionaries by locale. `Dictionary` is the English one's type, so zh-TW must fill every key. */
import { en, type Dictionary } from './en';
import { zhTW } from './zh-TW';
import type { Locale } from './locale';

export type { Dictionary };
export const DICTIONARIES: Record<Locale, Dictionary> = { en, 'zh-TW': zhTW };
