import { chromium, expect, test, type Page } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

const LOSE_CONTEXT_HOOK = '__playgroundLoseWebglContext';

async function trainPast(page: Page, steps: number) {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 90_000 }).toBeGreaterThan(steps);
}

test('a WebGL context lost mid-run pauses with a message and training goes on on WebAssembly, settings kept', async ({ page }) => {
  test.setTimeout(240_000);
  const watched = watchPage(page);
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Course Keras MLP (Dense 128 → Dropout 0.2)' });
  await page.getByLabel('Batch size').fill('16');
  await page.getByLabel('Batch size').press('Enter');
  await page.getByLabel('Compute backend').selectOption({ label: 'WebGL' });
  await waitUntilTrainable(page);
  await expect(readout(page, 'Backend')).toHaveText('WebGL');
  await trainPast(page, 3);

  // What a driver reset does: the browser takes the context away (WEBGL_lose_context on the trainer's own context).
  const worker = page.workers().find((w) => w.url().includes('training.worker'))!;
  await worker.evaluate((hook) => (globalThis as unknown as Record<string, () => void>)[hook]!(), LOSE_CONTEXT_HOOK);

  const alert = page.getByRole('alert').filter({ hasText: 'The graphics card stopped (WebGL context lost)' });
  await expect(alert).toContainText('Training moved to WebAssembly');
  await expect(readout(page, 'Backend')).toHaveText('WebAssembly');
  await expect(page.getByLabel('Compute backend')).toHaveValue('wasm');
  await expect(page.getByText('WebGL stopped working mid-run (the browser lost its graphics context), so training moved to WebAssembly.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
  await expect(readout(page, 'Step count')).toHaveText('0');
  await expect(page.getByLabel('Preset')).toHaveValue('keras-mlp');
  await expect(page.getByLabel('Batch size')).toHaveValue('16');

  await waitUntilTrainable(page);
  await trainPast(page, 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(watched.errors).toEqual([]);
});

test('without any WebGL the app trains on WebAssembly and says why; asking for WebGL gives one clear message', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-software-rasterizer', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ baseURL });
    const watched = watchPage(page);
    await page.goto('./');
    await waitUntilTrainable(page);
    await expect(readout(page, 'Backend')).toHaveText('WebAssembly');
    await expect(page.getByText('Auto: WebAssembly, because WebGL is not available in this browser.')).toBeVisible();

    await page.getByLabel('Compute backend').selectOption({ label: 'WebGL' });
    await expect(page.getByText('WebGL could not start in this browser, so WebAssembly, because WebGL is not available in this browser.')).toBeVisible();
    await expect(page.getByLabel('Compute backend')).toHaveValue('wasm');
    await expect(readout(page, 'Backend')).toHaveText('WebAssembly');
    await waitUntilTrainable(page);
    await trainPast(page, 3);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(watched.errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
