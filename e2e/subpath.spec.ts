import { expect, test } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../playwright.config';
import { readout, waitUntilTrainable, watchPage } from './helpers';

const site = `http://localhost:${SUBPATH_PORT}${SUBPATH}`;

test('the production build works from a sub-path, as on GitHub Pages: both labs train, every request stays under it', async ({ page }) => {
  const watched = watchPage(page);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(site).origin && !url.pathname.startsWith(SUBPATH)) outside.push(url.pathname);
  });
  await page.goto(`${site}#/cnn`);
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await page.getByRole('link', { name: 'RNN lab' }).click();
  await expect(page.getByRole('main', { name: 'RNN lab' })).toBeVisible();
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  // A share link made here opens here.
  await expect.poll(() => page.url()).toMatch(new RegExp(`^${site}#/rnn\\?v=1&`));
  expect(outside).toEqual([]);
  expect(watched.errors).toEqual([]);
});
