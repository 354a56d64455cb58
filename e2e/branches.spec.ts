import { expect, test } from '@playwright/test';
import { readNumber, readout, trainPastStep, waitUntilTrainable, watchPage } from './helpers';

test('train a mini ResNet: skip connections in the table, feature maps of the sum, its receptive field, and edits that keep the wiring', async ({ page }) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Mini ResNet (2 residual blocks with skip connections)' });
  await waitUntilTrainable(page);

  // The residual add reads the block's second convolution and the skip from the stem.
  const addInputs = page.getByRole('textbox', { name: 'block1Add inputs' });
  await expect(addInputs).toHaveValue('block1b, stem');
  await expect(page.getByRole('textbox', { name: 'block2Add inputs' })).toHaveValue('block2b, pool1');

  await trainPastStep(page, 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(3);

  // The sum's feature maps, and a unit of it: its field is the widest path's, 3 + 2 + 2 = 7 pixels.
  const sum = page.getByLabel(/^block1Add feature maps/);
  await expect(sum).toBeVisible();
  await sum.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByLabel('Selected unit')).toHaveText(/^block1Add, channel 0, row 5, column 5/);
  const field = page.getByRole('region', { name: 'Receptive field' });
  await expect(field).toContainText('rows 2–8, columns 2–8');
  await expect(field).toContainText('7×7');

  // Removing the block's second convolution: the add now reads what it read, and the skip stays.
  await page.getByRole('button', { name: 'Remove block1b' }).click();
  await expect(addInputs).toHaveValue('block1a, stem');
  await waitUntilTrainable(page);

  // A name that is not a layer above: the row says so, training waits, the text stays as typed.
  await addInputs.fill('nope, stem');
  await addInputs.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '"nope" is not a layer above this one' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await expect(addInputs).toHaveValue('nope, stem');
  await addInputs.fill('block1a, stem');
  await addInputs.press('Enter');
  await waitUntilTrainable(page);
  expect(watched.errors).toEqual([]);
});

test('an Inception module: parallel branches concatenated, and the pooling branch\'s window read from the layer it pools', async ({ page }) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Inception module (1×1, 3×3, 5×5 and pooling branches)' });
  await waitUntilTrainable(page);
  await expect(page.getByRole('textbox', { name: 'inception inputs' })).toHaveValue('branch1x1, branch3x3, branch5x5, poolProjection');
  await expect(page.getByRole('row', { name: /^inception/ }).getByRole('cell').first()).toHaveText('(None, 12, 12, 20)');

  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(0);
  const branchPool = page.getByLabel(/^branchPool feature maps/);
  await expect(branchPool).toBeVisible();
  await branchPool.focus();
  await page.keyboard.press('Home');
  // A same-padded 3×3 window at the corner covers only the 2×2 cells inside the map.
  const pooling = page.getByRole('region', { name: 'Pooling window' });
  await expect(pooling).toContainText('window of branchPool in pool1, channel 0, rows 0–1, columns 0–1');
  const formula = (await pooling.locator('annotation').textContent())!;
  const [, listed, result] = formula.match(/^\\max\((.*)\) = (-?\d+\.\d+)$/)!;
  expect(listed!.split(',\\ ')).toHaveLength(4);
  await expect(pooling).toContainText(`The model's own output for this unit: ${result}`);
  expect(watched.errors).toEqual([]);
});
