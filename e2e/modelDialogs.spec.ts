import { expect, test } from '@playwright/test';
import { axeViolations, choosePreferences, waitUntilTrainable, watchPage } from './helpers';

const WORDS = {
  en: { save: 'Save model', load: 'Load model', exportCode: 'Export code' },
  'zh-TW': { save: '儲存模型', load: '載入模型', exportCode: '匯出程式碼' },
} as const;

// English and light on the CNN lab, Chinese and dark on the RNN lab: each language, lab and theme once.
for (const [locale, lab, theme] of [['en', 'cnn', 'light'], ['zh-TW', 'rnn', 'dark']] as const) {
  test(`the Save, Load and Export dialogs pass axe and work from the keyboard (${locale}, ${lab} lab, ${theme})`, async ({ page }) => {
    test.setTimeout(180_000);
    const watched = watchPage(page);
    await choosePreferences(page, locale, theme);
    const w = WORDS[locale];
    await page.goto(`./#/${lab}`);
    if (locale === 'en') await waitUntilTrainable(page);
    await expect(page.getByRole('button', { name: w.save, exact: true })).toBeEnabled({ timeout: 120_000 });
    for (const name of [w.save, w.load, w.exportCode]) {
      const opener = page.getByRole('button', { name, exact: true });
      // Keyboard only: focus the button, Enter opens, the focus is inside, Escape closes and gives it back.
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      expect(await axeViolations(page, 'dialog[open]'), `${lab} ${name}`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
    }
    expect(watched.errors).toEqual([]);
  });
}
