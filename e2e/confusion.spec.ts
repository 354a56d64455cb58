import { expect, test } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

test('the confusion matrix counts all 10,000 test digits and opens the misclassified ones', async ({ page }) => {
  test.setTimeout(180_000);
  const watched = watchPage(page);
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Fully connected 784-100-10 (sigmoid)' });
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 60_000 }).toBeGreaterThan(150);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Evaluate all 10,000 now' }).click();

  const matrix = page.getByRole('table', { name: 'Confusion matrix' });
  await expect(matrix).toBeVisible({ timeout: 60_000 });
  const cells = matrix.getByRole('button', { name: /^true \d, predicted \d: \d+$/ });
  await expect(cells).toHaveCount(100);
  const names = await cells.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  const counts = names.map((n) => Number(n.split(': ')[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  await expect(readout(page, 'Test accuracy')).toHaveText(/%$/);
  await expect(page.getByText(/of the 10,000 test digits right/)).toBeVisible();

  // The biggest mistake: open it, then look inside the network with one of its digits.
  const offDiagonal = names.map((n, i) => ({ n, count: counts[i]!, diagonal: Math.floor(i / 10) === i % 10 })).filter((c) => !c.diagonal);
  const worst = offDiagonal.sort((a, b) => b.count - a.count)[0]!;
  expect(worst.count).toBeGreaterThan(0);
  await matrix.getByRole('button', { name: worst.n, exact: true }).click();
  const examples = page.getByRole('region', { name: 'Digits in the chosen cell' });
  const [truth, predicted] = worst.n.match(/\d/g)!;
  await expect(examples).toContainText(`True ${truth}, predicted ${predicted}: ${worst.count} image`);
  const digits = examples.getByRole('button', { name: new RegExp(`^Test image \\d+: true ${truth}, predicted ${predicted}$`) });
  await expect(digits).toHaveCount(Math.min(worst.count, 64));
  await digits.first().click();
  await expect(page.getByLabel('Prediction')).toHaveText(new RegExp(`^${predicted} \\(`));
  expect(watched.errors).toEqual([]);
});
