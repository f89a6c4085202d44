import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/knowledge/data/**', '.cache/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(['process', 'console', 'URL', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Buffer', 'fetch', 'AbortController', 'TextEncoder', 'TextDecoder', 'structuredClone', 'queueMicrotask'].map((g) => [g, 'readonly'])),
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Layering: knowledge and model are the bottom; method never reaches the edges.
    files: ['src/knowledge/**', 'src/model/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/method/**', '**/cli/**', '**/cluster/**', '**/mcp/**'] }] },
  },
  {
    files: ['src/method/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/cli/**', '**/cluster/**', '**/mcp/**', 'node:fs', 'node:child_process', 'node:net'] }] },
  },
);
