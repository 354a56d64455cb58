/// <reference types="vitest/config" />
// Long measurements that are not tests (run by `npm run measure:gradients`, never by CI).
import { defineConfig } from 'vite';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['bench/**/*.measure.ts'],
    testTimeout: 1_800_000,
    pool: 'forks',
    setupFiles: ['src/test/setup.ts'],
  },
});
