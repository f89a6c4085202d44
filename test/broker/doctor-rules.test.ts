// Table tests for the cluster rules: snapshots that must produce nothing, and snapshots with
// the findings they must produce.
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot, GroupInfo, PartitionInfo, TopicInfo } from '../../src/model/cluster-snapshot.js';
import { DEFAULT_THRESHOLDS, doctorContext, runClusterRules, type ClusterRule } from '../../src/method/doctor/rule.js';
import { CLUSTER_RULES } from '../../src/method/doctor/rules/index.js';
import { diagnose } from '../../src/method/doctor/diagnose.js';
import { renderDoctor } from '../../src/method/doctor/report.js';

const part = (id: number, leader: number, o: Partial<PartitionInfo> = {}): PartitionInfo => ({ id, leader, replicas: [1, 2, 3], isr: [1, 2, 3], offlineReplicas: [], earliest: 0, latest: 100, ...o });
const topic = (name: string, partitions: PartitionInfo[], config: Record<string, string> | null = null): TopicInfo => ({ name, internal: false, partitions, config });
const balanced = (name: string) => topic(name, [part(0, 1), part(1, 2), part(2, 3)]);
const group = (id: string, lags: Array<[string, number, number]>, o: Partial<GroupInfo> = {}): GroupInfo => ({
  id, state: null, members: null, later: null,
  offsets: lags.map(([t, p, lag]) => ({ topic: t, partition: p, committed: 100 - lag, end: 100, lag })),
  ...o,
});
const snap = (o: Partial<ClusterSnapshot> = {}): ClusterSnapshot => ({
  takenAt: '2026-01-01T00:00:00.000Z', cluster: 'test:9092', clusterId: 'c', controller: 1,
  brokers: [1, 2, 3].map((id) => ({ id, host: 'h', port: 9092 + id, rack: null })),
  topics: [balanced('orders')], groups: [group('billing', [['orders', 0, 0], ['orders', 1, 0], ['orders', 2, 0]])],
  groupsComplete: true, brokerConfig: null, sampleMs: 0, unavailable: [], requests: {}, durationMs: 1, ...o,
});

