// Every shared kafka-lag-exporter vector: the table after each add, the lookup, and the lag in
// seconds and messages, compared exactly (doubles in the exporter's order of operations).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupTimeLag, OffsetTimeTable, partitionTimeLag, type OffsetPoint } from '../../../src/method/diagnose/time-lag.js';

type Num = number | 'NaN' | 'Infinity' | '-Infinity';
interface PartitionInput {
  tableSize: number;
  samples: OffsetPoint[];
  committedOffset: number | null;
  latestOffset: number;
  now: number;
}
interface PartitionCase extends PartitionInput {
  id: string;
  kind: 'partition';
  expected: { table: OffsetPoint[]; addResults: string[]; lookup: string | null; predictedTimestamp: Num | null; timeLagSeconds: Num; offsetLag: Num };
}
interface GroupCase {
  id: string;
  kind: 'group';
  partitions: Array<PartitionInput & { topic: string; partition: number }>;
  expected: {
    partitions: Array<{ topic: string; partition: number; timeLagSeconds: Num; offsetLag: Num }>;
    maxTimeLagSeconds: Num | null;
    maxOffsetLag: Num | null;
    sumOffsetLag: number;
    sumOffsetLagByTopic: Record<string, number>;
  };
}

const num = (v: Num | null): number | null => (v === null ? null : typeof v === 'number' ? v : Number(v));
const file = JSON.parse(readFileSync(new URL('../../../../shared/lag/time-lag-cases.json', import.meta.url), 'utf8')) as { cases: Array<PartitionCase | GroupCase> };
const partitionCases = file.cases.filter((c): c is PartitionCase => c.kind === 'partition');
const groupCases = file.cases.filter((c): c is GroupCase => c.kind === 'group');

function replay(input: PartitionInput) {
  const table = new OffsetTimeTable(input.tableSize);
  const addResults = input.samples.map((s) => table.add(s));
  return { table, addResults, lag: partitionTimeLag(table, input.committedOffset, input.latestOffset, input.now) };
}

describe('kafka-lag-exporter time lag (shared vectors)', () => {
  it('has every case', () => expect(partitionCases.length + groupCases.length).toBe(130));

  it.each(partitionCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { table, addResults, lag } = replay(c);
    expect(addResults).toEqual(c.expected.addResults);
    expect(table.points).toEqual(c.expected.table);
    expect(lag.lookup).toBe(c.expected.lookup);
    expect(lag.predictedTimestamp).toBe(num(c.expected.predictedTimestamp));
    expect(lag.timeLagSeconds).toBe(num(c.expected.timeLagSeconds));
    expect(lag.offsetLag).toBe(num(c.expected.offsetLag));
  });

  it.each(groupCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = groupTimeLag(c.partitions.map((p) => ({ topic: p.topic, partition: p.partition, ...replay(p).lag })));
    expect(got.partitions.map((p) => ({ topic: p.topic, partition: p.partition, timeLagSeconds: p.timeLagSeconds, offsetLag: p.offsetLag }))).toEqual(
      c.expected.partitions.map((p) => ({ ...p, timeLagSeconds: num(p.timeLagSeconds), offsetLag: num(p.offsetLag) })),
    );
    expect(got.maxTimeLagSeconds).toBe(num(c.expected.maxTimeLagSeconds));
    expect(got.maxOffsetLag).toBe(num(c.expected.maxOffsetLag));
    expect(got.sumOffsetLag).toBe(c.expected.sumOffsetLag);
    expect(got.sumOffsetLagByTopic).toEqual(c.expected.sumOffsetLagByTopic);
  });
});
