/** A fetch that serves public/data/mnist/ from disk, so loaders and the trainer run in Node. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const TEST_DATA_URL = 'http://app.test/data/mnist/';
export const DATA_DIR = resolve(__dirname, '../../public/data/mnist');

export async function fileFetch(url: string): Promise<Response> {
  if (!url.startsWith(TEST_DATA_URL)) return new Response('wrong origin', { status: 404 });
  try {
    return new Response(new Uint8Array(readFileSync(join(DATA_DIR, url.slice(TEST_DATA_URL.length)))) as BodyInit);
  } catch {
    return new Response('not found', { status: 404 });
  }
}
