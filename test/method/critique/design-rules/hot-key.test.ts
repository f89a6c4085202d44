// capacity/hot-key and the hot-key facts: the busiest key vs one partition and one in-order handler.
import { describe, expect, it } from 'vitest';
import { design } from '../../../../src/method/design.js';
import { checkHotKey } from '../../../../src/method/strategy/hot-keys.js';
import type { Flow } from '../../../../src/model/requirements.js';
import { facts, flowFacts, requirements } from '../../helpers.js';

const ledger = (share: number, extra: Partial<Flow> = {}): Partial<Flow> => ({
  key: 'account_id',
  ordering: 'per-key',
  throughput: { peak_per_second: 2000, message_bytes: 500, hot_key_share: share },
  processing: { per_message_ms: { p50: 5, p99: 5 }, max_instances: 6 },
  ...extra,
});

describe('capacity/hot-key', () => {
  // 5 ms per record in order: 1000/5 x 0.8 = 160/s per key.
  it.each<[string, Partial<Flow>, boolean]>([
    ['30 % of 2000/s = 600/s on one account > 160/s in order', ledger(0.3), true],
    ['5 % = 100/s fits one in-order handler', ledger(0.05), false],
    ['unordered records carry no key, so no key is hot', ledger(0.3, { ordering: 'none' }), false],
    [
      'fast work but past one partition (10 MB/s / 500 B = 20000/s)',
      ledger(0.5, { throughput: { peak_per_second: 50000, message_bytes: 500, hot_key_share: 0.5 }, processing: { per_message_ms: { p50: 0.01, p99: 0.01 }, max_instances: 6 } }),
      true,
    ],
    ['share not stated', { ...ledger(0.3), throughput: { peak_per_second: 2000, message_bytes: 500 } }, false],
  ])('%s', (_name, flow, fires) => {
    const hits = design(requirements(flow)).findings.filter((f) => f.rule === 'capacity/hot-key');
    expect(hits.length > 0).toBe(fires);
    if (fires) expect(hits[0]!.message).toMatch(/salt the key.*order then holds only within each sub-key/);
  });

  it('shows the arithmetic', () => {
    const hot = checkHotKey(flowFacts(ledger(0.3)), 500)!;
    expect(hot.keyRatePerSecond).toBe(600);
    expect(hot.serialPerSecond).toBeCloseTo(160);
    expect(hot.partitionPerSecond).toBe(20000);
    expect(hot.why).toMatch(/0\.3 x 2,000\/s peak x growth 1 = 600\/s/);
  });

  it('a per-key flow without a share: assumption and question', () => {
    const f = facts({ key: 'account_id', ordering: 'per-key' });
    expect(f.assumptions.map((a) => a.field)).toContain('flows[0].throughput.hot_key_share');
    expect(f.questions.join(' ')).toMatch(/hot_key_share/);
    expect(facts({ ordering: 'none' }).questions.join(' ')).not.toMatch(/hot_key_share/);
  });
});

describe('keyed partition headroom', () => {
  it('keyed topics get 2x the write need, with the reason; unkeyed do not', () => {
    const flow = { throughput: { peak_per_second: 30000, message_bytes: 1000 }, processing: { max_instances: 1, per_message_ms: { p50: 0.01, p99: 0.02 } } };
    const keyed = design(requirements({ ...flow, key: 'id', ordering: 'per-key' })).topics[0]!;
    const unkeyed = design(requirements({ ...flow, ordering: 'none' })).topics[0]!;
    expect(unkeyed.partitions).toBe(3);
    expect(keyed.partitions).toBe(6);
    expect(keyed.rationale.find((r) => r.setting === 'partitions')!.why).toMatch(/hash\(key\) mod partitions/);
  });
});
