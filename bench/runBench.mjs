#!/usr/bin/env node
// npm run bench: training speed of the app (worker, charts live) versus a bare tfjs model.fit on
// the same model, same backend, same browser session. Rounds alternate so drift hits both sides;
// we report medians and their ratio, and write the numbers to bench/results/latest.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { rnnBench } from './rnnBench.mjs';

const PORT = 4174;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 15000);
const PRESET = process.env.BENCH_PRESET ?? 'conv-pool';
// Which parts to run: cnn, rnn or both (default).
const PARTS = (process.env.BENCH_PARTS ?? 'cnn,rnn').split(',');
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const base = `http://localhost:${PORT}/`;
for (let i = 0; i < 60; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  await sleep(500);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const results = { date: new Date().toISOString() };
  if (PARTS.includes('rnn')) results.rnn = await rnnBench(context, base, { rounds: ROUNDS, windowMs: WINDOW_MS });
  if (PARTS.includes('cnn')) results.cnn = await cnnBench(context);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  server.kill();
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
  const batchSize = Number(await app.getByLabel('Batch size').inputValue());
  const readStep = async () => Number((await app.getByLabel('Step count', { exact: true }).textContent()).replace(/,/g, ''));

  const fitPage = await context.newPage();
  await fitPage.goto(`${base}bench/fit.html?backend=${backend}&preset=${PRESET}&batch=${batchSize}`);
  await fitPage.waitForFunction(() => 'runFit' in window);

  const appRates = [];
  const fitRates = [];
  // Warm up both (kernel compilation, first shards) before measuring.
  await train.click();
  await sleep(5000);
  await app.getByRole('button', { name: 'Pause' }).click();
  await fitPage.evaluate(() => window.runFit(20));
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
    appRates.push(((s1 - s0) * batchSize * 1000) / (t1 - t0));
    const batches = Math.max(30, Math.round((appRates.at(-1) * WINDOW_MS) / 1000 / batchSize));
    const fit = await fitPage.evaluate((n) => window.runFit(n), batches);
    fitRates.push(fit.examplesPerSecond);
    console.log(`round ${round + 1}: app ${appRates.at(-1).toFixed(0)} ex/s, bare model.fit ${fit.examplesPerSecond.toFixed(0)} ex/s (${fit.backend})`);
  }
  // Views open versus closed ("Inside the network" hidden), alternating, same session.
  await fitPage.close();
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
    preset: PRESET, backend, batchSize, rounds: ROUNDS, windowMs: WINDOW_MS,
    appMedian: median(appRates), fitMedian: median(fitRates), ratio: median(appRates) / median(fitRates),
    appRates, fitRates,
    viewsOpenMedian: median(viewsOpen), viewsClosedMedian: median(viewsClosed), viewsRatio: median(viewsOpen) / median(viewsClosed),
    viewsOpen, viewsClosed,
  };
  console.log(`\nmedian app ${result.appMedian.toFixed(0)} ex/s, bare fit ${result.fitMedian.toFixed(0)} ex/s, ratio ${result.ratio.toFixed(2)} (goal ≥ 0.90)`);
  console.log(`views open ${result.viewsOpenMedian.toFixed(0)} ex/s, closed ${result.viewsClosedMedian.toFixed(0)} ex/s, ratio ${result.viewsRatio.toFixed(2)} (goal ≥ 0.90)`);
  await app.close();
  return result;
}
