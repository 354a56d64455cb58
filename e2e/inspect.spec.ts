import { expect, test } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

test('look inside the two-conv-pool network: feature maps, receptive fields and a drawn digit', async ({ page }) => {
  test.setTimeout(180_000);
  const watched = watchPage(page);
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: '+ second conv-pool (40 filters)' });
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 60_000 }).toBeGreaterThan(60);
  await page.getByRole('button', { name: 'Pause' }).click();

  // A test digit is the default input: every layer has a view and the prediction starts with a digit.
  await expect(page.getByLabel('Prediction')).toHaveText(/^\d \(/);
  const conv2 = page.getByLabel(/^conv2 feature maps/);
  await expect(conv2).toBeVisible();
  await conv2.focus();
  await page.keyboard.press('Home');
  await expect(page.getByLabel('Selected unit')).toHaveText(/^conv2, channel 0, row 0, column 0/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(page.getByLabel('Selected unit')).toHaveText(/^conv2, channel 1, row 1, column 2/);
  // conv 5×5 → pool 2×2 → conv 5×5: size 1 + 4·1 + 1·1 + 4·2 = 14, jump 2; row 1 → 2–15, column 2 → 4–17.
  const field = page.getByRole('region', { name: 'Receptive field' });
  await expect(field).toContainText('rows 2–15, columns 4–17');
  await expect(field).toContainText('14×14');
  // The formulas are typeset by KaTeX; its MathML keeps the TeX they were made from.
  await expect(field.locator('annotation').first()).toHaveText('r = 1 + \\sum_l (k_l - 1)\\, j_{l-1} = 1 + (5 - 1)\\cdot 1 + (2 - 1)\\cdot 1 + (5 - 1)\\cdot 2 = 14');

  // The effective receptive field: a gradient heatmap over the input.
  await page.getByLabel('Show the effective receptive field (gradient)').check();
  await expect(page.getByRole('img', { name: /^Effective receptive field/ })).toBeVisible();
  await expect(page.getByText(/^Purple: brighter ink would lower the unit/)).toBeVisible();

  // Clicking a unit of pool1 selects it too.
  const pool1 = page.getByLabel(/^pool1 feature maps/);
  const box = (await pool1.boundingBox())!;
  await pool1.click({ position: { x: 2, y: 2 } });
  await expect(page.getByLabel('Selected unit')).toHaveText(/^pool1, channel 0, row 0, column 0/);
  expect(box.width).toBeGreaterThan(0);
  // Its max-pooling window in conv1: four values, the winner marked, and the model's own output equal to the max.
  const pooling = page.getByRole('region', { name: 'Pooling window' });
  await expect(pooling).toContainText('window of pool1 in conv1, channel 0, rows 0–1, columns 0–1');
  const formula = (await pooling.locator('annotation').textContent())!;
  const [, listed, result] = formula.match(/^\\max\((.*)\) = (-?\d+\.\d+)$/)!;
  const values = listed!.split(',\\ ').map(Number);
  expect(values).toHaveLength(4);
  expect(Math.max(...values).toFixed(3)).toBe(result);
  await expect(pooling.getByRole('cell', { name: `winner ${result}` })).toBeVisible();
  await expect(pooling).toContainText(`The model's own output for this unit: ${result}`);

  // Draw a "1": an empty pad shows a prompt; a stroke gives a prediction and different feature maps.
  const conv1 = page.getByLabel(/^conv1 feature maps/);
  const withTestDigit = await conv1.screenshot();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByLabel('Prediction')).toHaveText(/^Draw a digit/);
  await expect(conv1).toHaveCount(0);
  const pad = page.getByLabel('Drawing pad');
  await pad.scrollIntoViewIfNeeded();
  const p = (await pad.boundingBox())!;
  await page.mouse.move(p.x + p.width / 2, p.y + 25);
  await page.mouse.down();
  await page.mouse.move(p.x + p.width / 2 + 4, p.y + p.height - 25, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByLabel('Prediction')).toHaveText(/^\d \(\d+\.\d% sure\)/);
  await expect(page.getByRole('img', { name: 'Your drawing, preprocessed to 28×28' })).toBeVisible();
  await expect(conv1).toBeVisible();
  await expect.poll(async () => Buffer.compare(await conv1.screenshot(), withTestDigit) !== 0).toBe(true);
  await page.screenshot({ path: test.info().outputPath('inside.png'), fullPage: true });
  expect(watched.errors).toEqual([]);
});
