/**
 * The "through time" lessons, driven as a student would: the gradients chart, SimpleRNN and LSTM
 * side by side, exploding gradients with and without clipping, and a character model trained on
 * pasted text that writes new text (English and Chinese).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

/** A readout that shows numbers like "3.2e-7", "0.412" or "×0.871". */
async function readMagnitude(locator: Locator): Promise<number> {
  const text = ((await locator.textContent()) ?? '').replace(/[×,\s]/g, '');
  return Number(text);
}

async function choosePreset(page: Page, label: string): Promise<void> {
  await page.getByLabel('Preset').selectOption({ label });
  await waitUntilTrainable(page);
}

async function trainFor(page: Page, steps: number): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 60_000 }).toBeGreaterThan(steps);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
}

test('the gradients chart reads ‖∂L/∂hₜ‖ at the first and last step, on hover, and follows training', async ({ page }) => {
  test.setTimeout(180_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await choosePreset(page, 'Long delay (T = 50): plain RNN, for contrast');
  const region = page.getByRole('region', { name: 'Gradients through time' });
  await expect(region.getByLabel('Last step')).not.toHaveText('—', { timeout: 30_000 });
  const first = await readMagnitude(region.getByLabel('First step'));
  const last = await readMagnitude(region.getByLabel('Last step'));
  await expect(region.getByText('t = 51', { exact: true })).toBeVisible();
  const ratio = await readMagnitude(region.getByLabel('First ÷ last'));
  expect(first).toBeGreaterThan(0);
  expect(last).toBeGreaterThan(0);
  expect(Math.abs(ratio - first / last) / ratio).toBeLessThan(0.1);
  await expect(region).toContainText('spectral radius');

  // Hovering the chart (or the step slider) writes out that step's value and its ratio to the last.
  const chart = region.getByRole('figure', { name: 'Gradients through time' });
  const box = (await chart.locator('svg').boundingBox())!;
  await chart.locator('svg').hover({ position: { x: box.width - 24, y: box.height / 2 } });
  await expect(region.getByText(/^Step (4\d|5[01]): ‖∂L\/∂hₜ‖ = /)).toBeVisible();
  await region.getByLabel('Step shown').fill('0');
  await expect(region.getByText(/^Step 0: ‖∂L\/∂hₜ‖ = .*× the last step's\.$/)).toBeVisible();

  const before = await region.getByLabel('First ÷ last').textContent();
  await trainFor(page, 60);
  await expect.poll(() => region.getByLabel('First ÷ last').textContent(), { timeout: 20_000 }).not.toBe(before);
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('compare mode trains a SimpleRNN and an LSTM side by side, with a live delay', async ({ page }) => {
  test.setTimeout(240_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Compare SimpleRNN and LSTM' }).click();
  const compare = page.getByRole('region', { name: 'SimpleRNN vs LSTM, side by side' });
  await expect(compare.getByLabel('Delay T')).toHaveValue('50');
  await expect(compare.getByRole('button', { name: 'Train both' })).toBeEnabled({ timeout: 30_000 });
  await compare.getByRole('button', { name: 'Train both' }).click();
  const simple = compare.getByRole('region', { name: 'SimpleRNN network' });
  const lstm = compare.getByRole('region', { name: 'LSTM network' });
  for (const column of [simple, lstm]) {
    await expect(column.getByText(/test accuracy \d+%/)).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => readMagnitude(column.getByLabel('First ÷ last')), { timeout: 30_000 }).toBeGreaterThan(0);
  }
  await expect(compare.getByRole('figure', { name: 'Accuracy of both networks' })).toContainText('SimpleRNN');
  await expect(compare.getByRole('figure', { name: 'Accuracy of both networks' })).toContainText('LSTM');
  await expect(compare.getByRole('figure', { name: 'Gradients through time' })).toHaveCount(2);

  // A shorter delay, live: the step counts go on from where they were instead of starting again.
  const stepOf = async (column: Locator) => Number(/step ([\d,]+)/.exec((await column.getByText(/: step [\d,]+, test accuracy/).textContent())!)![1]!.replace(/,/g, ''));
  const before = await stepOf(lstm);
  await compare.getByLabel('Delay T').fill('10');
  await expect(compare.getByText('t = 11', { exact: true })).toHaveCount(2, { timeout: 30_000 });
  expect(await stepOf(lstm)).toBeGreaterThanOrEqual(before);
  await compare.getByRole('button', { name: 'Pause both' }).click();
  await expect(compare.getByRole('button', { name: 'Train both' })).toBeEnabled();
  expect(watched.errors).toEqual([]);
});

test('an exploding plain RNN blows up without clipping and stays stable with it', async ({ page }) => {
  test.setTimeout(180_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await choosePreset(page, 'Exploding gradients: plain RNN, U × 1.5, SGD');
  await expect(page.getByLabel('Gradient clipping')).not.toBeChecked();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // Without clipping the run diverges: the app stops it and says why.
  const alert = page.getByRole('alert').filter({ hasText: /learning rate/i });
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(alert).toContainText('or tick Gradient clipping');
  expect(await readMagnitude(readout(page, 'Gradient norm'))).toBeGreaterThan(1000);

  await page.getByLabel('Gradient clipping').check();
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitUntilTrainable(page);
  await trainFor(page, 150);
  await expect(page.getByRole('alert').filter({ hasText: /learning rate/i })).toHaveCount(0);
  expect(await readNumber(readout(page, 'Clipped steps'))).toBeGreaterThan(0);
  const loss = await readNumber(readout(page, 'Loss'));
  expect(loss).toBeLessThan(2);
  await expect(page.getByRole('figure', { name: 'Gradient norm chart' })).toContainText('clipped here');
  expect(watched.errors).toEqual([]);
});

const ENGLISH = 'the cat sat on the mat. the dog sat on the log. the cat and the dog ran to the sun. '.repeat(6);
const CHINESE = '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？'.repeat(8);

async function trainTextAndGenerate(page: Page, text: string): Promise<string> {
  await page.getByLabel('Training text').fill(text);
  await waitUntilTrainable(page);
  // A few dozen steps: what is checked is the characters the model writes, not their quality.
  await trainFor(page, 30);
  const seed = await page.getByLabel('Seed text').inputValue();
  await page.getByRole('button', { name: 'Generate' }).click();
  const output = page.getByRole('status', { name: 'Generated text' });
  await expect(output).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const written = ((await output.textContent()) ?? '');
  expect(written.startsWith(seed)).toBe(true);
  return written.slice(seed.length);
}

test('a character model trained on pasted text writes new text from its own characters, in English and Chinese', async ({ page }) => {
  test.setTimeout(240_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await waitUntilTrainable(page);
  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Your own text' });
  await page.getByLabel('Cell', { exact: true }).selectOption({ label: 'LSTM' });

  // Bad text is refused with a reason, and nothing trains until it is fixed.
  await page.getByLabel('Training text').fill('');
  await expect(page.getByRole('alert').filter({ hasText: 'The training text is empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await page.getByLabel('Training text').fill('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  await expect(page.getByRole('alert').filter({ hasText: 'only one character' })).toBeVisible();

  await page.getByLabel('Seed text').fill('the c');
  const english = await trainTextAndGenerate(page, ENGLISH);
  expect(Array.from(english).length).toBe(200);
  const allowed = new Set(Array.from(ENGLISH));
  expect(Array.from(english).filter((c) => !allowed.has(c))).toEqual([]);
  await expect(readout(page, 'Test bits per character')).not.toHaveText('—');

  // The English seed has no character of the Chinese text, so the text's own opening becomes the seed.
  await page.getByLabel('Training text').fill(CHINESE);
  await expect(page.getByLabel('Seed text')).toHaveValue(/^學而時習之/);
  const chinese = await trainTextAndGenerate(page, CHINESE);
  const han = Array.from(chinese).filter((c) => /\p{Script=Han}/u.test(c));
  expect(han.length).toBeGreaterThan(50);
  const allowedHan = new Set(Array.from(CHINESE));
  expect(Array.from(chinese).filter((c) => !allowedHan.has(c))).toEqual([]);
  // The unrolled view reads the text one character per column.
  await expect(page.getByRole('list', { name: 'character read' })).toBeVisible();
  expect(watched.errors).toEqual([]);
});
