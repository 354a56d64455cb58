import { expect, test, type Page } from '@playwright/test';
import { ALLOWED_LATIN, watchPage } from './helpers';

/** What a lab's configuration looks like to its user: the summary, the settings and the chosen input. */
async function cnnSummary(page: Page) {
  return {
    preset: await page.getByLabel('Preset').inputValue(),
    total: await page.getByLabel('Total params').textContent(),
    filters: await page.getByLabel('conv1 filters', { exact: true }).inputValue(),
    kernel: await page.getByLabel('conv1 kernel', { exact: true }).inputValue(),
    rate: await page.getByLabel('Learning rate').inputValue(),
    batch: await page.getByLabel('Batch size').inputValue(),
    optimizer: await page.getByLabel('Optimizer').inputValue(),
    seed: await page.getByLabel('Seed', { exact: true }).inputValue(),
    digit: await page.getByRole('group', { name: 'Test digits' }).getByRole('button', { pressed: true }).getAttribute('aria-label'),
  };
}

async function rnnSummary(page: Page) {
  return {
    task: await page.getByLabel('Task', { exact: true }).inputValue(),
    length: await page.getByLabel('Length T').inputValue(),
    cell: await page.getByLabel('Cell', { exact: true }).inputValue(),
    units: await page.getByLabel('Units', { exact: true }).inputValue(),
    rate: await page.getByLabel('Learning rate').inputValue(),
    optimizer: await page.getByLabel('Optimizer').inputValue(),
    clipping: await page.getByLabel('Gradient clipping').isChecked(),
    example: await page.getByRole('group', { name: /examples/i }).getByRole('button', { pressed: true }).getAttribute('aria-label'),
  };
}

async function type(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('a share link opens each screen exactly as it was, in a new browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/cnn');
  await type(page, 'conv1 filters', '12');
  await type(page, 'Learning rate', '0.02');
  await type(page, 'Batch size', '16');
  await page.getByLabel('Optimizer').selectOption('sgd');
  await type(page, 'Seed', '7');
  await page.getByRole('button', { name: /^Test digit 4 / }).click();
  const cnn = await cnnSummary(page);
  expect(cnn).toMatchObject({ preset: '', filters: '12', rate: '0.02', batch: '16', optimizer: 'sgd', seed: '7' });
  await expect.poll(() => page.url()).toContain('&c=');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const cnnLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(cnnLink).toBe(page.url());

  await page.getByRole('link', { name: 'RNN lab' }).click();
  await page.getByLabel('Task', { exact: true }).selectOption('adding');
  await type(page, 'Length T', '40');
  await page.getByLabel('Cell', { exact: true }).selectOption('gru');
  await type(page, 'Units', '24');
  await type(page, 'Learning rate', '0.004');
  await page.getByLabel('Gradient clipping').check();
  await page.getByRole('button', { name: 'Example 3' }).click();
  const rnn = await rnnSummary(page);
  await expect.poll(() => page.url()).toMatch(/#\/rnn\?v=1&lang=en&c=/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const rnnLink = await page.evaluate(() => navigator.clipboard.readText());

  // A new browser profile: nothing in storage, only the links.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const watched = watchPage(other);
  await other.goto(cnnLink);
  await expect.poll(() => cnnSummary(other), { timeout: 60_000 }).toEqual(cnn);
  // Pasted into the same tab, a link opens as it would in a new one.
  await other.goto(rnnLink);
  await expect(other.getByLabel('Cell', { exact: true })).toHaveValue(rnn.cell, { timeout: 60_000 });
  await expect.poll(() => rnnSummary(other), { timeout: 60_000 }).toEqual(rnn);
  await expect(other.getByRole('status').filter({ hasText: 'could not be opened exactly' })).toHaveCount(0);
  expect(watched.errors).toEqual([]);
  await fresh.close();
});

