import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';

/** The layer names of the lab's summary table, as the page shows them (first word of each row). */
async function summaryLayers(page: Page, table: string): Promise<string[]> {
  const rows = page.getByRole('table', { name: table }).locator('tbody tr');
  const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td')?.textContent?.trim().split(/\s/)[0] ?? ''));
  return names.filter((n) => n !== '' && n !== 'input');
}


const labs = [
  { lab: 'cnn', table: 'Model summary' },
  { lab: 'rnn', table: 'Layers and parameters' },
] as const;

for (const { lab, table } of labs) {
  test(`${lab.toUpperCase()} lab: the exported code of every preset names the summary's layers and total`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const watched = watchPage(page);
    await page.goto(`./#/${lab}`);
    await expect(page.getByLabel('Preset')).toBeVisible();
    const presets = await page.getByLabel('Preset').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).label));
    expect(presets.length).toBeGreaterThanOrEqual(8);
    for (const preset of presets) {
      await page.getByLabel('Preset').selectOption({ label: preset });
      const total = (await page.getByLabel('Total params').textContent())!;
      const layers = await summaryLayers(page, table);
      await page.getByRole('button', { name: 'Export code' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export code' });
      const keras = (await dialog.getByLabel('Keras (Python)', { exact: true }).filter({ has: page.locator('code') }).textContent())!;
      expect(keras, preset).toContain(`# Total parameters: ${total}`);
      expect(keras).toContain('keras.Input(');
      expect(keras).toContain('model.fit(');
      for (const layer of layers) expect(keras, `${preset}: ${layer}`).toContain(`name="${layer}"`);
      await dialog.getByRole('radio', { name: 'TensorFlow.js' }).check();
      const tfjs = (await dialog.getByLabel('TensorFlow.js', { exact: true }).filter({ has: page.locator('code') }).textContent())!;
      expect(tfjs, preset).toContain(`Total parameters: ${total}`);
      for (const layer of layers) expect(tfjs, `${preset}: ${layer}`).toContain(`name: '${layer}'`);
      await dialog.getByRole('radio', { name: 'Keras (Python)' }).check();
      await dialog.getByRole('button', { name: 'Close' }).click();
    }

    // The last preset's code can be copied and downloaded, and says where it differs from the defaults.
    await page.getByRole('button', { name: 'Export code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export code' });
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByText('Copied', { exact: true })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('def build_model():');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.py$/);
    await expect(dialog.getByRole('heading', { name: 'Where this code differs from the defaults' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(watched.errors).toEqual([]);
  });
}
