import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeViolations, choosePreferences, readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

// Each language and each theme once (the pairs that are left change only colours or only words).
for (const [locale, theme] of [['en', 'light'], ['zh-TW', 'dark']] as const) {
  test(`axe finds nothing on either lab, idle and training (${locale}, ${theme})`, async ({ page }) => {
    test.setTimeout(240_000);
    const watched = watchPage(page);
    await choosePreferences(page, locale, theme);
    const train = locale === 'en' ? 'Train' : '訓練';
    const pause = locale === 'en' ? 'Pause' : '暫停';
    for (const screen of ['cnn', 'rnn']) {
      await page.goto(`./#/${screen}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('button', { name: train, exact: true })).toBeEnabled({ timeout: 120_000 });
      // The unrolled view's heatmaps are scanned on a small network (the last test); folded here.
      if (screen === 'rnn') await page.locator('[aria-controls="rnn-unrolled-views"]').click();
      expect(await axeViolations(page), `${screen} idle`).toEqual([]);
      await page.getByRole('button', { name: train, exact: true }).click();
      await expect(page.getByRole('button', { name: pause, exact: true })).toBeEnabled();
      await page.waitForTimeout(3000);
      expect(await axeViolations(page), `${screen} training`).toEqual([]);
      await page.getByRole('button', { name: pause, exact: true }).click();
    }
    expect(watched.errors).toEqual([]);
  });
}

test('every explanation opens from the keyboard, and the views keep no hover-only tooltips', async ({ page }) => {
  await page.goto('./#/cnn');
  await waitUntilTrainable(page);
  expect(await page.locator('[title]').count()).toBe(0);
  const explain = page.locator('.field', { has: page.getByLabel('Learning rate') }).getByRole('button', { name: 'Explain' });
  await explain.focus();
  await page.keyboard.press('Enter');
  await expect(explain).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('note').filter({ hasText: 'How big a step gradient descent takes' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('note').filter({ hasText: 'How big a step gradient descent takes' })).toBeHidden();
});

/** The focused element's outline: drawn, at least 2 px, and at least 3:1 against the page behind it. */
async function expectVisibleFocus(page: Page, name: string) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    let behind: Element | null = element.parentElement;
    let background = 'rgba(0, 0, 0, 0)';
    while (behind && /rgba\(.*, 0\)|transparent/.test(background)) {
      background = getComputedStyle(behind).backgroundColor;
      behind = behind.parentElement;
    }
    const [a, b] = [luminance(style.outlineColor), luminance(background)];
    return { label: element.getAttribute('aria-label') ?? element.textContent, style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
  });
  expect(focus.label?.trim()).toBe(name);
  expect(focus.style).not.toBe('none');
  expect(focus.width).toBeGreaterThanOrEqual(2);
  expect(focus.contrast).toBeGreaterThanOrEqual(3);
}

/** Tabs forward until the named button has focus (and says how many presses it took). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (label === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

for (const screen of ['cnn', 'rnn']) {
  test(`keyboard only: train, pause, step and reset the ${screen.toUpperCase()} lab, with focus always visible`, async ({ page }) => {
    await page.goto(`./#/${screen}`);
    await waitUntilTrainable(page);
    // The first Tab stop is the skip link; it takes focus past the header and navigation.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();

    await tabTo(page, 'Train');
    await expectVisibleFocus(page, 'Train');
    await page.keyboard.press('Enter');
    // Train is now disabled: focus moved to Pause, not to the page body.
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await expectVisibleFocus(page, 'Pause');
    await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeFocused();
    await expectVisibleFocus(page, 'Train');
    const paused = await readNumber(readout(page, 'Step count'));

    // Pause is disabled while paused, so the next stop is Step.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeFocused();
    await expectVisibleFocus(page, 'Step');
    await page.keyboard.press('Enter');
    await expect(readout(page, 'Step count')).toHaveText(String(paused + 1));
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, 'Reset');
    await page.keyboard.press('Enter');
    await expect(readout(page, 'Step count')).toHaveText('0');

    // The shortcuts, from anywhere that is not a field: Space, →, R and ?.
    await page.locator('#main-content').focus();
    await waitUntilTrainable(page);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
    const before = await readNumber(readout(page, 'Step count'));
    await page.keyboard.press('ArrowRight');
    await expect(readout(page, 'Step count')).toHaveText(String(before + 1));
    await page.keyboard.press('r');
    await expect(readout(page, 'Step count')).toHaveText('0');
    // Typing in a field never fires them.
    await page.getByLabel('Seed', { exact: true }).focus();
    await page.keyboard.press('r');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await page.locator('#main-content').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('One training step');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}

test('presentation mode at 1024×768: big type and the essentials of both labs on one screen', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./#/cnn');
  await waitUntilTrainable(page);
  const toggle = page.getByRole('button', { name: 'Presentation mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const screen of ['cnn', 'rnn']) {
    if (screen === 'rnn') {
      await page.getByRole('link', { name: 'RNN lab' }).click();
      await expect(page.getByRole('main', { name: 'RNN lab' })).toBeVisible();
      await waitUntilTrainable(page);
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await page.waitForTimeout(2000);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      paragraph: parseFloat(getComputedStyle(document.querySelector('.controls .hint')!).fontSize),
      tick: Math.min(...Array.from(document.querySelectorAll('.chart .axis text'), (t) => parseFloat(getComputedStyle(t).fontSize)).filter((s) => s > 0)),
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(20);
    expect(sizes.paragraph).toBeGreaterThanOrEqual(18);
    expect(sizes.tick).toBeGreaterThanOrEqual(16);
    const inView = async (name: string) => {
      const box = (await page.getByRole('figure', { name }).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
    };
    await inView('Accuracy chart');
    for (const control of ['Train', 'Pause', 'Step', 'Reset']) {
      const box = (await page.getByRole('button', { name: control, exact: true }).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(768);
    }
    for (const name of ['Step count', 'Loss', 'Test accuracy']) {
      const box = (await readout(page, name).boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(768);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  }
  // Text contrast at least 7:1 (axe's AAA rule), in both themes (the heatmaps folded, see axeViolations).
  await page.locator('[aria-controls="rnn-unrolled-views"]').click();
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`)), theme).toEqual([]);
  }
  await page.getByRole('button', { name: 'Theme' }).click();
  // P switches it off again (and it is remembered across a reload).
  await page.reload();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.locator('#main-content').focus();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeLessThan(20);
});

test('number fields commit on Enter or leaving, refuse what is out of range, and never clamp', async ({ page }) => {
  await page.goto('./#/cnn');
  const rate = page.getByLabel('Learning rate');
  await expect(rate).toHaveValue('0.001');
  await rate.fill('1e309');
  await rate.press('Enter');
  await expect(page.getByText('“1e309” is outside the allowed range. Learning rate takes a number above 0 and at most 10. Still using 0.001.')).toBeVisible();
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  const batch = page.getByLabel('Batch size');
  await batch.fill('100000');
  await batch.press('Tab');
  await expect(page.getByText('“100000” is outside the allowed range. Batch size takes a whole number from 1 to 1,024. Still using 32.')).toBeVisible();
  await batch.fill('2.5');
  await batch.press('Enter');
  await expect(page.getByText('“2.5” is not a whole number. Batch size takes a whole number from 1 to 1,024. Still using 32.')).toBeVisible();
  // Escape puts back the value in use; a good value is taken as typed.
  await batch.press('Escape');
  await expect(batch).toHaveValue('32');
  await rate.fill('0.05');
  await rate.press('Enter');
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByLabel('Learning rate')).toHaveValue('0.05');
  await expect(page.getByLabel('Batch size')).toHaveValue('32');
});

test('changing the preset during a run asks first, and keeps the user\'s training settings', async ({ page }) => {
  await page.goto('./#/cnn');
  await page.getByLabel('Learning rate').fill('0.003');
  await page.getByLabel('Learning rate').press('Enter');
  await page.getByLabel('Optimizer').selectOption({ label: 'RMSProp' });
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(3);

  // An arrow key on the focused selector is enough to ask for another preset: it asks, and Cancel changes nothing.
  await page.getByLabel('Preset').focus();
  await page.keyboard.press('ArrowDown');
  const dialog = page.getByRole('dialog', { name: 'Change the preset?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/This ends the current run at step [\d,]+/);
  await expect(dialog.getByRole('checkbox')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Keep the current one' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Preset')).toHaveValue('conv-pool');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
  const running = await readNumber(readout(page, 'Step count'));
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(running);

  // Confirmed, the network changes and the user's settings stay.
  await page.getByLabel('Preset').selectOption({ label: 'LeNet-5 (tanh, average pooling, 32×32 input)' });
  await dialog.getByRole('button', { name: 'Change preset' }).click();
  await expect(page.getByLabel('Preset')).toHaveValue('lenet5');
  await expect(readout(page, 'Step count')).toHaveText('0');
  await expect(page.getByLabel('Learning rate')).toHaveValue('0.003');
  await expect(page.getByLabel('Optimizer')).toHaveValue('rmsprop');
});

test('the gate heatmaps\' value cells pass axe too (on a network small enough to scan them all)', async ({ page }) => {
  await page.goto('./#/rnn');
  await page.getByLabel('Task', { exact: true }).selectOption('delayedRecall');
  await page.getByLabel('Delay T').fill('4');
  await page.getByLabel('Delay T').press('Enter');
  await page.getByLabel('Units', { exact: true }).fill('4');
  await page.getByLabel('Units', { exact: true }).press('Enter');
  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const cells = page.locator('.panel-unrolled [role="gridcell"]');
  await expect.poll(() => cells.count()).toBeGreaterThan(50);
  expect(await cells.count()).toBeLessThan(600);
  expect(await axeViolations(page, '.panel-unrolled')).toEqual([]);
});
