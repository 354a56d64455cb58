import { expect, test, type Page } from '@playwright/test';
import { ALLOWED_LATIN, axeViolations, choosePreferences, watchPage } from './helpers';

/** A number as the page writes it ("138,357,544") → 138357544. */
const numberIn = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

/** The Layers table's last row: "Total" and the totals, read as the user sees them. */
async function totalRow(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Layers' }).getByRole('row');
  const last = rows.last();
  return [await last.getByRole('rowheader').textContent() ?? '', ...(await last.getByRole('cell').allTextContents())];
}

test('VGG-16: the total parameter count, and every number follows the input size', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./#/arch');
  await expect(page.getByRole('link', { name: 'Architectures' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Architecture', { exact: true }).selectOption({ label: 'VGG-16' });
  await expect(page.getByLabel('Input size')).toHaveValue('224');
  const total = await totalRow(page);
  expect(total[0]).toBe('Total');
  // Keras Applications VGG16: 138,357,544 parameters.
  expect(numberIn(total[3]!)).toBe(138_357_544);
  await expect(page.getByText('The computed total equals the published figure.')).toBeVisible();
  // The first dense layer at 224: 7·7·512 inputs → 4096 units.
  const fc1 = page.getByRole('table', { name: 'Layers' }).getByRole('row', { name: /^fc1/ });
  await expect(fc1).toContainText('102,764,544');
  // Analysed, and it says why the lab would not train it.
  await expect(page.getByText(/^Analysed only, not trained in this page: 138,357,544 parameters is more than this page trains \(5,000,000\)/)).toBeVisible();

  const input = page.getByLabel('Input size');
  await input.fill('160');
  await input.press('Enter');
  // At 160 the last feature map is 5×5×512: fc1 has (5·5·512 + 1)·4096 = 52,432,896 parameters.
  await expect(fc1).toContainText('52,432,896');
  expect(numberIn((await totalRow(page))[3]!)).toBe(138_357_544 - 102_764_544 + 52_432_896);
  await expect(page.getByText('The published figure is for a 224×224 input.')).toBeVisible();

  // Too small for five 2×2 poolings: explained, and the settings stay.
  await input.fill('16');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toContainText('cannot be analysed at this size');
  await expect(page.getByLabel('Architecture', { exact: true })).toHaveValue('vgg16');
  await input.fill('224');
  await input.press('Enter');
  await expect(page.getByRole('table', { name: 'Layers' })).toBeVisible();
  expect(watched.errors).toEqual([]);
});

test('sorting the layers, the cost chart and a residual block opening into its paths', async ({ page }) => {
  await page.goto('./#/arch');
  await page.getByLabel('Architecture', { exact: true }).selectOption({ label: 'VGG-16' });
  await page.getByRole('button', { name: 'Sort by Parameters' }).click();
  const firstRow = page.getByRole('table', { name: 'Layers' }).getByRole('row').nth(1);
  // Sorted from the largest: the first dense layer holds most of VGG-16's weights.
  await expect(firstRow.getByRole('rowheader')).toHaveText(/^fc1/);
  await expect(page.getByRole('img', { name: /Parameters of VGG-16/ })).toBeVisible();

  await page.getByLabel('Architecture', { exact: true }).selectOption({ label: 'ResNet-50' });
  const open = page.getByRole('button', { name: /^Show the paths of / }).first();
  await open.click();
  await expect(page.getByRole('img', { name: /^The paths of .*, drawn as a graph$/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Hide the paths of / }).first()).toHaveAttribute('aria-expanded', 'true');

  // MobileNet v1: a depthwise step and its pointwise 1×1 convolution are one unit, opening into its layers.
  await page.getByLabel('Architecture', { exact: true }).selectOption({ label: 'MobileNet v1' });
  const unit = page.getByRole('button', { name: /^Show the layers of the unit ending in / }).first();
  await expect(unit).toContainText('Depthwise-separable convolution: 6 layers → 112×112×64');
  await unit.click();
  const layers = page.getByRole('list', { name: /^The layers of the unit ending in / });
  await expect(layers.getByRole('listitem')).toHaveCount(6);
  await expect(layers.getByRole('listitem').first()).toContainText('DepthwiseConv2D · 112×112×32');
});

test('the Inception comparison: naive and bottleneck multiply-adds', async ({ page }) => {
  await page.goto('./#/arch');
  const naive = numberIn(await page.getByLabel('Naive multiply-adds').textContent());
  const bottleneck = numberIn(await page.getByLabel('Bottleneck multiply-adds').textContent());
  expect(naive).toBeGreaterThan(bottleneck);
  expect(bottleneck).toBeGreaterThan(0);
});

test('LeNet-5 opens in the CNN lab, ready to train', async ({ page }) => {
  await page.goto('./#/arch');
  await page.getByLabel('Architecture', { exact: true }).selectOption({ label: 'LeNet-5' });
  await expect(page.getByText('The computed total equals the published figure.')).toBeVisible();
  await page.getByRole('button', { name: 'Train LeNet-5 in the CNN lab' }).click();
  await expect(page).toHaveURL(/#\/cnn/);
  await expect(page.getByLabel('Preset')).toHaveValue('lenet5');
  await expect(page.getByLabel('Total params')).toHaveText('61,706');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 120_000 });
});

test('a share link reopens the explorer as it was, and a reload keeps it', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/arch');
  await page.getByLabel('Architecture', { exact: true }).selectOption({ label: 'MobileNet v2' });
  await page.getByLabel('Width multiplier α').selectOption('0.5');
  await page.getByLabel('Input size').fill('160');
  await page.getByLabel('Input size').press('Enter');
  const total = (await totalRow(page))[3];
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.reload();
  await expect(page.getByLabel('Input size')).toHaveValue('160');
  expect((await totalRow(page))[3]).toBe(total);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const watched = watchPage(other);
  await other.goto(link);
  await expect(other.getByLabel('Architecture', { exact: true })).toHaveValue('mobilenetV2');
  await expect(other.getByLabel('Width multiplier α')).toHaveValue('0.5');
  await expect(other.getByLabel('Input size')).toHaveValue('160');
  expect((await totalRow(other))[3]).toBe(total);
  expect(watched.errors).toEqual([]);
  await fresh.close();
});

