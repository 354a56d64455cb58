import { expect, test } from '@playwright/test';

test('each preset shows its Keras-style summary and computed totals', async ({ page }) => {
  await page.goto('./');
  const table = page.getByRole('table', { name: 'Model summary' });
  await page.getByLabel('Preset').selectOption({ label: 'LeNet-5 (tanh, average pooling, 32×32 input)' });
  await expect(table.getByRole('row', { name: /^pad/ })).toContainText('(None, 32, 32, 1)');
  await expect(table.getByRole('row', { name: /^conv3/ })).toContainText('(None, 1, 1, 120)');
  await expect(table.getByRole('row', { name: /^conv3/ })).toContainText('48,120');
  await expect(page.getByLabel('Total params')).toHaveText('61,706');
  await expect(page.getByText('The notes give no test accuracy for this network.')).toBeVisible();

  await page.getByLabel('Preset').selectOption({ label: 'Fully connected 784-100-10 (sigmoid)' });
  await expect(page.getByLabel('Total params')).toHaveText('79,510');
  await expect(page.getByText(/Reference: 97\.80% test accuracy/)).toBeVisible();
});

test('layers can be added, edited, moved and removed, with shapes recomputed', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: '+ conv-pool (20 filters 5×5, max-pool 2×2)' });
  await page.getByLabel('Layer type to add').selectOption({ label: 'Dropout' });
  await page.getByRole('button', { name: 'Add layer' }).click();
  const table = page.getByRole('table', { name: 'Model summary' });
  await expect(table.getByRole('row', { name: /^dropout1/ })).toContainText('(None, 100)');
  await expect(page.getByLabel('Preset')).toHaveValue('');

  await page.getByLabel('conv1 padding').selectOption('same');
  await expect(table.getByRole('row', { name: /^pool1/ })).toContainText('(None, 14, 14, 20)');
  await expect(page.getByLabel('Total params')).toHaveText('393,630');

  // Moving flatten above the pooling layer makes pooling impossible: flagged, never thrown.
  await page.getByRole('button', { name: 'Move flatten up' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'pool1' })).toContainText('pooling needs an image-shaped input');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Remove pool1' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(table.getByRole('row', { name: /^flatten/ })).toContainText('(None, 15680)');
});
