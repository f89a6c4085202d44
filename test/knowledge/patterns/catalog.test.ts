// The pattern catalog: every id the design contract names is there, every pattern is complete,
// and the settings it implies are real settings of the Kafka version the catalog knows.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { setting } from '../../../src/knowledge/catalog.js';
import { patternById, PATTERNS } from '../../../src/knowledge/patterns.js';

const CONTRACT_IDS = [
  'pending-topic',
  'rate-limited-worker',
  'dead-letter-topic',
  'retry-topics',
  'transactional-read-process-write',
  'idempotent-consumer',
  'transactional-outbox',
  'claim-check',
  'compacted-state-topic',
  'key-ordered-parallel-processing',
  'schema-registry',
];
const ISSUE_IDS = ['unordered-parallel-processing', 'static-membership', 'cooperative-rebalancing', 'bounded-work-queue', 'change-data-capture', 'event-carried-state-transfer', 'request-reply'];

describe('pattern catalog', () => {
  it.each([...CONTRACT_IDS, ...ISSUE_IDS])('has %s', (id) => {
    expect(patternById(id)).toBeDefined();
  });

  it('has unique ids', () => {
    expect(new Set(PATTERNS.map((p) => p.id)).size).toBe(PATTERNS.length);
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))('%s is complete and consistent', (_id, p) => {
    expect(p.summary.length).toBeGreaterThan(40);
    expect(p.whenToUse.length).toBeGreaterThan(0);
    expect(p.whenNot.length).toBeGreaterThan(0);
    expect(p.tradeOffs.length).toBeGreaterThan(0);
    expect(p.refs.length).toBeGreaterThan(0);
    for (const ref of p.refs) expect(ref).toMatch(/^https:\/\//);
    for (const r of p.related) expect(patternById(r), `related ${r}`).toBeDefined();
    for (const s of p.implies.settings) expect(setting(s.scope, s.name), `${s.scope} ${s.name}`).toBeDefined();
    for (const t of p.implies.topics) {
      expect(t.name).toMatch(/^<flow>/);
      for (const name of Object.keys(t.config)) expect(setting('topic', name), `topic ${name}`).toBeDefined();
    }
  });

  it('says why the bounded in-memory queue loses data on a crash', () => {
    expect(patternById('bounded-work-queue')!.tradeOffs.join(' ')).toMatch(/crash/);
  });
});

describe('patterns command', () => {
  const cli = (...args: string[]) => execFileSync('node', ['dist/cli/main.js', 'patterns', ...args], { encoding: 'utf8' });

  it('lists every pattern', () => {
    const out = cli();
    for (const p of PATTERNS) expect(out).toContain(p.id);
  });

  it('prints one pattern as JSON', () => {
    expect(JSON.parse(cli('retry-topics', '--format', 'json')).id).toBe('retry-topics');
  });

  it('prints the catalog as Markdown', () => {
    expect(cli('--format', 'markdown')).toMatch(/^# Kafka patterns/);
  });

  it('suggests the nearest id for a typo and exits 2', () => {
    try {
      cli('pending-topc');
      expect.unreachable();
    } catch (e) {
      const err = e as { status: number; stderr: string };
      expect(err.status).toBe(2);
      expect(err.stderr).toContain('did you mean "pending-topic"');
    }
  });
});

describe('catalog and design agree', () => {
  it('every pattern design picks for the scenarios is in the catalog with its triggers', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { design } = await import('../../../src/method/design.js');
    const { parseWithSchema } = await import('../../../src/method/deconstruct/parse.js');
    const { requirementsSchema } = await import('../../../src/model/requirements.js');
    const root = new URL('../../../../shared/scenarios/', import.meta.url);
    const picked = new Set<string>();
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const file = new URL(`${dir.name}/requirements.yaml`, root);
      const d = design(parseWithSchema(readFileSync(file, 'utf8'), dir.name, requirementsSchema));
      for (const p of d.patterns) picked.add(p.id);
    }
    expect(picked.size).toBeGreaterThan(5);
    for (const id of picked) {
      expect(patternById(id), id).toBeDefined();
      expect(patternById(id)!.triggeredBy.length, `${id} has triggers`).toBeGreaterThan(0);
    }
  });
});
