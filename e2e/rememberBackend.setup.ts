/**
 * Global setup: one visit runs Auto's backend trial and the page remembers its verdict, as a
 * returning student's browser would. Every test then starts as a repeat visit (the verdict only,
 * no other stored setting), which spares each fresh page the 1–2 s trial. The trial itself and
 * the first visit are tested on their own (e2e/startup.spec.ts clears this state).
 */
import { chromium, type FullConfig } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROMIUM_ARGS, REMEMBERED_BACKEND_STATE } from '../playwright.config';

const VERDICT_KEY = 'cnn-rnn-playground:backend-verdict';

export default async function rememberBackend(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]!.use.baseURL!;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(baseURL);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, VERDICT_KEY, { timeout: 90_000 });
    const verdict = await page.evaluate((key) => localStorage.getItem(key)!, VERDICT_KEY);
    const origin = new URL(baseURL).origin;
    mkdirSync(dirname(REMEMBERED_BACKEND_STATE), { recursive: true });
    writeFileSync(REMEMBERED_BACKEND_STATE, JSON.stringify({ cookies: [], origins: [{ origin, localStorage: [{ name: VERDICT_KEY, value: verdict }] }] }));
  } finally {
    await browser.close();
  }
}
