import { expect, test } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

for (const viewport of [{ name: 'phone', width: 390, height: 844 }, { name: 'projector', width: 1920, height: 1080 }, { name: 'classroom', width: 1024, height: 768 }]) {
  for (const screen of ['cnn', 'rnn']) {
    test(`the ${screen.toUpperCase()} lab fits a ${viewport.name} screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`./#/${screen}`);
      await waitUntilTrainable(page);
      await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeInViewport();
      if (screen === 'rnn') await expect(page.getByLabel(/^hidden state, step 0, unit 0: /)).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: test.info().outputPath(`${screen}-${viewport.name}.png`), fullPage: true });
    });
  }
}

test('training also runs on the page\'s own thread when asked (?runner=main)', async ({ page }) => {
  const watched = watchPage(page);
  await page.goto('./?runner=main');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await expect(readout(page, 'Loss')).toHaveText(/^\d+\.\d{4}$/);
  // Training on the page's own thread still leaves it room to breathe: a timer that should tick
  // every 10 ms is measured over 4 s of training (with the test readout's evaluations in between).
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(3);
  const gaps = await page.evaluate(() => new Promise<number[]>((resolve) => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    setTimeout(() => {
      clearInterval(timer);
      resolve(ticks.slice(1).map((t, i) => t - ticks[i]!).sort((a, b) => a - b));
    }, 4000);
  }));
  await page.getByRole('button', { name: 'Pause' }).click();
  const median = gaps[Math.floor(gaps.length / 2)]!;
  const worst = gaps.at(-1)!;
  expect(gaps.length, `ticks in 4 s (median gap ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms)`).toBeGreaterThan(40);
  expect(median).toBeLessThan(100);
  expect(worst).toBeLessThan(400);
  // The RNN lab shares the same main-thread trainer.
  await page.getByRole('link', { name: 'RNN lab' }).click();
  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Long-delay memory' });
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await expect(page.getByLabel(/^forget gate, step 21, unit 0: /)).toHaveCount(1);
  expect(watched.errors).toEqual([]);
});
