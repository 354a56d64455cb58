/**
 * The share link: `#/<screen>?v=<version>&lang=<locale>&c=<configuration>`, where the configuration
 * is JSON in URL-safe base64 (so any text, Chinese included, survives every messenger and mail
 * client). Reading never throws: whatever cannot be read is reported as a problem and left out.
 */
import { isLocale, type Locale } from '../../content/locale';
import { isObject, type SharedObject } from './shareFields';

export const SHARE_VERSION = 1;
/** Generous for the longest own text (50,000 characters of Chinese) and still far below browsers' limits. */
export const MAX_CONFIG_LENGTH = 400_000;

export type ShareProblem =
  | { code: 'unreadable' }
  | { code: 'tooLong'; length: number; max: number }
  | { code: 'noVersion' }
  | { code: 'futureVersion'; version: number };

export interface ShareLink {
  /** The route part (`cnn` in `#/cnn?…`), unchecked: the router decides what it means. */
  route: string;
  locale: Locale | null;
  /** The configuration, when the link has one that could be decoded. */
  config: SharedObject | null;
  problems: ShareProblem[];
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // Chunks keep String.fromCharCode below the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeShareHash(route: string, locale: Locale, config: SharedObject): string {
  return `#/${route}?v=${SHARE_VERSION}&lang=${locale}&c=${toBase64Url(JSON.stringify(config))}`;
}

export function readShareHash(hash: string): ShareLink {
  const body = hash.replace(/^#\/?/, '');
  const queryAt = body.indexOf('?');
  const route = (queryAt < 0 ? body : body.slice(0, queryAt)).split('/')[0] ?? '';
  const link: ShareLink = { route, locale: null, config: null, problems: [] };
  if (queryAt < 0) return link;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body.slice(queryAt + 1));
  } catch {
    link.problems.push({ code: 'unreadable' });
    return link;
  }
  const lang = params.get('lang');
  if (isLocale(lang)) link.locale = lang;
  const encoded = params.get('c');
  if (encoded === null) return link;
  const version = Number(params.get('v'));
  if (!Number.isInteger(version) || version < 1) link.problems.push({ code: 'noVersion' });
  else if (version > SHARE_VERSION) link.problems.push({ code: 'futureVersion', version });
  if (encoded.length > MAX_CONFIG_LENGTH) {
    link.problems.push({ code: 'tooLong', length: encoded.length, max: MAX_CONFIG_LENGTH });
    return link;
  }
  const json = fromBase64Url(encoded);
  let parsed: unknown;
  try {
    parsed = json === null ? null : JSON.parse(json);
  } catch {
    parsed = null;
  }
  if (isObject(parsed)) link.config = parsed;
  else link.problems.push({ code: 'unreadable' });
  return link;
}