for (const [locale, theme] of [['en', 'light'], ['zh-TW', 'dark']] as const) {
  test(`axe finds nothing on the explorer, with a block open (${locale}, ${theme})`, async ({ page }) => {
    await choosePreferences(page, locale, theme);
    await page.goto('./#/arch');
    await page.locator('#arch-architecture').selectOption('googlenet');
    await page.locator('.flow-block').getByRole('button').first().click();
    await expect(page.locator('.flow-block').getByRole('button', { expanded: true })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('keyboard only: choose a network, sort and open a block; no English on the Chinese page', async ({ page }) => {
  await choosePreferences(page, 'zh-TW', 'light');
  await page.goto('./#/arch');
  const select = page.locator('#arch-architecture');
  await select.focus();
  await select.selectOption('resnet18');
  // The input size's explanation comes first, then the field itself.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#arch-input-size')).toBeFocused();
  const block = page.locator('.flow-block').getByRole('button').first();
  await block.focus();
  await page.keyboard.press('Enter');
  await expect(block).toHaveAttribute('aria-expanded', 'true');
  // Layer names are identifiers from the reference code (conv2_block1_1_conv …), not interface text.
  const names = [
    ...(await page.getByRole('table').first().getByRole('rowheader').allTextContents()),
    ...(await page.getByRole('img').locator('text').allTextContents()),
  ].join(' ');
  const identifiers = new Set(names.match(/[A-Za-z]{2,}/g) ?? []);
  const text = await page.evaluate(() => document.body.innerText);
  const latin = [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !ALLOWED_LATIN.has(w) && !identifiers.has(w));
  expect(latin).toEqual([]);
});