test('a reload restores the last configuration of each screen, and the language', async ({ page }) => {
  await page.goto('./#/cnn');
  await page.getByLabel('Preset').selectOption('relu');
  await type(page, 'Seed', '42');
  await page.getByRole('link', { name: 'RNN lab' }).click();
  await page.getByLabel('Task', { exact: true }).selectOption('delayedRecall');
  await type(page, 'Delay T', '33');
  await page.getByLabel('Language').selectOption('繁體中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  // The address now carries a bare route only: everything comes back from storage.
  await page.goto('./#/rnn');
  await page.reload();
  await expect(page.getByLabel('任務', { exact: true })).toHaveValue('delayedRecall');
  await expect(page.getByLabel('延遲 T')).toHaveValue('33');
  await page.getByRole('link', { name: 'CNN 實驗室' }).click();
  await expect(page.getByLabel('預設組合')).toHaveValue('relu');
  await expect(page.getByLabel('種子', { exact: true })).toHaveValue('42');
  await page.getByLabel('語言（Language）').selectOption('English');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('42');
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const valid = b64(JSON.stringify({ preset: 'relu', seed: 5 }));

/** Twenty damaged links: each must open, with the defaults where it could not be read, and a notice. */
const MALFORMED: [string, string][] = [
  ['truncated', `#/cnn?v=1&lang=en&c=${valid.slice(0, valid.length / 2)}`],
  ['cut inside a character', '#/cnn?v=1&c=eyJzZWVkIjo'],
  ['future version', `#/cnn?v=99&c=${b64(JSON.stringify({ preset: 'gpt-9', hyper: { optimizer: 'lion' } }))}`],
  ['no version', `#/cnn?c=${b64(JSON.stringify({ preset: 42 }))}`],
  ['empty configuration', '#/cnn?v=1&c='],
  ['not base64', '#/cnn?v=1&c=%%%%not*base64'],
  ['an array', `#/cnn?v=1&c=${b64('[1,2,3]')}`],
  ['null', `#/cnn?v=1&c=${b64('null')}`],
  ['a string of JSON', `#/cnn?v=1&c=${b64(JSON.stringify(JSON.stringify({ seed: 1 })))}`],
  ['wrong types', `#/cnn?v=1&c=${b64(JSON.stringify({ preset: true, seed: '7', hyper: { learningRate: '0.1', batchSize: [32], expandedData: 'yes' } }))}`],
  ['huge numbers', `#/cnn?v=1&c=${b64('{"preset":"conv-pool","seed":1e300,"hyper":{"learningRate":1e309,"batchSize":1e15},"input":99999}')}`],
  ['negative numbers', `#/cnn?v=1&c=${b64(JSON.stringify({ preset: 'conv-pool', seed: -1, hyper: { learningRate: -5, l2: -1 } }))}`],
  ['script in values', `#/cnn?v=1&c=${b64(JSON.stringify({ preset: '<script>alert(1)</script>', hyper: { optimizer: '<img src=x onerror=alert(1)>' } }))}`],
  ['script in a layer', `#/cnn?v=1&c=${b64(JSON.stringify({ preset: null, layers: [{ type: '<script>', name: '<script>alert(1)</script>' }] }))}`],
  ['20,000 characters', `#/cnn?v=1&c=${'A'.repeat(20_000)}`],
  ['deep nesting', `#/cnn?v=1&c=${b64(`{"preset":null,"layers":${'['.repeat(500)}${']'.repeat(500)}}`)}`],
  ['broken percent-encoding', '#/cnn?v=1&c=%E0%A4%A&lang=%ZZ'],
  ['impossible RNN task', `#/rnn?v=1&c=${b64(JSON.stringify({ task: { id: 'delayedRecall', delay: 100000, symbols: 1 } }))}`],
  ['unknown RNN cell', `#/rnn?v=1&c=${b64(JSON.stringify({ network: { cell: 'transformer', units: 1e9, layers: 0, bidirectional: 'no', forgetBias: 99 } }))}`],
  ['empty RNN text', `#/rnn?v=1&c=${b64(JSON.stringify({ task: { id: 'text', text: '', length: 2 }, temperature: 'hot' }))}`],
];

test('twenty malformed links each open with defaults and a notice, and nothing crashes', async ({ page }) => {
  test.setTimeout(240_000);
  const watched = watchPage(page);
  page.on('dialog', () => { throw new Error('a link ran a script'); });
  expect(MALFORMED).toHaveLength(20);
  for (const [what, hash] of MALFORMED) {
    await page.goto('about:blank');
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await page.goto(`./${hash}`);
    const notice = page.getByRole('status').filter({ hasText: 'This link could not be opened exactly as it was made.' });
    await expect(notice, what).toBeVisible();
    if (hash.startsWith('#/rnn')) {
      await expect(page.getByLabel('Task', { exact: true }), what).toHaveValue('rowMnist');
      await expect(page.getByLabel('Cell', { exact: true }), what).toHaveValue('lstm');
    } else {
      await expect(page.getByLabel('Preset'), what).toHaveValue('conv-pool');
      await expect(page.getByLabel('Learning rate'), what).toHaveValue('0.001');
      await expect(page.getByLabel('Seed', { exact: true }), what).toHaveValue('1');
    }
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  }
  await page.getByRole('status').filter({ hasText: 'could not be opened exactly' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be opened exactly')).toHaveCount(0);
  expect(watched.errors).toEqual([]);
});


test('the Traditional Chinese page shows no English interface text', async ({ page }) => {
  await page.goto('./#/cnn');
  await page.getByLabel('Language').selectOption('繁體中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('button', { name: '訓練', exact: true })).toBeEnabled({ timeout: 120_000 });
  const englishWords = async () => {
    const text = await page.evaluate(() => document.body.innerText);
    return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !ALLOWED_LATIN.has(word));
  };
  await page.getByRole('button', { name: '訓練', exact: true }).click();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: '暫停', exact: true }).click();
  // Open every explanation too: they are interface text.
  for (const button of await page.getByRole('button', { name: '說明' }).all()) await button.click();
  expect(await englishWords()).toEqual([]);

  await page.getByRole('link', { name: 'RNN 實驗室' }).click();
  await expect(page.getByRole('button', { name: '訓練', exact: true })).toBeEnabled({ timeout: 60_000 });
  await page.getByRole('button', { name: '訓練', exact: true }).click();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: '暫停', exact: true }).click();
  for (const button of await page.getByRole('button', { name: '說明' }).all()) await button.click();
  expect(await englishWords()).toEqual([]);

  // The text task (on the Analects sample) with its generator.
  await page.getByLabel('任務', { exact: true }).selectOption('text');
  await page.locator('#rnn-text-sample').selectOption('chinese');
  await expect(page.getByRole('button', { name: '生成', exact: true })).toBeVisible();
  const collapsed = page.getByRole('button', { name: '說明', expanded: false });
  while ((await collapsed.count()) > 0) await collapsed.first().click();
  expect(await englishWords()).toEqual([]);
});
