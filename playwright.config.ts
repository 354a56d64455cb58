import { defineConfig } from '@playwright/test';

/**
 * Real Chromium from Debian (Playwright cannot download browsers here). The SwiftShader flags give
 * WebGL2 in software, so WebGL paths are exercised too (see ../shared/BROWSER.md).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

export const SUBPATH = '/playground/';
/** Written by e2e/rememberBackend.setup.ts: Auto's trial verdict, so each test starts as a repeat visit. */
export const REMEMBERED_BACKEND_STATE = '.e2e-state/remembered-backend.json';
export const SUBPATH_PORT = 4174;

export default defineConfig({
  testDir: 'e2e',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  globalSetup: './e2e/rememberBackend.setup.ts',
  use: {
    baseURL: 'http://localhost:4173/',
    storageState: REMEMBERED_BACKEND_STATE,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: 'npx vite preview --port 4173 --strictPort',
      url: 'http://localhost:4173/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The same build served from a sub-path with GitHub Pages' caching headers, as Pages serves a
    // project site (/<repo>/); it also measures the bytes sent and can go offline (scripts/serveDist.mjs).
    {
      command: `node scripts/serveDist.mjs --port ${SUBPATH_PORT} --base ${SUBPATH}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
