// Every rule is registered once, fully described, lives in the file its id names, and has a table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ruleById } from '../../../src/method/critique/rules/index.js';

const RULES_DIR = new URL('../../../src/method/critique/rules/', import.meta.url).pathname;
const TABLES_DIR = new URL('./rules/', import.meta.url).pathname;

describe('rule registry', () => {
  it('has at least 60 rules with unique ids', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ALL_RULES.map((r) => r.meta.id)).size).toBe(ALL_RULES.length);
  });

  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))('%s is complete', (id, rule) => {
    const { meta } = rule;
    expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(existsSync(`${RULES_DIR}${id}.ts`), `rules/${id}.ts`).toBe(true);
    for (const text of [meta.summary, meta.why, meta.fix]) expect(text.length).toBeGreaterThan(20);
    expect(meta.refs.length).toBeGreaterThan(0);
    for (const ref of meta.refs) expect(ref).toMatch(/^https:\/\//);
    expect(meta.kinds.length).toBeGreaterThan(0);
    expect(ruleById(id)).toBe(rule);
  });

  it('every rule has a table with valid and invalid cases', () => {
    const tables = readdirSync(TABLES_DIR)
      .map((f) => readFileSync(TABLES_DIR + f, 'utf8'))
      .join('\n');
    const missing = ALL_RULES.filter((r) => !tables.includes(`rule: '${r.meta.id}'`)).map((r) => r.meta.id);
    expect(missing).toEqual([]);
  });
});
