import { describe, expect, it } from 'vitest';
import { deconstruct } from '../../../src/method/deconstruct/normalize.js';
import { designSagas, sagaChains, stepTimeoutMs } from '../../../src/method/strategy/saga.js';
import { requirementsSchema, type Flow } from '../../../src/model/requirements.js';
import { flowFacts } from '../helpers.js';

const flows = (list: Array<Partial<Flow> & { name: string }>) => deconstruct(requirementsSchema.parse({ name: 'app', flows: list })).flows;
const db = { side_effects: 'database' as const };

describe('saga detection', () => {
  it.each([
    [
      'a chain of two services that each write their database',
      [
        { name: 'a', source: 'orders', sink: 'payments', processing: db },
        { name: 'b', source: 'payments', sink: 'shipping', processing: db },
      ],
      [['a', 'b']],
    ],
    ['an outbox service feeding one database-writing service', [{ name: 'a', source: 'orders', source_kind: 'outbox' as const, sink: 'payments', processing: db }], [['a']]],
    ['one database-writing step only', [{ name: 'a', source: 'orders', sink: 'payments', processing: db }], []],
    [
      'a chain whose second step writes no database',
      [
        { name: 'a', source: 'orders', sink: 'payments', processing: db },
        { name: 'b', source: 'payments', sink: 'mailer', processing: { side_effects: 'external-api' as const } },
      ],
      [],
    ],
    [
      'two unrelated database writers',
      [
        { name: 'a', source: 'x', sink: 'p', processing: db },
        { name: 'b', source: 'y', sink: 'q', processing: db },
      ],
      [],
    ],
  ])('%s', (_, list, expected) => {
    expect(sagaChains(flows(list)).map((c) => c.map((f) => f.name))).toEqual(expected);
  });

  it('names compensations in reverse, a timeout per step, the correlation id and the inbox', () => {
    const [saga] = designSagas(
      flows([
        { name: 'order-placed', source: 'orders', source_kind: 'outbox', sink: 'payments', key: 'order_id', processing: db },
        { name: 'paid', source: 'payments', sink: 'shipping', key: 'order_id', processing: { ...db, per_message_ms: { p50: 100, p99: 800 } } },
      ]),
    );
    expect(saga!.correlationId).toBe('order_id');
    expect(saga!.steps.map((s) => s.service)).toEqual(['payments', 'shipping']);
    expect(saga!.steps[1]!.compensation).toMatch(/payments, then orders compensate/);
    expect(saga!.steps[1]!.timeoutMs).toBe(8000);
    expect(saga!.inbox).toMatch(/inbox table/);
  });
});

describe('step timeout', () => {
  it.each([
    [{ latency: { end_to_end_p99_ms: 30_000 } }, 30_000],
    [{ latency: { end_to_end_p99_ms: 1000 } }, 5000],
    [{ processing: { per_message_ms: { p50: 100, p99: 2000 } } }, 20_000],
    [{ processing: { per_message_ms: { p50: 1, p99: 10 } } }, 5000],
  ])('%j -> %i ms', (flow, ms) => expect(stepTimeoutMs(flowFacts(flow)).ms).toBe(ms));
});
