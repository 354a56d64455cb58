/// <reference types="vitest/config" />
// Writes every exported case and the app's expected summaries for scripts/verifyKerasExport.sh
// (a real Keras check outside CI). Not a test: it only generates files.
import { defineConfig } from 'vite';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['bench/exportCode.measure.ts'],
    testTimeout: 300_000,
    pool: 'forks',
  },
});
