import { expect, test } from '@playwright/test';
import { readout, waitUntilTrainable } from './helpers';

// A first visit: nothing remembered (the other tests start as repeat visits, see rememberBackend.setup.ts).
test.use({ storageState: { cookies: [], origins: [] } });

test('Auto measures the backends on a first visit, remembers the verdict for the next, and measures again on request', async ({ page }) => {
  await page.goto('./');
  await waitUntilTrainable(page);
  const reason = page.getByText(/^Auto: /);
  await expect(reason).toContainText(/faster than WebGL on the software renderer \w+ in a \d+\.\d s trial\.$/);
  await expect(page.getByRole('button', { name: 'Measure again' })).toHaveCount(0);
  const firstVerdict = (await reason.textContent())!;

  await page.reload();
  await waitUntilTrainable(page);
  // The same verdict, said to come from the earlier visit, without a new trial.
  await expect(reason).toHaveText(`${firstVerdict.replace(/\.$/, '')} on an earlier visit in this browser. Measure again`);
  await expect(readout(page, 'Backend')).toHaveText('WebAssembly');

  await page.getByRole('button', { name: 'Measure again' }).click();
  await expect(reason).toContainText(/in a \d+\.\d s trial\.$/);
  await expect(page.getByRole('button', { name: 'Measure again' })).toHaveCount(0);
  await waitUntilTrainable(page);
});
