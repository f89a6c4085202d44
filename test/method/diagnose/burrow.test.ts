// Every shared Burrow vector: partition status, completeness, start/end and rule checks, and
// group status, completeness, totals and maxLag (any of Burrow's possible answers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGroup, evaluatePartition, type EvaluatorConfig, type OffsetCommit, type TopicPartitionHistory } from '../../../src/method/diagnose/burrow.js';

interface PartitionCase {
  id: string;
  kind: 'partition';
  window: Array<OffsetCommit | null>;
  brokerOffsets: number[];
  currentLag: number;
  now: number;
  config: EvaluatorConfig;
  expected: { status: string; complete: number; start: OffsetCommit | null; end: OffsetCommit | null; rulesApplied: boolean; checks?: Record<string, unknown> };
}
interface GroupCase {
  id: string;
  kind: 'group';
  groupFound?: boolean;
  partitions: TopicPartitionHistory[];
  now: number;
  config: EvaluatorConfig;
  expected: {
    status: string;
    complete: number;
    totalLag: number;
    totalPartitions: number;
    maxLag: { currentLag: number; candidates: Array<{ topic: string; partition: number }> } | null;
    partitions: Array<{ topic: string; partition: number; status: string; complete: number; start: OffsetCommit | null; end: OffsetCommit | null }>;
  };
}

const file = JSON.parse(readFileSync(new URL('../../../../shared/lag/burrow-cases.json', import.meta.url), 'utf8')) as { cases: Array<PartitionCase | GroupCase> };
const partitionCases = file.cases.filter((c): c is PartitionCase => c.kind === 'partition');
const groupCases = file.cases.filter((c): c is GroupCase => c.kind === 'group');

describe('Burrow partition evaluation (shared vectors)', () => {
  it('has every case', () => expect(partitionCases.length + groupCases.length).toBe(243));

  it.each(partitionCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = evaluatePartition(c, c.now, c.config);
    expect(got.status).toBe(c.expected.status);
    expect(got.complete).toBe(Math.fround(c.expected.complete));
    expect(got.start).toEqual(c.expected.start);
    expect(got.end).toEqual(c.expected.end);
    expect(got.rulesApplied).toBe(c.expected.rulesApplied);
    expect(got.checks).toEqual(c.expected.checks);
  });
});

describe('Burrow group evaluation (shared vectors)', () => {
  it.each(groupCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = evaluateGroup(c.groupFound === false ? undefined : c.partitions, c.now, c.config);
    expect(got.status).toBe(c.expected.status);
    expect(got.complete).toBe(Math.fround(c.expected.complete));
    expect(got.totalLag).toBe(c.expected.totalLag);
    expect(got.totalPartitions).toBe(c.expected.totalPartitions);
    if (c.expected.maxLag === null) expect(got.maxLag).toBeNull();
    else {
      expect(got.maxLag?.currentLag).toBe(c.expected.maxLag.currentLag);
      expect(c.expected.maxLag.candidates).toContainEqual({ topic: got.maxLag?.topic, partition: got.maxLag?.partition });
    }
    expect(got.partitions.map((p) => ({ topic: p.topic, partition: p.partition, status: p.status, complete: p.complete, start: p.start, end: p.end }))).toEqual(
      c.expected.partitions.map((p) => ({ ...p, complete: Math.fround(p.complete) })),
    );
  });
});

describe('evaluateGroup ordering', () => {
  /** A partition whose history is told apart by its current lag (the input position). */
  const entry = (topic: string, partition: number, position: number): TopicPartitionHistory => ({
    topic,
    partition,
    window: [{ offset: 1, timestamp: 1000, lag: 0 }],
    brokerOffsets: [1],
    currentLag: position,
  });
  const order = (ps: readonly { topic: string; partition: number; currentLag: number }[]) => ps.map((p) => `${p.topic}/${p.partition}#${p.currentLag}`);

  it('lists partitions by topic name, then partition id, keeping the input order among equal pairs', () => {
    // Topics interleaved and out of order, partitions reversed within a topic, one pair given twice.
    const names = ['b', 'a-2', 'a', 'B', 'a-10'];
    const input: TopicPartitionHistory[] = [];
    for (let k = 0; k < 40; k++) input.push(entry(names[(k * 7) % names.length]!, 7 - (k % 8), k));
    input.push(entry('a', 3, 40));
    const expected = [...input].sort((x, y) => (x.topic < y.topic ? -1 : x.topic > y.topic ? 1 : x.partition - y.partition)); // stable
    expect(order(evaluateGroup(input, 2000).partitions)).toEqual(order(expected));
  });

  it("gives each partition evaluatePartition's verdict and the largest lag first in that order, whatever the input order", () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    const input: TopicPartitionHistory[] = Array.from({ length: 300 }, () => {
      const filled = random(6);
      const window = [
        ...new Array<null>(5 - Math.min(filled, 5)).fill(null),
        ...Array.from({ length: Math.min(filled, 5) }, (_, k) => ({ offset: random(30), timestamp: 1000 * k, lag: random(5) === 0 ? null : random(6) })),
      ];
      return { topic: `t${random(7)}`, partition: random(9), window, brokerOffsets: [random(40), random(40)], currentLag: random(20) };
    });
    const config = { minimumComplete: 0.5, allowedLag: 1 };
    const got = evaluateGroup(input, 9000, config);
    const expected = [...input].sort((x, y) => (x.topic < y.topic ? -1 : x.topic > y.topic ? 1 : x.partition - y.partition)); // stable
    expect(got.partitions).toEqual(expected.map((h) => ({ topic: h.topic, partition: h.partition, currentLag: h.currentLag, ...evaluatePartition(h, 9000, config) })));
    const largest = expected.reduce((best, h) => (h.currentLag > best.currentLag ? h : best));
    expect(got.maxLag).toEqual({ topic: largest.topic, partition: largest.partition, currentLag: largest.currentLag });
  });

  it('keeps an input already in order as it is', () => {
    const input = ['a', 'b', 'c'].flatMap((t, i) => [0, 1, 2].map((p) => entry(t, p, i * 3 + p)));
    expect(order(evaluateGroup(input, 2000).partitions)).toEqual(order(input));
  });
});
