// The failure-handling decision: ordering x side effects x delivery -> the permanent-error path,
// and what each path brings (topics, patterns, rationale). Transient errors never leave the partition.
import { describe, expect, it } from 'vitest';
import { design } from '../../../src/method/design.js';
import { choosePermanentPath } from '../../../src/method/strategy/failure-handling.js';
import type { Flow } from '../../../src/model/requirements.js';
import { flowFacts, requirements } from '../helpers.js';

describe('choosePermanentPath', () => {
  it.each<[string, Partial<Flow>, string]>([
    ['unordered external call', { ordering: 'none', processing: { side_effects: 'external-api' } }, 'dead-letter'],
    ['unordered database write', { ordering: 'none', processing: { side_effects: 'database' } }, 'dead-letter'],
    ['per-key external call (no state)', { key: 'user_id', ordering: 'per-key', processing: { side_effects: 'external-api' } }, 'park-key'],
    ['per-key transactional Kafka output', { key: 'account_id', ordering: 'per-key', delivery: 'exactly-once', processing: { side_effects: 'kafka' } }, 'park-key'],
    ['per-key database write (a ledger)', { key: 'account_id', ordering: 'per-key', processing: { side_effects: 'database' } }, 'halt-partition'],
    ['per-key state (a cache)', { key: 'customer_id', ordering: 'per-key', state: true }, 'halt-partition'],
    ['global order', { ordering: 'global', processing: { side_effects: 'external-api' } }, 'halt-partition'],
    ['global order without a side effect', { ordering: 'global' }, 'halt-partition'],
    ['at-most-once external call', { ordering: 'none', delivery: 'at-most-once', processing: { side_effects: 'external-api' } }, 'skip-and-log'],
    ['no effect, no state, no order', { ordering: 'none' }, 'not-needed'],
  ])('%s -> %s', (_name, flow, path) => {
    expect(choosePermanentPath(flowFacts(flow))).toBe(path);
  });
});

describe('failure handling in the design', () => {
  const roles = (flow: Partial<Flow>) => design(requirements(flow)).topics.map((t) => t.role);
  const patterns = (flow: Partial<Flow>) => design(requirements(flow)).patterns.map((p) => p.id);

  it('a dead-letter topic only where order does not matter, never claiming a replay keeps order', () => {
    const d = design(requirements({ ordering: 'none', processing: { side_effects: 'external-api' } }));
    const dlt = d.topics.find((t) => t.role === 'dead-letter')!;
    expect(dlt.name).toBe('app.events.dlt');
    expect(JSON.stringify(d)).not.toMatch(/replay keeps per-key order/);
    expect(d.patterns.map((p) => p.id)).toContain('dead-letter-topic');
  });

  it('per-key without state parks the key in a keyed parked topic; dead letters only for discards', () => {
    const d = design(requirements({ key: 'user_id', ordering: 'per-key', processing: { side_effects: 'external-api' } }));
    const parked = d.topics.find((t) => t.role === 'parked')!;
    expect(parked.key).toBe('user_id');
    const use = d.patterns.find((p) => p.id === 'park-key')!;
    expect(use.why).toMatch(/later record/);
    expect(use.why).toMatch(/Release/);
    expect(d.patterns.find((p) => p.id === 'dead-letter-topic')!.why).toMatch(/operator discards/);
  });

  it.each<Partial<Flow>>([
    { key: 'account_id', ordering: 'per-key', processing: { side_effects: 'database' } },
    { key: 'customer_id', ordering: 'per-key', state: true },
    { ordering: 'global', processing: { side_effects: 'database' } },
  ])('ordered state halts and has no side topic: %j', (flow) => {
    expect(roles(flow).filter((r) => r !== 'events')).toEqual([]);
    expect(patterns(flow)).toContain('halt-on-error');
    expect(patterns(flow)).not.toContain('dead-letter-topic');
  });

  it('transient errors pause and retry, never dead-letter, on every path', () => {
    for (const flow of [
      { ordering: 'none' as const, processing: { side_effects: 'external-api' as const } },
      { key: 'id', state: true },
    ]) {
      const why = design(requirements(flow)).consumers[0]!.rationale.find((r) => r.setting === 'transient errors')!.why;
      expect(why).toMatch(/pause/);
      expect(why).toMatch(/backoff/);
      expect(why).toMatch(/nothing goes to a dead-letter topic/);
    }
  });

  it('a transactional processor counts attempts so a poison pill does not abort and re-seek forever', () => {
    const d = design(requirements({ key: 'account_id', ordering: 'per-key', delivery: 'exactly-once', processing: { side_effects: 'kafka' } }));
    expect(d.patterns.find((p) => p.id === 'park-key')!.why).toMatch(/count attempts .* after 5/);
  });
});
