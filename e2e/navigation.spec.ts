import { expect, test } from '@playwright/test';
import { readNumber, readout, trainPastStep, waitUntilTrainable, watchPage } from './helpers';

test('the playground has one header, a navigation bar and hash routes that survive back, forward and reload', async ({ page }) => {
  const watched = watchPage(page);
  const scripts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CNN & RNN Playground');
  const nav = page.getByRole('navigation', { name: 'Screens' });
  await expect(nav.getByRole('link', { name: 'CNN lab' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveURL(/#\/cnn(\?|$)/);
  await expect(page.getByLabel('Preset')).toBeVisible();
  const scriptsOnCnn = scripts.length;

  // The RNN lab is its own chunk, fetched only when first shown.
  await nav.getByRole('link', { name: 'RNN lab' }).click();
  await expect(page).toHaveURL(/#\/rnn(\?|$)/);
  await expect(nav.getByRole('link', { name: 'RNN lab' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Task', { exact: true })).toBeVisible();
  await expect(page.getByRole('main', { name: 'RNN lab' })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(scriptsOnCnn);

  await page.goBack();
  await expect(page).toHaveURL(/#\/cnn(\?|$)/);
  await expect(page.getByRole('main', { name: 'CNN lab' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('main', { name: 'RNN lab' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('main', { name: 'RNN lab' })).toBeVisible();
  await expect(page.getByLabel('Cell', { exact: true })).toHaveValue('lstm');

  // An unknown route shows the home screen instead of a blank page.
  await page.goto('./#/nowhere');
  await expect(page.getByRole('main', { name: 'CNN lab' })).toBeVisible();
  await expect(page).toHaveURL(/#\/cnn(\?|$)/);
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('switching screens keeps each lab\'s configuration and its trained weights', async ({ page }) => {
  test.setTimeout(180_000);
  const watched = watchPage(page);
  await page.goto('./#/cnn');
  await page.getByLabel('Preset').selectOption({ label: 'Fully connected 784-100-10 (sigmoid)' });
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(readout(page, 'Step count')).toHaveText('2');
  const cnnLoss = await readout(page, 'Loss').textContent();

  await page.getByRole('link', { name: 'RNN lab' }).click();
  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Adding problem' });
  await page.getByLabel('Cell', { exact: true }).selectOption({ label: 'GRU' });
  await page.getByLabel('Units', { exact: true }).fill('12');
  await waitUntilTrainable(page);
  await trainPastStep(page, 10);
  // Leaving a training lab pauses it, so the lab in front gets the whole machine.
  await page.getByRole('link', { name: 'CNN lab' }).click();
  await expect(page.getByLabel('Preset')).toHaveValue('fc-100');
  await expect(readout(page, 'Step count')).toHaveText('2');
  await expect(readout(page, 'Loss')).toHaveText(cnnLoss!);

  await page.getByRole('link', { name: 'RNN lab' }).click();
  await expect(page.getByLabel('Task', { exact: true })).toHaveValue('adding');
  await expect(page.getByLabel('Cell', { exact: true })).toHaveValue('gru');
  await expect(page.getByLabel('Units', { exact: true })).toHaveValue('12');
  await expect(page.getByText('Paused when you switched screens.')).toBeVisible();
  const rnnStep = await readNumber(readout(page, 'Step count'));
  expect(rnnStep).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBe(rnnStep + 1);
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});
