import { expect, test } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

test('a missing data shard shows what is wrong and Retry recovers', async ({ page }) => {
  let blocked = true;
  await page.route('**/data/mnist/test-0-images.*.idxz', (route) => (blocked ? route.fulfill({ status: 404, body: 'missing' }) : route.fallback()));
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText(/test-0-images\.\w+\.idxz \(HTTP 404\)/);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  blocked = false;
  await page.getByRole('button', { name: 'Retry download' }).click();
  await expect(alert).toHaveCount(0);
  await waitUntilTrainable(page);
});

test('a corrupt shard is reported instead of training on garbage', async ({ page }) => {
  await page.route('**/data/mnist/train-0-labels.*.idxz', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body.fill(0, 0, 2); // break the gzip magic number, keep the size
    await route.fulfill({ response, body });
  });
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText(/train-0-labels\.\w+\.idxz is not gzip data/);
});

test('a diverging run stops with a message and Reset recovers', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Course Keras MLP (Dense 128 → Dropout 0.2)' });
  await page.getByLabel('Optimizer').selectOption({ label: 'SGD' });
  // A refused value says what was typed and what is allowed, and keeps the value in use.
  await page.getByLabel('Learning rate').fill('-1');
  await page.getByLabel('Learning rate').press('Enter');
  await expect(page.getByText('“-1” is outside the allowed range. Learning rate takes a number above 0 and at most 10. Still using 0.001.')).toBeVisible();
  await page.getByLabel('Learning rate').fill('10');
  await page.getByLabel('Learning rate').press('Enter');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Training diverged' });
  await expect(alert).toContainText(/At step \d+ the loss (became NaN|exploded to)/, { timeout: 60_000 });
  await expect(alert).toContainText('Lower the learning rate (it is 10; try 1)');
  // The message names the step the step count shows.
  const stoppedAt = (await alert.textContent())!.match(/At step (\d+)/)![1];
  await expect(readout(page, 'Step count')).toHaveText(Number(stoppedAt).toLocaleString('en-US'));
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();

  await page.getByLabel('Learning rate').fill('0.1');
  await page.getByLabel('Learning rate').press('Enter');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(alert).toHaveCount(0);
  await expect(readout(page, 'Step count')).toHaveText('0');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  expect(Number.isFinite(await readNumber(readout(page, 'Loss')))).toBe(true);
  expect(watched.errors).toEqual([]);
});

test('a crashed training worker is replaced: the lab leaves "training", says so, keeps its settings and trains again', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Course Keras MLP (Dense 128 → Dropout 0.2)' });
  await page.getByLabel('Learning rate').fill('0.005');
  await page.getByLabel('Learning rate').press('Enter');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(5);

  // An error nobody in the worker catches (as an out-of-memory RangeError would be).
  const worker = page.workers().find((w) => w.url().includes('training.worker'));
  expect(worker, 'the training worker').toBeDefined();
  await worker!.evaluate(() => {
    setTimeout(() => {
      throw new RangeError('Array buffer allocation failed');
    }, 0);
  });

  const alert = page.getByRole('alert').filter({ hasText: 'The training worker crashed and was restarted' });
  await expect(alert).toContainText('Array buffer allocation failed');
  await expect(alert).toContainText('A new one has started with all your settings');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
  await expect(readout(page, 'Step count')).toHaveText('0');
  await expect(page.getByLabel('Preset')).toHaveValue('keras-mlp');
  await expect(page.getByLabel('Learning rate')).toHaveValue('0.005');
  await expect.poll(() => page.workers().filter((w) => w.url().includes('training.worker')).length).toBe(1);

  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});
