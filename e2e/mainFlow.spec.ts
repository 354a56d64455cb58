import { expect, test } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

/**
 * Learning is measured in steps, not seconds, so a slow machine takes longer but asserts the same:
 * with Adam at 0.001 and batches of 32, conv-pool passes 85 % test accuracy within about 600
 * steps. SwiftShader WebGL trains ~5× slower here, so it trains fewer steps to a lower bar.
 */
const flows = [
  // Auto picks WebAssembly on this software-rendered machine.
  { choice: 'Auto', expectedBackend: 'WebAssembly', trainSteps: 600, minAccuracy: 85 },
  { choice: 'WebGL', expectedBackend: 'WebGL', trainSteps: 120, minAccuracy: 40 },
];

for (const flow of flows) {
  test(`trains the conv-pool preset on MNIST with the backend set to ${flow.choice}`, async ({ page }) => {
    test.setTimeout(240_000);
    const watched = watchPage(page);
    await page.goto('./');

    await expect(page.getByRole('progressbar', { name: 'MNIST download' })).toBeVisible();
    await page.getByLabel('Preset').selectOption({ label: '+ conv-pool (20 filters 5×5, max-pool 2×2)' });
    await expect(page.getByRole('table', { name: 'Model summary' })).toContainText('289,630');
    if (flow.choice !== 'Auto') await page.getByLabel('Compute backend').selectOption({ label: flow.choice });
    await waitUntilTrainable(page);
    await expect(readout(page, 'Backend')).toHaveText(flow.expectedBackend);
    await expect(page.getByText(flow.choice === 'Auto' ? /^Auto: / : /^You chose WebGL/)).toBeVisible();
    await expect(readout(page, 'Step count')).toHaveText('0');

    const train = page.getByRole('button', { name: 'Train', exact: true });
    await train.click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
    await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 60_000 }).toBeGreaterThan(5);
    const earlyLoss = await readNumber(readout(page, 'Loss'));
    const earlyStep = await readNumber(readout(page, 'Step count'));
    await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 150_000 }).toBeGreaterThan(Math.max(earlyStep, flow.trainSteps));
    expect(await readNumber(readout(page, 'Examples per second'))).toBeGreaterThan(0);

    // Pause freezes the step counter, and the test readout is refreshed for the paused weights.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(train).toBeEnabled();
    const pausedStep = await readNumber(readout(page, 'Step count'));
    await page.waitForTimeout(1500);
    expect(await readNumber(readout(page, 'Step count'))).toBe(pausedStep);
    expect(await readNumber(readout(page, 'Loss'))).toBeLessThan(earlyLoss);
    await expect.poll(() => readNumber(readout(page, 'Test accuracy')), { timeout: 30_000 }).toBeGreaterThan(flow.minAccuracy);
    await expect(readout(page, 'Test accuracy')).toHaveText(/^\d{1,3}\.\d\d%$/);
    await expect(page.getByRole('figure', { name: 'Accuracy chart' })).toContainText('notes\' reference: 98.78%');
    await expect(page.getByRole('figure', { name: 'Cost chart' })).toContainText(/Latest training cost \d\.\d{4} at step \d+/);
    await page.screenshot({ path: test.info().outputPath(`trained-${flow.choice}.png`), fullPage: true });

    // Step runs exactly one batch.
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(readout(page, 'Step count')).toHaveText(String(pausedStep + 1).replace(/\B(?=(\d{3})+(?!\d))/g, ','));

    // Reset goes back to step 0 with fresh weights.
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(readout(page, 'Step count')).toHaveText('0');
    await expect(readout(page, 'Loss')).toHaveText('—');

    // An impossible edit is flagged on its row with the failing arithmetic, and Train is disabled.
    await page.getByLabel('conv1 kernel').fill('30');
    const problem = page.getByRole('alert').filter({ hasText: 'conv1' });
    await expect(problem).toContainText('does not fit a 28×28 input');
    await expect(problem).toContainText('⌊(28 − 30) / 1⌋ + 1 = -1');
    await expect(train).toBeDisabled();
    await page.getByLabel('conv1 kernel').fill('5');
    await expect(problem).toHaveCount(0);
    await waitUntilTrainable(page);

    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}
