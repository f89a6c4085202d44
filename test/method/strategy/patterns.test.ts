import { describe, expect, it } from 'vitest';
import { planConsumers } from '../../../src/method/strategy/consumer-plan.js';
import { transactionalSteps } from '../../../src/method/strategy/flow-graph.js';
import { choosePatterns } from '../../../src/method/strategy/patterns.js';
import type { Flow } from '../../../src/model/requirements.js';
import { flowFacts } from '../helpers.js';

const ids = (flow: Partial<Flow>) => {
  const f = flowFacts(flow);
  return choosePatterns(f, planConsumers(f), [], 'java')
    .patterns.map((p) => p.id)
    .sort();
};

describe('choosePatterns', () => {
  it.each([
    { name: 'plain flow', flow: { schema: { format: 'json' as const, evolves: false } }, has: [], hasNot: ['dead-letter-topic', 'idempotent-consumer', 'schema-registry'] },
    {
      name: 'external side effects (failure handling is its own module)',
      flow: { processing: { side_effects: 'external-api' as const } },
      has: ['idempotent-consumer'],
      hasNot: ['dead-letter-topic'],
    },
    { name: 'at-most-once has no DLT', flow: { delivery: 'at-most-once' as const, processing: { side_effects: 'external-api' as const } }, has: [], hasNot: ['dead-letter-topic'] },
    {
      name: 'exactly-once to an API',
      flow: { delivery: 'exactly-once' as const, processing: { side_effects: 'external-api' as const } },
      has: ['idempotent-consumer'],
      hasNot: ['transactional-read-process-write'],
    },
    {
      name: 'exactly-once whose output flow is not modelled',
      flow: { delivery: 'exactly-once' as const, processing: { side_effects: 'kafka' as const } },
      has: ['transactional-read-process-write'],
      hasNot: ['idempotent-consumer'],
    },
    { name: "exactly-once into the consumer's own state", flow: { delivery: 'exactly-once' as const, processing: { side_effects: 'none' as const } }, has: ['idempotent-consumer'], hasNot: [] },
    { name: 'rate limit', flow: { processing: { external_rate_limit_per_second: 10 } }, has: ['rate-limited-worker'], hasNot: [] },
    { name: 'large payloads', flow: { throughput: { message_bytes: 5_000_000 } }, has: ['claim-check'], hasNot: [] },
    { name: 'latest state', flow: { key: 'id', state: true }, has: ['compacted-state-topic'], hasNot: [] },
    { name: 'avro', flow: { schema: { format: 'avro' as const } }, has: ['schema-registry'], hasNot: [] },
    { name: 'evolving json', flow: { schema: { format: 'json' as const, evolves: true } }, has: ['schema-registry'], hasNot: [] },
  ])('$name', ({ flow, has, hasNot }) => {
    const got = ids(flow);
    for (const id of has) expect(got).toContain(id);
    for (const id of hasNot) expect(got).not.toContain(id);
  });

  it('chooses transactions for an exactly-once Kafka-to-Kafka step', () => {
    const a = flowFacts({ name: 'in', sink: 'proc', delivery: 'exactly-once' });
    const b = { ...flowFacts({ name: 'out', source: 'proc', delivery: 'exactly-once' }), index: 1 };
    const steps = transactionalSteps([a, b]);
    expect(steps).toHaveLength(1);
    const got = choosePatterns(b, planConsumers(b), steps, 'java');
    expect(got.patterns.map((p) => p.id)).toContain('transactional-read-process-write');
  });

  it('records the alternatives it considered, with one chosen per decision', () => {
    const f = flowFacts({ processing: { side_effects: 'external-api', external_rate_limit_per_second: 10 } });
    const { alternatives } = choosePatterns(f, planConsumers(f), [], 'java');
    const decisions = new Set(alternatives.map((a) => a.decision));
    for (const d of decisions) expect(alternatives.filter((a) => a.decision === d && a.chosen)).toHaveLength(1);
  });
});

describe('exactly-once across a pipeline', () => {
  it('a hop written in a transaction whose consumer writes a database also deduplicates there', () => {
    const a = flowFacts({ name: 'in', sink: 'proc', delivery: 'exactly-once', processing: { side_effects: 'kafka' } });
    const b = { ...flowFacts({ name: 'out', source: 'proc', sink: 'ledger', delivery: 'exactly-once', processing: { side_effects: 'database' } }), index: 1 };
    const steps = transactionalSteps([a, b]);
    const got = choosePatterns(b, planConsumers(b), steps, 'java').patterns.map((p) => p.id);
    expect(got).toEqual(expect.arrayContaining(['transactional-read-process-write', 'idempotent-consumer']));
  });
});
