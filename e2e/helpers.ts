import { expect, type Locator, type Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and any request that leaves the page's origin. */
export function watchPage(page: Page) {
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== 'http://localhost:4173') foreignRequests.push(request.url());
  });
  return { errors, foreignRequests };
}

/** The number shown in a readout: "1,234" → 1234, "97.31%" → 97.31, "—" → NaN. */
export async function readNumber(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  return Number(text.replace(/[,%\s]/g, ''));
}

export async function waitUntilTrainable(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 120_000 });
}

export const readout = (page: Page, name: string) => page.getByLabel(name, { exact: true });

/** Presses Train and waits until the step counter has passed `steps` (training goes on). */
export async function trainPastStep(page: Page, steps: number): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count')), { timeout: 30_000 }).toBeGreaterThan(steps);
}
