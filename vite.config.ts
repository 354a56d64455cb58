/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker precaches everything the app runs on (its code, the wasm backends, the KaTeX
 * fonts browsers use, the MNIST shards), so after the first visit it works offline and a second
 * visit downloads almost nothing. Files whose names carry a content hash are fetched with the
 * browser's normal caching, so installing the worker right after the first visit costs no
 * second download; index.html and the data manifest are revisioned and checked each update.
 */
const offline = VitePWA({
  registerType: 'prompt',
  // The page registers the worker itself (src/store/offline/), once the MNIST download is done.
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  manifest: {
    name: 'CNN & RNN Playground',
    short_name: 'DL Playground',
    description: 'Train real convolutional and recurrent networks in your browser, and watch what happens inside them.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#0b5a8a',
    icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,wasm,woff2,svg,json,idxz,webmanifest}'],
    // Benchmark pages, the threaded wasm build (never used: no cross-origin isolation) and the
    // font formats modern browsers skip are left out.
    globIgnores: ['bench/**', 'assets/fitBench-*.js', 'assets/rnnBench-*.js', 'assets/convnetBench-*.js', 'assets/*threaded-simd*.wasm'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    dontCacheBustURLsMatching: /^(assets\/.+-[\w-]{8}\.\w+|data\/mnist\/.+\.[0-9a-f]{10}\.idxz)$/,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/bench\//],
    cleanupOutdatedCaches: true,
  },
});

/**
 * The built page may load and run only what it serves itself: no third-party host, no eval, no
 * inline script. 'wasm-unsafe-eval' lets WebAssembly compile (the wasm backend); inline styles
 * stay allowed because KaTeX writes its layout as style attributes. A meta tag, because static
 * hosts like GitHub Pages cannot send headers (frame-ancestors needs a header, so it is absent).
 * Only the build gets it: the dev server's hot reload injects an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
};

// A relative base lets the built site run from any sub-path (e.g. GitHub Pages project sites).
export default defineConfig({
  base: './',
  plugins: [react(), offline, contentSecurityPolicy],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The benchmarks' bare-tfjs pages are built beside the app so both sides run under one server.
    rollupOptions: { input: { main: 'index.html', fitBench: 'bench/fit.html', rnnBench: 'bench/rnn.html', convnetBench: 'bench/convnet.html' } },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['src/test/setup.ts'],
    globalSetup: ['src/test/buildData.ts'],
  },
});
