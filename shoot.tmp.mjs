import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];
const server = spawn('npx', ['vite', 'preview', '--port', '4175', '--strictPort'], { stdio: 'ignore', cwd: '/work/main' });
await sleep(2500);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1440), height: Number(process.env.H ?? 1000) } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`http://localhost:4175/${process.env.HASH ?? '#/rnn'}`);
const train = page.getByRole('button', { name: 'Train', exact: true });
const t0 = Date.now();
while (!(await train.isEnabled())) { await sleep(500); if (Date.now() - t0 > 60000) break; }
console.log('trainable after', (Date.now() - t0) / 1000, 's');
if (process.env.SETUP) await eval(process.env.SETUP);
await train.click();
const seconds = Number(process.env.SECS ?? 30);
for (let s = 0; s < seconds; s += 10) {
  await sleep(10000);
  console.log(s + 10, 's: step', await page.getByLabel('Step count', { exact: true }).textContent(), 'acc', await page.getByLabel('Test accuracy', { exact: true }).textContent(), 'ex/s', await page.getByLabel('Examples per second', { exact: true }).textContent(), 'loss', await page.getByLabel('Loss', { exact: true }).textContent());
}
await page.getByRole('button', { name: 'Pause' }).click();
await sleep(2500);
console.log('final acc', await page.getByLabel('Test accuracy', { exact: true }).textContent());
const name = process.env.NAME ?? 'rnn';
await page.screenshot({ path: `/work/exp/shots/${name}-viewport.png` });
await page.screenshot({ path: `/work/exp/shots/${name}-full.png`, fullPage: true });
if (process.env.CLIP) {
  const region = page.getByRole('region', { name: process.env.CLIP });
  await region.screenshot({ path: `/work/exp/shots/${name}-clip.png` });
}
await browser.close();
server.kill();
