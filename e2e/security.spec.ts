import { expect, test } from '@playwright/test';
import { readNumber, readout, waitUntilTrainable, watchPage } from './helpers';

/**
 * The built page carries a Content-Security-Policy that allows only its own origin (plus wasm
 * compilation), and nothing the app does trips it: every screen is visited, the CNN lab trains in
 * its worker (wasm), and no request leaves the origin on the way.
 */
test('every screen runs under the content security policy, and no request leaves the origin', async ({ page }) => {
  const watched = watchPage(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toMatch(/'unsafe-eval'|https?:/);

  await waitUntilTrainable(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => readNumber(readout(page, 'Step count'))).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Pause' }).click();

  const nav = page.getByRole('navigation', { name: 'Screens' });
  for (const name of ['RNN lab', 'Convolution', 'Pooling', 'Architectures', 'CNN lab']) {
    await nav.getByRole('link', { name }).click();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('Loading this screen…')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // Let the screen's lazy chunk, fonts and first drawings load.
    await page.waitForLoadState('networkidle');
  }
  expect(watched.foreignRequests).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  // The policy really is enforced: an inline script and an off-origin image are refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = 'https://example.com/pixel.png';
    document.body.append(image);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations.map((v) => v.split(':')[0])).toEqual(['script-src-elem', 'img-src']);
  // Only the two refusals provoked above were logged; the app itself broke no rule.
  expect(watched.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});
