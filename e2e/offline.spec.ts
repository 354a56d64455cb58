import { expect, test, type Page } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../playwright.config';
import { readout, waitUntilTrainable } from './helpers';

const site = `http://localhost:${SUBPATH_PORT}${SUBPATH}`;
/** The sub-path server's controls (scripts/serveDist.mjs): bytes sent, going offline, a new deployment. */
const control = async (path: string) => (await fetch(`http://localhost:${SUBPATH_PORT}/__control/${path}`)).json() as Promise<{ bytes: number; requests: string[] }>;

/** What one step costs a visit that comes back: the service worker's update check, nothing else. */
const SECOND_VISIT_BUDGET = 50_000;

/** Both labs take a training step, and both explainers (never opened online) compute. */
async function useEveryScreen(page: Page) {
  await page.getByRole('link', { name: 'CNN lab' }).click();
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await page.getByRole('link', { name: 'RNN lab' }).click();
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await page.getByRole('link', { name: 'Convolution' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByRole('table', { name: 'Output', exact: true }).getByRole('cell', { name: '3', exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Pooling' }).click();
  await expect(page.getByRole('table', { name: 'Output', exact: true }).getByRole('button', { name: /output row 1, column 1 \(3\)/ }).first()).toBeVisible();
}

test.afterEach(async () => {
  await control('offline?on=0');
  await control('deploy?n=1');
});

test('after one visit the site works offline, a second visit costs almost nothing, and a new version waits for the reader', async ({ browser }) => {
  test.setTimeout(240_000);
  await control('offline?on=0');
  await control('deploy?n=1');
  await control('reset');
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(`${site}#/cnn`);
  // The service worker is registered once MNIST is in, and says when everything is cached.
  await expect(first.getByText('The playground is now saved on this device')).toBeVisible({ timeout: 120_000 });
  const firstVisit = await control('bytes');
  // Every file crosses the network once: installing the service worker takes the rest from the HTTP cache.
  const heavy = firstVisit.requests.filter((path) => path.includes('/assets/') || path.endsWith('.idxz'));
  expect(heavy.filter((path, i) => heavy.indexOf(path) !== i)).toEqual([]);
  await first.close();

  await control('reset');
  const second = await context.newPage();
  await second.goto(`${site}#/cnn`);
  await waitUntilTrainable(second);
  const secondVisit = await control('bytes');
  console.log(`first visit: ${firstVisit.bytes} bytes in ${firstVisit.requests.length} requests; second visit: ${secondVisit.bytes} bytes (${secondVisit.requests.join(', ')})`);
  expect(secondVisit.bytes).toBeLessThan(SECOND_VISIT_BUDGET);
  expect(secondVisit.requests.filter((path) => !path.endsWith('/sw.js'))).toEqual([]);

  // No network at all: the server refuses every request and the browser is offline.
  await control('offline?on=1');
  await context.setOffline(true);
  await second.reload();
  await useEveryScreen(second);

  // Back online, a new deployment: the page keeps running the version it has until the reader says so.
  await context.setOffline(false);
  await control('offline?on=0');
  await control('deploy?n=2');
  await second.reload();
  await expect(second.getByText('A new version of the playground is available.')).toBeVisible({ timeout: 60_000 });
  await expect(second.locator('meta[name="deployment"]')).toHaveCount(0);
  await second.getByRole('button', { name: 'Reload to update' }).click();
  await expect(second.locator('meta[name="deployment"]')).toHaveAttribute('content', '2', { timeout: 60_000 });
  // The reload reopens the last screen (Pooling); the new version's lab trains.
  await expect(second.getByRole('main', { name: 'Pooling' })).toBeVisible();
  await second.getByRole('link', { name: 'CNN lab' }).click();
  await waitUntilTrainable(second);
  await context.close();
});
