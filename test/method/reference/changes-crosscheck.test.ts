// Our changes, computed from the catalog's runs, must agree with the change lists published next
// to the facts (../shared/kafka-configs/changes.json) for every consecutive pair of versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/knowledge/catalog.js';
import { changes } from '../../../src/method/reference/changes.js';

interface PublishedScope {
  added: string[];
  removed: string[];
  defaultChanged: Array<{ name: string; from: string | null; to: string | null }>;
}
const published = JSON.parse(readFileSync(new URL('../../../../shared/kafka-configs/changes.json', import.meta.url), 'utf8')) as {
  pairs: Array<{ from: string; to: string; scopes: Record<string, PublishedScope> }>;
};

const cases = published.pairs.flatMap((p) => Object.entries(p.scopes).map(([scope, s]) => [p.from, p.to, scope as Scope, s] as const));

describe('changes agree with the published change lists', () => {
  it.each(cases)('%s -> %s %s', (from, to, scope, expected) => {
    const r = changes({ from, to, scope });
    expect(r.added.map((c) => c.name).sort()).toEqual([...expected.added].sort());
    expect(r.removed.map((c) => c.name).sort()).toEqual([...expected.removed].sort());
    const ours = r.defaultChanged.map((c) => ({ name: c.name, from: c.from, to: c.to })).sort((a, b) => a.name.localeCompare(b.name));
    const theirs = expected.defaultChanged.map((c) => ({ name: c.name, from: c.from, to: c.to })).sort((a, b) => a.name.localeCompare(b.name));
    expect(ours).toEqual(theirs);
  });
});
