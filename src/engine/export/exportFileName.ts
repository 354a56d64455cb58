/** File names for the downloaded code: a slug of the title, `.py` for Keras and `.mjs` for TF.js. */
import type { ExportInput, ExportLanguage } from './exportTypes';

const MAX_SLUG = 48;

/**
 * "LeNet-5" → `lenet-5`: lower-case ASCII letters, digits and single hyphens (accents are
 * dropped, other characters become hyphens), at most 48 characters cut at a hyphen. A title with
 * nothing left (e.g. all Chinese) falls back to `cnn-model` / `rnn-model`.
 */
export function slug(title: string, fallback: string): string {
  const ascii = String(title).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let text = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (text.length > MAX_SLUG) {
    const cut = text.slice(0, MAX_SLUG + 1);
    const lastHyphen = cut.lastIndexOf('-');
    text = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
  }
  return text || fallback;
}

/** The file name to download, e.g. `lenet-5.py` or `lenet-5.mjs`. */
export function exportFileName(input: ExportInput, language: ExportLanguage): string {
  const fallback = input.model.kind === 'convolutional' ? 'cnn-model' : 'rnn-model';
  return `${slug(input.title, fallback)}.${language === 'keras' ? 'py' : 'mjs'}`;
}
