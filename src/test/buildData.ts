/** Vitest global setup: make sure the MNIST shards exist once, before any test file reads them. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildData(): void {
  execFileSync('node', [resolve(__dirname, '../../scripts/buildMnistShards.mjs')], { stdio: 'inherit' });
}
