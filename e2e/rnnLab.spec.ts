import { expect, test, type Page } from '@playwright/test';
import { readNumber, readout, trainPastStep, waitUntilTrainable, watchPage } from './helpers';

/** Waits until the unrolled view describes the paused network (its last refresh is for the step shown). */
async function viewShowsPausedWeights(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  const region = page.getByRole('region', { name: 'Unrolled network' });
  await expect.poll(async () => {
    const step = (await readout(page, 'Step count').textContent())!;
    return (await region.textContent())!.includes(`Gates after training step ${step}.`);
  }, { timeout: 20_000 }).toBe(true);
}

/** The value a gate cell's accessible name ends with: "forget gate, step 3, unit 5: 0.931" → 0.931. */
async function gateValue(page: Page, name: RegExp): Promise<number> {
  const label = await page.getByLabel(name).getAttribute('aria-label');
  return Number(label!.split(': ').at(-1));
}

test('an LSTM learns row-by-row MNIST, and its gates can be read step by step', async ({ page }) => {
  test.setTimeout(300_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await expect(page.getByLabel('Preset')).toHaveValue('row-mnist-lstm');
  await expect(page.getByLabel('Task', { exact: true })).toHaveValue('rowMnist');
  await expect(page.getByText(/many-to-one/).first()).toBeVisible();
  await expect(page.getByLabel('Cell', { exact: true })).toHaveValue('lstm');
  await waitUntilTrainable(page);
  await expect(readout(page, 'Backend')).toHaveText('WebAssembly');

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Test accuracy')), { timeout: 150_000, intervals: [2000] }).toBeGreaterThan(80);
  expect(await readNumber(readout(page, 'Examples per second'))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  const unrolled = page.getByRole('region', { name: 'Unrolled network' });
  await viewShowsPausedWeights(page);
  await expect(unrolled).toContainText('same weights');
  // Every gate of every step is there as text; gates lie in (0, 1), the hidden state in (−1, 1).
  for (const step of [0, 27]) {
    for (const gate of ['input gate', 'forget gate', 'output gate']) {
      const v = await gateValue(page, new RegExp(`^${gate}, step ${step}, unit 0: `));
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    const h = await gateValue(page, new RegExp(`^hidden state, step ${step}, unit 5: `));
    expect(Math.abs(h)).toBeLessThan(1);
    await gateValue(page, new RegExp(`^cell state, step ${step}, unit 63: `));
  }
  await expect(page.getByLabel(/^forget gate, step 28, unit 0: /)).toHaveCount(0);
  await expect(unrolled.getByRole('img', { name: /^Cell state of unit 0 through time/ })).toBeVisible();

  // Selecting a cell shows its equations with the numbers substituted; h equals o·tanh(c).
  const h27 = await gateValue(page, /^hidden state, step 27, unit 3: /);
  await page.getByLabel(/^hidden state, step 27, unit 3: /).click();
  const equations = page.getByRole('region', { name: /^Gate equations/ });
  await expect(equations).toContainText('step 27, unit 3');
  await expect(equations.locator('.katex').first()).toBeVisible();
  const o = await gateValue(page, /^output gate, step 27, unit 3: /);
  const c = await gateValue(page, /^cell state, step 27, unit 3: /);
  expect(Math.abs(o * Math.tanh(c) - h27)).toBeLessThan(0.002);
  await expect(equations).toContainText(h27.toFixed(3));

  // The keyboard moves the selection too.
  await page.getByRole('grid', { name: /^hidden state over time/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(equations).toContainText('step 26, unit 3');
  await expect(page.getByLabel('Answer', { exact: true })).toHaveText(/^\d \(\d+\.\d% sure\); the right answer is \d$/);
  await page.screenshot({ path: test.info().outputPath('rnn-row-mnist.png'), fullPage: true });
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('a GRU on the adding problem and a bidirectional SimpleRNN on long-delay memory show their gates', async ({ page }) => {
  test.setTimeout(180_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Adding problem' });
  await page.getByLabel('Cell', { exact: true }).selectOption({ label: 'GRU' });
  await page.getByLabel('Units', { exact: true }).fill('16');
  await page.getByLabel('Length T').fill('20');
  await expect(page.getByRole('table', { name: 'Layers and parameters' })).toContainText('3 × (2·16 + 16·16 + 16) = 912');
  await waitUntilTrainable(page);
  await trainPastStep(page, 30);
  await page.getByRole('button', { name: 'Pause' }).click();
  await viewShowsPausedWeights(page);
  await expect(readout(page, 'Test MSE')).toHaveText(/^\d+\.\d{4}$/);
  await expect(readout(page, 'Test accuracy')).toHaveText(/%$/);
  for (const gate of ['update gate', 'reset gate', 'candidate', 'hidden state']) {
    await expect(page.getByLabel(new RegExp(`^${gate}, step 19, unit 15: -?\\d\\.\\d{3}$`))).toHaveCount(1);
  }
  await expect(page.getByLabel(/^forget gate/)).toHaveCount(0);
  await expect(page.getByLabel('Answer', { exact: true })).toHaveText(/^-?\d\.\d{3}; the right answer is \d\.\d{3}$/);

  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Long-delay memory' });
  await page.getByLabel('Cell', { exact: true }).selectOption({ label: 'SimpleRNN' });
  await page.getByLabel('Bidirectional').check();
  await page.getByLabel('Delay T').fill('8');
  await waitUntilTrainable(page);
  await expect(readout(page, 'Step count')).toHaveText('0');
  await trainPastStep(page, 20);
  await page.getByRole('button', { name: 'Pause' }).click();
  await viewShowsPausedWeights(page);
  // Steps 0…9: the symbol, eight distractors, the cue. Both directions are drawn and labelled.
  const forward = await gateValue(page, /^hidden state, step 9, unit 0: /);
  const backward = await gateValue(page, /^backward hidden state, step 0, unit 0: /);
  expect(Math.abs(forward)).toBeLessThan(1);
  expect(Math.abs(backward)).toBeLessThan(1);
  await expect(page.getByLabel(/^backward hidden state, step 9, unit 15: /)).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Unrolled network' }).getByText(/backward \(reads the last step first\)/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('rnn-bidirectional.png'), fullPage: true });
  expect(watched.errors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test('changing the compute backend keeps the trained recurrent network and its step count', async ({ page }) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await page.getByLabel('Preset').selectOption({ label: 'Long delay (T = 50): LSTM' });
  await page.getByLabel('Delay T').fill('10');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Test accuracy')), { timeout: 60_000 }).toBeGreaterThan(90);
  await page.getByRole('button', { name: 'Pause' }).click();
  await viewShowsPausedWeights(page);
  const step = await readNumber(readout(page, 'Step count'));
  await page.getByLabel('Compute backend').selectOption({ label: 'CPU' });
  await expect(readout(page, 'Backend')).toHaveText('CPU');
  await expect(page.getByText('You chose CPU.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBe(step + 1);
  // Still the trained network: a pause re-evaluates the test set with the weights now on the CPU
  // backend, and a fresh network would score about 25 %.
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(step + 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await viewShowsPausedWeights(page);
  await expect(page.getByText(/on 512 fixed test sequences/)).toBeVisible();
  expect(await readNumber(readout(page, 'Test accuracy'))).toBeGreaterThan(90);
  expect(watched.errors).toEqual([]);
});

test('a network too big to draw whole is drawn through a window that the user moves', async ({ page }) => {
  test.setTimeout(120_000);
  const watched = watchPage(page);
  await page.goto('./#/rnn');
  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Next value of a signal' });
  await page.getByLabel('Length T').fill('150');
  await page.getByLabel('Units', { exact: true }).fill('80');
  await page.getByLabel('Recurrent layers').fill('3');
  await page.getByLabel('Bidirectional').check();
  await waitUntilTrainable(page);
  const region = page.getByRole('region', { name: 'Unrolled network' });
  await expect(region.getByText('Units 0–63 of 80')).toBeVisible({ timeout: 30_000 });
  await expect(region.getByText('Steps 0–99 of 150')).toBeVisible();
  // One layer at a time: 3 layers × 2 directions × 6 rows × 64 units × 100 steps would be 230,400 cells.
  await expect(page.getByLabel(/^forget gate, step 99, unit 63: /)).toHaveCount(1);
  await expect(page.getByLabel(/^layer 2 forget gate/)).toHaveCount(0);
  await region.getByRole('button', { name: 'Later units' }).click();
  await region.getByRole('button', { name: 'Later steps' }).click();
  await expect(region.getByText('Units 16–79 of 80')).toBeVisible();
  await expect(region.getByText('Steps 50–149 of 150')).toBeVisible();
  await expect(page.getByLabel(/^backward forget gate, step 149, unit 79: /)).toHaveCount(1);
  await region.getByLabel('Layer shown').selectOption({ label: 'Layer 3' });
  await expect(page.getByLabel(/^layer 3 backward hidden state, step 50, unit 16: /)).toHaveCount(1);
  await page.getByLabel(/^layer 3 backward hidden state, step 50, unit 16: /).click();
  await expect(page.getByRole('region', { name: /^Gate equations/ })).toContainText('layer 3 backward, step 50, unit 16');
  expect(watched.errors).toEqual([]);
});
