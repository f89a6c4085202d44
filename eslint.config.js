import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/knowledge/data/**', '.cache/**', 'out/**', 'src/method/generate/templates/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'performance',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'Buffer',
          'fetch',
          'AbortController',
          'TextEncoder',
          'TextDecoder',
          'structuredClone',
          'queueMicrotask',
        ].map((g) => [g, 'readonly']),
      ),
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  ...layering(),
);

/**
 * The layering, as lint rules. Core (knowledge, model, method) is pure: no I/O modules, no
 * process, no clock, no randomness. knowledge and model are the bottom; method never reaches the
 * edges (cli, cluster, mcp, edge); the MCP door never imports the CLI door, and capabilities import neither door; and each method folder
 * imports only the folders below it (one ESLint setting per file wins, so each list is whole).
 */
function layering() {
  const EDGES = ['**/cli/**', '**/cluster/**', '**/mcp/**', '**/edge/**'];
  const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https'];
  const METHOD_FOLDERS = ['converge', 'critique', 'deconstruct', 'diagnose', 'doctor', 'generate', 'intake', 'queueing', 'reference', 'report', 'schema', 'strategy', 'verify'];
  /** What each method folder may use besides knowledge, model and the rule kernel (method/rules.ts). */
  const BELOW = {
    converge: ['deconstruct', 'design'],
    critique: ['deconstruct', 'strategy'],
    deconstruct: [],
    diagnose: ['critique', 'strategy', 'queueing'],
    doctor: [],
    generate: [],
    intake: ['deconstruct'],
    queueing: [],
    reference: ['critique'],
    report: ['schema', 'strategy', 'generate'],
    schema: [],
    strategy: ['deconstruct', 'generate', 'queueing'],
    verify: ['deconstruct', 'design'],
  };
  const DESIGN = ['../design.js', '../../design.js', '../../../design.js'];
  const pure = {
    'no-restricted-globals': ['error', { name: 'process', message: 'core is pure: take values as arguments; process belongs to cli/, cluster/, mcp/' }],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: 'core is pure: no clock; take the time as an argument' },
      { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'core is pure: no clock; take the time as an argument' },
      { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'core is pure: no randomness; take a seeded generator' },
    ],
  };
  const restricted = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    { files: ['src/knowledge/**', 'src/model/**'], rules: { ...pure, ...restricted(['**/method/**', ...EDGES, '**/capabilities/**', ...NODE]) } },
    // Every method file, including folders not yet placed below: pure and off the edges.
    { files: ['src/method/**'], rules: { ...pure, ...restricted([...EDGES, '**/capabilities/**', ...NODE]) } },
    ...METHOD_FOLDERS.map((folder) => ({
      files: [`src/method/${folder}/**`],
      rules: {
        ...pure,
        ...restricted([
          ...EDGES,
          '**/capabilities/**',
          ...NODE,
          ...METHOD_FOLDERS.filter((f) => f !== folder && !BELOW[folder].includes(f)).map((f) => `**/${f}/**`),
          ...(BELOW[folder].includes('design') ? [] : DESIGN),
        ]),
      },
    })),
    { files: ['src/mcp/**'], rules: restricted(['**/cli/**']) },
    { files: ['src/edge/**'], rules: restricted(['**/cli/**', '**/mcp/**', '**/capabilities/**']) },
    // A capability is declared once, for both doors: it never reaches into either.
    { files: ['src/capabilities/**'], rules: restricted(['**/cli/**', '**/mcp/**']) },
  ];
}
