import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point one way: ui → store → workers → engine, data; viz depends only on d3.
const layer = (files, forbidden, message, allowTypeImports = false) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{ group: forbidden, message, allowTypeImports }],
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['src/engine/**'], ['**/ui/**', '**/store/**', '**/workers/**', '**/viz/**', 'react', 'react-dom', 'zustand', 'd3', 'd3-*'],
    'The engine is pure TS + tfjs: no UI, store, worker, viz or DOM libraries.'),
  layer(['src/data/**'], ['**/ui/**', '**/store/**', '**/workers/**', '**/viz/**', 'react', 'react-dom', 'zustand', 'd3', 'd3-*', '@tensorflow/*'],
    'The data layer is pure TS: no UI, store, worker, viz or tfjs.'),
  layer(['src/workers/**'], ['**/ui/**', '**/store/**', '**/viz/**', 'react', 'react-dom', 'zustand'],
    'Workers sit below the store and the UI.'),
  layer(['src/store/**'], ['**/ui/**', '**/viz/**', 'react', 'react-dom'],
    'The store sits below the UI and does not render.'),
  layer(['src/ui/**'], ['@tensorflow/*', '**/workers/trainer', '**/workers/sessionHost', '**/workers/sessionViews', '**/workers/backends', '**/workers/training.worker',
    '**/engine/buildModel', '**/engine/trainingSession', '**/engine/inspection', '**/engine/modelSpec', '**/engine/recurrent/buildRecurrentModel', '**/engine/recurrent/inspectRecurrent'],
  'The UI never loads tfjs or the trainer: it talks to the worker through the store (type-only imports are fine).', true),
  layer(['src/viz/**'], ['**/ui/**', '**/store/**', '**/workers/**', '**/engine/**', '**/data/**', '@tensorflow/*', 'react', 'react-dom', 'zustand'],
    'Renderers get plain arrays: they depend only on d3 and their own types.'),
);
