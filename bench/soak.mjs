#!/usr/bin/env node
// npm run soak: a long training run with every view open, to show nothing leaks or dies.
// The CNN lab trains for the first half (feature maps, kernels and curves refreshing), the RNN lab
// for the second (the unrolled gates and gradients through time). Every SOAK_SAMPLE_S seconds it
// records the worker's live tensors and their bytes, the page's JS heap and the step count, then
// writes bench/results/soak.json and prints whether tensors and heap stayed flat.
// Not part of CI: SOAK_MINUTES (default 30) of wall time.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const PORT = 4175;
const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const SAMPLE_S = Number(process.env.SOAK_SAMPLE_S ?? 20);
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  // performance.memory reports real (not bucketed) heap sizes only with this flag.
  '--enable-precise-memory-info'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', process.env.SOAK_OUT_DIR ?? 'dist'], { stdio: 'ignore' });
const base = `http://localhost:${PORT}/`;
for (let i = 0; i < 60; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  await sleep(500);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
const errors = [];
const samples = [];
let crashed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('crash', () => { crashed = true; });
  await page.goto(`${base}#/cnn`);
  await page.getByLabel('Preset').selectOption('conv-pool');
  const started = Date.now();
  for (const [lab, link] of [['cnn', 'CNN lab'], ['rnn', 'RNN lab']]) {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: link }).click();
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await train.waitFor();
    while (!(await train.isEnabled())) await sleep(250);
    await train.click();
    const until = started + (lab === 'cnn' ? MINUTES / 2 : MINUTES) * 60_000;
    while (Date.now() < until && !crashed) {
      await sleep(SAMPLE_S * 1000);
      const worker = page.workers().find((w) => w.url().includes('training.worker'));
      const memory = worker ? await worker.evaluate(() => globalThis.__playgroundMemory?.() ?? null) : null;
      const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
      const step = Number((await page.getByLabel('Step count', { exact: true }).textContent()).replace(/,/g, ''));
      const status = await page.getByRole('button', { name: 'Pause' }).isEnabled();
      samples.push({ lab, seconds: Math.round((Date.now() - started) / 1000), step, training: status, tensors: memory?.numTensors ?? null, tensorBytes: memory?.numBytes ?? null, backend: memory?.backend ?? null, pageHeap: heap });
      const s = samples.at(-1);
      console.log(`${s.seconds}s ${lab} step ${s.step} tensors ${s.tensors} (${(s.tensorBytes / 1e6).toFixed(1)} MB) page heap ${(s.pageHeap / 1e6).toFixed(1)} MB${status ? '' : ' (not training!)'}`);
    }
    await page.getByRole('button', { name: 'Pause' }).click();
  }
} finally {
  await browser.close();
  server.kill();
}

// Flat: after the first minute of a lab (views and caches warm up), the tensor count never moves,
// and the heap's floor (its lowest sample, i.e. after a collection) in the last quarter of the lab's
// run is within 20 % of the floor in its second quarter.
function verdict(lab) {
  const xs = samples.filter((s) => s.lab === lab);
  const warm = xs.filter((s) => s.seconds - xs[0].seconds >= 60);
  const tensors = new Set(warm.map((s) => s.tensors));
  const q = Math.max(1, Math.floor(warm.length / 4));
  const floor = (ys) => Math.min(...ys.map((s) => s.pageHeap));
  const early = warm.length >= 4 ? floor(warm.slice(q, 2 * q)) : null;
  const late = warm.length >= 4 ? floor(warm.slice(-q)) : null;
  return {
    lab, samples: xs.length, steps: (xs.at(-1)?.step ?? 0), alwaysTraining: xs.every((s) => s.training),
    tensorCounts: [...tensors], tensorsFlat: tensors.size === 1,
    heapFloorEarlyMB: early && early / 1e6, heapFloorLateMB: late && late / 1e6, heapFlat: early !== null && late !== null && late <= early * 1.2,
  };
}
const result = { date: new Date().toISOString(), minutes: MINUTES, crashed, errors, verdicts: [verdict('cnn'), verdict('rnn')], samples };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/soak.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify({ crashed, errors: errors.length, verdicts: result.verdicts }, null, 2));
process.exit(crashed || errors.length > 0 || result.verdicts.some((v) => !v.tensorsFlat || !v.heapFlat || !v.alwaysTraining) ? 1 : 0);