function rule(id: string): ClusterRule {
  const r = CLUSTER_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
const check = (id: string, s: ClusterSnapshot) => runClusterRules([rule(id)], doctorContext(s));

interface Table {
  valid: ClusterSnapshot[];
  invalid: Array<{ snapshot: ClusterSnapshot; messages: RegExp[]; severity?: string }>;
}

const tables: Record<string, Table> = {
  'cluster/offline-partitions': {
    valid: [snap()],
    invalid: [{ snapshot: snap({ topics: [topic('orders', [part(0, 1), part(1, -1)])] }), messages: [/1 partition\(s\) have no leader: orders\[1\]/] }],
  },
  'cluster/under-replicated': {
    valid: [snap(), snap({ topics: [topic('orders', [part(0, -1, { isr: [] })])] })],
    invalid: [
      { snapshot: snap({ topics: [topic('orders', [part(0, 1, { isr: [1, 2] })])] }), messages: [/1 partition\(s\) are under-replicated: orders\[0\]/] },
      { snapshot: snap({ topics: [topic('orders', [part(0, 1, { isr: [1] })], { 'min.insync.replicas': '2' })] }), messages: [/under-replicated/, /fewer in-sync replicas than min.insync.replicas/] },
    ],
  },
  'cluster/replication-vs-min-insync': {
    valid: [snap(), snap({ topics: [topic('orders', [part(0, 1)], { 'min.insync.replicas': '2' })] })],
    invalid: [
      { snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'min.insync.replicas': '3' })] }), messages: [/equals its replication factor/] },
      { snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'min.insync.replicas': '4' })] }), messages: [/can never succeed/] },
      { snapshot: snap({ topics: [topic('orders', [part(0, 1, { replicas: [1], isr: [1] })])] }), messages: [/replication factor 1 on a 3-broker cluster: orders/] },
      { snapshot: snap({ brokerConfig: { 'min.insync.replicas': '1' } }), messages: [/min.insync.replicas=1 with replication factor 3/], severity: 'warning' },
    ],
  },
  'cluster/unclean-election': {
    valid: [snap(), snap({ topics: [topic('orders', [part(0, 1)], { 'unclean.leader.election.enable': 'false' })] })],
    invalid: [
      { snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'unclean.leader.election.enable': 'true' })] }), messages: [/enabled for 1 topic\(s\): orders/] },
      { snapshot: snap({ brokerConfig: { 'unclean.leader.election.enable': 'true' } }), messages: [/enabled \(broker default\)/] },
    ],
  },
  'cluster/leader-skew': {
    valid: [snap(), snap({ topics: [topic('t', [part(0, 1), part(1, 1), part(2, 2)])] })],
    invalid: [{ snapshot: snap({ topics: [topic('t', Array.from({ length: 12 }, (_, i) => part(i, i < 8 ? 1 : 2 + (i % 2))))] }), messages: [/broker 1 leads 8 of 12 partitions, 2.0x/] }],
  },
  'cluster/partition-size-skew': {
    valid: [snap(), snap({ topics: [topic('t', [part(0, 1, { latest: 600 }), part(1, 2, { latest: 10 }), part(2, 3, { latest: 10 })].map((p) => ({ ...p, latest: 100 })))] })],
    invalid: [{ snapshot: snap({ topics: [topic('t', [part(0, 1, { latest: 5000 }), part(1, 2, { latest: 500 }), part(2, 3, { latest: 400 })])] }), messages: [/t\[0\] holds 5000 records, 10.0x the median partition \(500\)/] }],
  },
  'cluster/group-lag': {
    valid: [snap(), snap({ groups: [group('g', [['orders', 0, 999]])] })],
    invalid: [{ snapshot: snap({ groups: [group('g', [['orders', 0, 700], ['orders', 1, 600], ['orders', 2, 0]])] }), messages: [/group g is 1300 records behind over 2 partition\(s\); most behind: orders\[0\], orders\[1\] \(700 records\)/] }],
  },
  'cluster/group-stuck': {
    valid: [
      snap({ groups: [group('g', [['orders', 0, 50]], { later: null })] }),
      snap({ sampleMs: 5000, groups: [group('g', [['orders', 0, 50]], { later: [{ topic: 'orders', partition: 0, committed: 60, end: 110, lag: 50 }] })] }),
    ],
    invalid: [{ snapshot: snap({ sampleMs: 5000, groups: [group('g', [['orders', 0, 50]], { later: [{ topic: 'orders', partition: 0, committed: 50, end: 120, lag: 70 }] })] }), messages: [/group g committed nothing in 5000 ms on 1 partition\(s\)/] }],
  },
  'cluster/topic-without-consumers': {
    valid: [snap(), snap({ groupsComplete: false, groups: [] })],
    invalid: [
      { snapshot: snap({ topics: [balanced('orders'), balanced('audit')] }), messages: [/1 topic\(s\) hold records that no consumer group has committed offsets for: audit/] },
      { snapshot: snap({ groupsComplete: false, topics: [balanced('orders'), balanced('audit')] }), messages: [/none of the groups named with --group/] },
    ],
  },
  'cluster/idle-consumers': {
    valid: [snap(), snap({ groups: [group('g', [['orders', 0, 0]], { members: 3 })] })],
    invalid: [{ snapshot: snap({ groups: [group('g', [['orders', 0, 0]], { members: 5 })] }), messages: [/5 members but its topics \(orders\) have 3 partition\(s\): 2 member\(s\) sit idle/] }],
  },
};

describe('cluster rules', () => {
  it('every rule has a table, an id in the cluster area and documentation', () => {
    expect(Object.keys(tables).sort()).toEqual(CLUSTER_RULES.map((r) => r.id).sort());
    for (const r of CLUSTER_RULES) {
      expect(r.id).toMatch(/^cluster\/[a-z0-9-]+$/);
      expect(r.refs.length).toBeGreaterThan(0);
      for (const text of [r.summary, r.why, r.fix]) expect(text.length).toBeGreaterThan(10);
    }
  });

  for (const [id, t] of Object.entries(tables)) {
    describe(id, () => {
      t.valid.forEach((s, i) => it(`valid #${i} finds nothing`, () => expect(check(id, s)).toEqual([])));
      t.invalid.forEach((c, i) =>
        it(`invalid #${i}: ${c.messages.map(String).join(' ')}`, () => {
          const found = check(id, c.snapshot);
          expect(found).toHaveLength(c.messages.length);
          c.messages.forEach((m, j) => expect(found[j]!.message).toMatch(m));
          if (c.severity) expect(found[0]!.severity).toBe(c.severity);
        }),
      );
    });
  }
});

describe('diagnose and report', () => {
  it('puts errors first and renders text and markdown', () => {
    const s = snap({ topics: [topic('orders', [part(0, -1), part(1, 1, { isr: [1] })])], groups: [group('g', [['orders', 1, 5000]])], unavailable: [{ what: 'topic and broker configs (DescribeConfigs)', reason: 'not supported' }] });
    const report = diagnose(s, DEFAULT_THRESHOLDS);
    expect(report.findings[0]!.severity).toBe('error');
    expect(report.summary).toMatchObject({ offlinePartitions: 1, underReplicatedPartitions: 1, totalLag: 5000 });
    const text = renderDoctor(report, 'text');
    expect(text).toMatch(/not available from this cluster[\s\S]*DescribeConfigs\): not supported/);
    expect(renderDoctor(report, 'markdown')).toMatch(/^## doctor: test:9092/);
  });
});
