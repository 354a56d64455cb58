#!/usr/bin/env node
// npm run bench: training speed of the app (worker, charts live) versus bare tfjs loops (model.fit,
// trainOnBatch, optimizer.minimize) on the same model, same backend, same browser session; the
// app is measured against the strongest of them. Rounds alternate so drift hits both sides;
// we report medians and their ratio, and write the numbers to bench/results/latest.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { rnnBench } from './rnnBench.mjs';
import { startupBench } from './startupBench.mjs';
import { smoothBench } from './smoothBench.mjs';
import { convnetBench } from './convnetCompare.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4174);
// Which build to serve (vite preview --outDir), dist unless told otherwise.
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'dist';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 15000);
const PRESET = process.env.BENCH_PRESET ?? 'conv-pool';
// Which parts to run (default all): startup, smooth, cnn, rnn, convnetjs.
const PARTS = (process.env.BENCH_PARTS ?? 'startup,smooth,cnn,rnn,convnetjs').split(',');
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { stdio: 'ignore', detached: true });
const base = `http://localhost:${PORT}/`;
for (let i = 0; i < 60; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  await sleep(500);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const results = { date: new Date().toISOString() };
  if (PARTS.includes('startup')) results.startup = await startupBench(browser, base, { rounds: ROUNDS });
  if (PARTS.includes('smooth')) results.smooth = await smoothBench(context, base, { seconds: 10 });
  if (PARTS.includes('rnn')) results.rnn = await rnnBench(context, base, { rounds: ROUNDS, windowMs: WINDOW_MS });
  if (PARTS.includes('cnn')) results.cnn = await cnnBench(context);
  if (PARTS.includes('convnetjs')) results.convnetjs = await convnetBench(context, base, { rounds: ROUNDS, windowMs: WINDOW_MS });
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  // npx runs vite as a child: end the whole process group, or vite preview outlives the run.
  process.kill(-server.pid);
}

async function cnnBench(context) {
  const app = await context.newPage();
  await app.goto(`${base}#/cnn`);
  await app.getByLabel('Preset').selectOption(PRESET);
  const train = app.getByRole('button', { name: 'Train', exact: true });
  await train.waitFor();
  while (!(await train.isEnabled())) await sleep(250);
  const backendText = await app.getByLabel('Backend', { exact: true }).textContent();
  const backend = { WebAssembly: 'wasm', WebGL: 'webgl', CPU: 'cpu' }[backendText.trim()];
  const readStep = async () => Number((await app.getByLabel('Step count', { exact: true }).textContent()).replace(/,/g, ''));
  const batches = (process.env.BENCH_BATCHES ?? '32,64').split(',').map(Number);
  const byBatch = [];
  let batchSize = batches[0];
  for (batchSize of batches) {
    await app.getByLabel('Batch size').fill(String(batchSize));
    await app.getByLabel('Batch size').press('Enter');
    const barePage = await context.newPage();
    await barePage.goto(`${base}bench/fit.html?backend=${backend}&preset=${PRESET}&batch=${batchSize}`);
    await barePage.waitForFunction(() => 'runMinimize' in window);
    const rates = { app: [], fit: [], trainOnBatch: [], minimize: [] };
    // Warm up both (kernel compilation, first shards) before measuring.
    await app.bringToFront();
    await train.click();
    await sleep(5000);
    await app.getByRole('button', { name: 'Pause' }).click();
    await barePage.evaluate(() => window.runMinimize(10));
    for (let round = 0; round < ROUNDS; round++) {
      await app.bringToFront();
      await train.click();
      await sleep(1500);
      const s0 = await readStep();
      const t0 = Date.now();
      await sleep(WINDOW_MS);
      const s1 = await readStep();
      const t1 = Date.now();
      await app.getByRole('button', { name: 'Pause' }).click();
      rates.app.push(((s1 - s0) * batchSize * 1000) / (t1 - t0));
      // The bare loops train as many batches as the app did in its window.
      const n = Math.max(30, Math.round((rates.app.at(-1) * WINDOW_MS) / 1000 / batchSize));
      await barePage.bringToFront();
      for (const loop of ['fit', 'trainOnBatch', 'minimize']) {
        const fn = { fit: 'runFit', trainOnBatch: 'runTrainOnBatch', minimize: 'runMinimize' }[loop];
        rates[loop].push((await barePage.evaluate(([f, k]) => window[f](k), [fn, n])).examplesPerSecond);
      }
      console.log(`batch ${batchSize} round ${round + 1}: app ${rates.app.at(-1).toFixed(0)} ex/s; bare fit ${rates.fit.at(-1).toFixed(0)}, trainOnBatch ${rates.trainOnBatch.at(-1).toFixed(0)}, minimize ${rates.minimize.at(-1).toFixed(0)}`);
    }
    await barePage.close();
    const medians = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
    const strongest = ['fit', 'trainOnBatch', 'minimize'].reduce((a, b) => (medians[a] >= medians[b] ? a : b));
    const entry = { batchSize, medians, strongest, ratio: medians.app / medians[strongest], rates };
    byBatch.push(entry);
    console.log(`batch ${batchSize}: app ${medians.app.toFixed(0)} ex/s = ${entry.ratio.toFixed(2)} of the strongest bare loop (${strongest}, ${medians[strongest].toFixed(0)} ex/s); goal ≥ 0.90`);
  }

  // Views open versus closed ("Inside the network" hidden), alternating, same session (last batch size).
  const viewsOpen = [];
  const viewsClosed = [];
  const toggle = app.getByRole('button', { name: /^(Hide|Show) views$/ });
  for (let round = 0; round < ROUNDS; round++) {
    for (const open of [true, false]) {
      if ((await toggle.textContent()).startsWith('Hide') !== open) await toggle.click();
      await train.click();
      await sleep(1500);
      const s0 = await readStep();
      const t0 = Date.now();
      await sleep(WINDOW_MS);
      const rate = ((await readStep()) - s0) * batchSize * 1000 / (Date.now() - t0);
      await app.getByRole('button', { name: 'Pause' }).click();
      (open ? viewsOpen : viewsClosed).push(rate);
    }
    console.log(`round ${round + 1}: views open ${viewsOpen.at(-1).toFixed(0)} ex/s, closed ${viewsClosed.at(-1).toFixed(0)} ex/s`);
  }
  const result = {
    preset: PRESET, backend, rounds: ROUNDS, windowMs: WINDOW_MS, byBatch,
    viewsBatchSize: batchSize,
    viewsOpenMedian: median(viewsOpen), viewsClosedMedian: median(viewsClosed), viewsRatio: median(viewsOpen) / median(viewsClosed),
    viewsOpen, viewsClosed,
  };
  console.log(`views open ${result.viewsOpenMedian.toFixed(0)} ex/s, closed ${result.viewsClosedMedian.toFixed(0)} ex/s, ratio ${result.viewsRatio.toFixed(2)} (goal ≥ 0.90)`);
  await app.close();
  return result;
}
