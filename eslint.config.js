// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules from docs/ARCHITECTURE: what each layer may not import. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http', 'crypto', 'stream'];
const restrict = (/** @type {string[]} */ patterns, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['electron', 'dockerode', 'react', ...nodeBuiltins, '**/electron/**', '**/renderer/**'],
      'shared/ is pure: it imports nothing of ours and no platform.',
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(
      ['electron', '**/shell/**', '**/web/**', '**/renderer/**'],
      'electron/core is Electron-free and transport-agnostic.',
    ),
  },
  {
    files: ['electron/web/**/*.ts'],
    rules: restrict(['electron', '**/shell/**', '**/renderer/**'], 'web mode never imports electron.'),
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: restrict(
      ['dockerode', 'docker-modem', '**/renderer/**'],
      'the shell holds no Docker logic: go through electron/core.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'dockerode', 'ws', ...nodeBuiltins, '**/electron/**'],
        'the renderer imports only shared/ and browser libraries.',
      ),
    },
  },
);
