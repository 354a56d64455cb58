import { expect, test } from '@playwright/test';
import { readout, waitUntilTrainable, watchPage } from './helpers';

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
  // The RNN lab shares the same main-thread trainer.
  await page.getByRole('link', { name: 'RNN lab' }).click();
  await page.getByLabel('Task', { exact: true }).selectOption({ label: 'Long-delay memory' });
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(readout(page, 'Step count')).toHaveText('1');
  await expect(page.getByLabel(/^forget gate, step 21, unit 0: /)).toHaveCount(1);
  expect(watched.errors).toEqual([]);
});
