/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A relative base lets the built site run from any sub-path (e.g. GitHub Pages project sites).
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The benchmarks' bare-tfjs pages are built beside the app so both sides run under one server.
    rollupOptions: { input: { main: 'index.html', fitBench: 'bench/fit.html', rnnBench: 'bench/rnn.html' } },
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
