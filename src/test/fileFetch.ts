/** A fetch that serves public/data/mnist/ from disk, so loaders and the trainer run in Node. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FetchFn } from '../data/fetchShard';

export const TEST_DATA_URL = 'http://app.test/data/mnist/';
export const DATA_DIR = resolve(__dirname, '../../public/data/mnist');

/** The file name of a shard (e.g. "train-3-images") in the built manifest: names carry a content hash. */
export function shardFile(shard: string): string {
  const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { shards: { images: { file: string }; labels: { file: string } }[] };
  const files = manifest.shards.flatMap((s) => [s.images.file, s.labels.file]);
  const file = files.find((f) => f.startsWith(`${shard}.`));
  if (!file) throw new Error(`No shard ${shard} in the manifest`);
  return file;
}

/** Serves a file's bytes through `tamper`, which may change them or return null for a 404. */
export function fileFetch(tamper: (name: string, bytes: Uint8Array) => Uint8Array | null = (_n, b) => b): FetchFn {
  return async (url: string) => {
    if (!url.startsWith(TEST_DATA_URL)) return new Response('wrong origin', { status: 404 });
    const name = url.slice(TEST_DATA_URL.length);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(join(DATA_DIR, name)));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const served = tamper(name, bytes);
    return served ? new Response(served as BodyInit) : new Response('gone', { status: 404 });
  };
}
