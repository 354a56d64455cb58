#!/usr/bin/env node
/**
 * A dry run of the GitHub Pages workflow, for CI where GitHub cannot be reached: checks that the
 * workflow runs exactly the install, test and build commands that CI itself runs (so they have just
 * been exercised), that it publishes dist/ with the official Pages actions, and that the dist/ just
 * built is a site Pages can serve from any sub-path and that works offline: relative URLs only, a
 * service worker that precaches every file it lists, the page and every MNIST shard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); };

const workflow = readFileSync(join(root, '.github/workflows/pages.yml'), 'utf8');
const runs = [...workflow.matchAll(/^\s*-?\s*run:\s*(.+)$/gm)].map((m) => m[1].trim());
const uses = [...workflow.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].map((m) => m[1].split('@')[0]);
const ci = readFileSync(join(root, '.ci/run'), 'utf8');
check(/on:\s*\n\s*push:\s*\n\s*branches:\s*\[main\]/.test(workflow), 'the workflow does not run on a push to main');
check(/pages:\s*write/.test(workflow) && /id-token:\s*write/.test(workflow), 'the workflow lacks the pages: write and id-token: write permissions');
check(runs.join(' | ') === 'npm ci --no-audit --no-fund | npm test | npm run build', `unexpected workflow commands: ${runs.join(' | ')}`);
check(ci.includes('npm ci --no-audit --no-fund && npm test'), '.ci/run no longer runs the workflow\'s install and test commands');
for (const action of ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
  check(uses.includes(action), `the workflow does not use ${action}`);
}
check(/upload-pages-artifact@\S+\s*\n\s*with:\s*\n\s*path:\s*dist\b/.test(workflow), 'the workflow does not upload dist/');

const dist = join(root, 'dist');
const read = (file) => readFileSync(join(dist, file), 'utf8');
check(existsSync(join(dist, 'index.html')), 'dist/index.html is missing: run npm run build first');
if (problems.length === 0) {
  const html = read('index.html');
  check(!/(src|href)="\/(?!\/)/.test(html), 'index.html refers to a root-absolute URL, which breaks on a Pages sub-path');
  const manifest = JSON.parse(read('manifest.webmanifest'));
  check(manifest.start_url === './' && manifest.scope === './', 'the web app manifest is not relative');
  const sw = read('sw.js');
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
  check(precached.includes('index.html'), 'the service worker does not precache index.html');
  for (const file of precached) check(existsSync(join(dist, file)), `the service worker precaches ${file}, which is not in dist/`);
  const data = JSON.parse(read('data/mnist/manifest.json'));
  for (const shard of data.shards) {
    for (const part of [shard.images, shard.labels]) check(precached.includes(`data/mnist/${part.file}`), `the service worker does not precache ${part.file}`);
  }
  check(precached.some((f) => f.endsWith('.wasm')), 'the service worker does not precache the wasm backend');
  console.log(`Pages dry run: workflow steps ${runs.length} run + ${uses.length} actions; dist/ has ${precached.length} precached files.`);
}
if (problems.length > 0) {
  console.error(`Pages dry run failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
