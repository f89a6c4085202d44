import { describe, expect, it } from 'vitest';
import { analyze, judge, percentile, type ReceivedRecord, type SentRecord } from '../../src/method/verify/analyze.js';

const sent = (key: string, seq: number, acked = true): SentRecord => ({ key, seq, sentAt: 1000 + seq, acked });
const got = (key: string, seq: number, offset: number, partition = 0): ReceivedRecord => ({ key, seq, partition, offset, sentAt: 1000 + seq, receivedAt: 1010 + seq + offset });

describe('analyze', () => {
  it('counts a clean run as nothing lost, duplicated or reordered', () => {
    const s = [sent('a', 0), sent('a', 1), sent('b', 0)];
    const r = [got('a', 0, 0), got('a', 1, 1), got('b', 0, 0, 1)];
    const o = analyze(s, r, 1000);
    expect(o).toMatchObject({ sent: 3, acked: 3, delivered: 3, lost: 0, duplicates: 0, reordered: 0, failedSends: 0 });
    expect(o.produceRate).toBe(3);
  });

  const cases: Array<{ name: string; sent: SentRecord[]; received: ReceivedRecord[]; expect: Record<string, number> }> = [
    { name: 'an acked record that never arrives is lost', sent: [sent('a', 0), sent('a', 1)], received: [got('a', 0, 0)], expect: { lost: 1, failedSends: 0 } },
    { name: 'an unacked record that never arrives is a failed send, not a loss', sent: [sent('a', 0), sent('a', 1, false)], received: [got('a', 0, 0)], expect: { lost: 0, failedSends: 1 } },
    { name: 'an unacked record that arrives was written despite the failure', sent: [sent('a', 0, false)], received: [got('a', 0, 0)], expect: { deliveredDespiteFailure: 1 } },
    {
      name: 'a record written twice is one duplicated record',
      sent: [sent('a', 0), sent('a', 1)],
      received: [got('a', 0, 0), got('a', 1, 1), got('a', 0, 2)],
      expect: { duplicates: 1, duplicatedRecords: 1, reordered: 0 },
    },
    {
      name: 'a record written three times counts two extra copies',
      sent: [sent('a', 0)],
      received: [got('a', 0, 0), got('a', 0, 1), got('a', 0, 2)],
      expect: { duplicates: 2, duplicatedRecords: 1, redeliveries: 0 },
    },
    { name: 'the same offset read twice is a redelivery, not a duplicate', sent: [sent('a', 0)], received: [got('a', 0, 0), got('a', 0, 0)], expect: { duplicates: 0, redeliveries: 1 } },
    {
      name: 'a later record of a key written first reorders the key',
      sent: [sent('a', 0), sent('a', 1), sent('a', 2), sent('b', 0)],
      received: [got('a', 1, 0), got('a', 0, 1), got('a', 2, 2), got('b', 0, 3)],
      expect: { reordered: 1, reorderedKeys: 1 },
    },
    { name: 'order is read from offsets, not from arrival', sent: [sent('a', 0), sent('a', 1)], received: [got('a', 1, 1), got('a', 0, 0)], expect: { reordered: 0 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(analyze(c.sent, c.received, 1000)).toMatchObject(c.expect);
    });
  }

  it('computes latency percentiles from first deliveries', () => {
    const s = Array.from({ length: 100 }, (_, i) => sent('k', i));
    const r = s.map((x, i): ReceivedRecord => ({ key: x.key, seq: x.seq, partition: 0, offset: i, sentAt: x.sentAt, receivedAt: x.sentAt + i + 1 }));
    expect(analyze(s, r, 1000).latencyMs).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('percentile uses nearest rank', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('judge', () => {
  const base = analyze([sent('a', 0)], [got('a', 0, 0)], 1000);
  const rows: Array<{ outcome: Partial<typeof base>; delivery: 'at-most-once' | 'at-least-once' | 'exactly-once'; ordering: 'none' | 'per-key'; kept: boolean; says?: RegExp }> = [
    { outcome: {}, delivery: 'exactly-once', ordering: 'per-key', kept: true },
    { outcome: { duplicates: 3, duplicatedRecords: 3 }, delivery: 'at-least-once', ordering: 'none', kept: true, says: /at-least-once allows it/ },
    { outcome: { duplicates: 3, duplicatedRecords: 3 }, delivery: 'exactly-once', ordering: 'none', kept: false, says: /3 record\(s\) were written more than once/ },
    { outcome: { lost: 2 }, delivery: 'at-least-once', ordering: 'none', kept: false, says: /2 acknowledged record\(s\) never reached/ },
    { outcome: { lost: 2 }, delivery: 'at-most-once', ordering: 'none', kept: true, says: /at-most-once allows it/ },
    { outcome: { reordered: 4, reorderedKeys: 2 }, delivery: 'at-least-once', ordering: 'per-key', kept: false, says: /per-key ordering: 4 record/ },
    { outcome: { reordered: 4, reorderedKeys: 2 }, delivery: 'at-least-once', ordering: 'none', kept: true },
  ];
  it('cannot call unread records lost when the run did not finish: inconclusive, not broken', () => {
    const v = judge({ ...base, lost: 7 }, { delivery: 'at-least-once', ordering: 'none' }, 'the consumer gave up');
    expect(v).toMatchObject({ status: 'inconclusive', kept: false, broken: [] });
    expect(v.inconclusive).toEqual(['the consumer gave up; 7 acknowledged record(s) were not read, and this run cannot tell lost from unread']);
  });

  it('still shows a promise broken by what did arrive when the run did not finish', () => {
    const v = judge({ ...base, lost: 7, duplicates: 2, duplicatedRecords: 2 }, { delivery: 'exactly-once', ordering: 'none' }, 'stopped');
    expect(v.status).toBe('broken');
    expect(v.broken).toEqual(['exactly-once: 2 record(s) were written more than once (2 extra copies in the log)']);
    expect(v.inconclusive).toHaveLength(1);
  });

  it('does not note at-most-once loss it could not tell from unread records', () => {
    const v = judge({ ...base, lost: 2 }, { delivery: 'at-most-once', ordering: 'none' }, 'stopped');
    expect(v.status).toBe('inconclusive');
    expect(v.notes.join('\n')).not.toMatch(/allows it/);
  });

  for (const r of rows) {
    it(`${r.delivery}/${r.ordering} with ${JSON.stringify(r.outcome)} is ${r.kept ? 'kept' : 'broken'}`, () => {
      const v = judge({ ...base, ...r.outcome }, { delivery: r.delivery, ordering: r.ordering });
      expect(v.kept).toBe(r.kept);
      expect(v.status).toBe(r.kept ? 'kept' : 'broken');
      if (r.says) expect([...v.broken, ...v.notes].join('\n')).toMatch(r.says);
    });
  }
});
