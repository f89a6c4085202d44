// docs/critique.md lists every rule (regenerate its table with node scripts/critique-rules-table.mjs).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/method/critique/rules/index.js';

it('docs/critique.md lists every rule', () => {
  const doc = readFileSync(new URL('../../../docs/critique.md', import.meta.url), 'utf8');
  expect(ALL_RULES.filter((r) => !doc.includes(`| \`${r.meta.id}\` |`)).map((r) => r.meta.id)).toEqual([]);
});
