// Table tests for the cluster rules: snapshots that must produce nothing, and snapshots with
// the findings they must produce.
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot, GroupInfo, PartitionInfo, TopicInfo } from '../../src/model/cluster-snapshot.js';
import { DEFAULT_THRESHOLDS, doctorContext, runClusterRules, type ClusterRule } from '../../src/method/doctor/rule.js';
import { CLUSTER_RULE_REGISTRY, CLUSTER_RULES } from '../../src/method/doctor/rules/index.js';
import { type RuleTable, ruleTester } from '../method/rules/rule-tester.js';
import { diagnose } from '../../src/method/doctor/diagnose.js';
import { renderDoctor } from '../../src/method/doctor/report.js';

const part = (id: number, leader: number, o: Partial<PartitionInfo> = {}): PartitionInfo => ({ id, leader, replicas: [1, 2, 3], isr: [1, 2, 3], offlineReplicas: [], earliest: 0, latest: 100, ...o });
const topic = (name: string, partitions: PartitionInfo[], config: Record<string, string> | null = null): TopicInfo => ({ name, internal: false, partitions, config });
const balanced = (name: string) => topic(name, [part(0, 1), part(1, 2), part(2, 3)]);
const group = (id: string, lags: Array<[string, number, number]>, o: Partial<GroupInfo> = {}): GroupInfo => ({
  id,
  state: null,
  members: null,
  later: null,
  offsets: lags.map(([t, p, lag]) => ({ topic: t, partition: p, committed: 100 - lag, end: 100, lag })),
  ...o,
});
const snap = (o: Partial<ClusterSnapshot> = {}): ClusterSnapshot => ({
  takenAt: '2026-01-01T00:00:00.000Z',
  cluster: 'test:9092',
  clusterId: 'c',
  controller: 1,
  brokers: [1, 2, 3].map((id) => ({ id, host: 'h', port: 9092 + id, rack: null })),
  topics: [balanced('orders')],
  groups: [
    group('billing', [
      ['orders', 0, 0],
      ['orders', 1, 0],
      ['orders', 2, 0],
    ]),
  ],
  groupsComplete: true,
  brokerConfig: null,
  sampleMs: 0,
  unavailable: [],
  requests: {},
  durationMs: 1,
  ...o,
});

function rule(id: string): ClusterRule {
  const r = CLUSTER_RULES.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
const check = (id: string, s: ClusterSnapshot) => runClusterRules([rule(id)], doctorContext(s));

interface Case {
  snapshot: ClusterSnapshot;
}
type Table = Omit<RuleTable<Case>, 'rule'>;

const tables: Record<string, Table> = {
  'cluster/offline-partitions': {
    valid: [{ snapshot: snap() }],
    invalid: [{ snapshot: snap({ topics: [topic('orders', [part(0, 1), part(1, -1)])] }), message: [/1 partition\(s\) have no leader: orders\[1\]/], errors: [{ messageId: 'partitionSHaveNo' }] }],
  },
  'cluster/under-replicated': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ topics: [topic('orders', [part(0, -1, { isr: [] })])] }) }],
    invalid: [
      { snapshot: snap({ topics: [topic('orders', [part(0, 1, { isr: [1, 2] })])] }), message: [/1 partition\(s\) are under-replicated: orders\[0\]/], errors: [{ messageId: 'partitionSAreUnder' }] },
      {
        snapshot: snap({ topics: [topic('orders', [part(0, 1, { isr: [1] })], { 'min.insync.replicas': '2' })] }),
        message: [/under-replicated/, /fewer in-sync replicas than min.insync.replicas/],
        errors: [{ messageId: 'partitionSAreUnder' }, { messageId: 'partitionSHaveFewer', severity: 'error' }],
      },
    ],
  },
  'cluster/replication-vs-min-insync': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'min.insync.replicas': '2' })] }) }],
    invalid: [
      {
        snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'min.insync.replicas': '3' })] }),
        message: [/equals its replication factor/],
        errors: [{ messageId: 'minInsyncReplicasEqualsItsReplication' }],
      },
      { snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'min.insync.replicas': '4' })] }), message: [/can never succeed/], errors: [{ messageId: 'minInsyncReplicasIsAboveIts' }] },
      {
        snapshot: snap({ topics: [topic('orders', [part(0, 1, { replicas: [1], isr: [1] })])] }),
        message: [/replication factor 1 on a 3-broker cluster: orders/],
        errors: [{ messageId: 'topicSHaveReplication' }],
      },
      {
        snapshot: snap({ brokerConfig: { 'min.insync.replicas': '1' } }),
        message: [/min.insync.replicas=1 with replication factor 3/],
        errors: [{ messageId: 'minInsyncReplicasWithReplicationFactor', severity: 'warning' }],
      },
    ],
  },
  'cluster/unclean-election': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'unclean.leader.election.enable': 'false' })] }) }],
    invalid: [
      {
        snapshot: snap({ topics: [topic('orders', [part(0, 1)], { 'unclean.leader.election.enable': 'true' })] }),
        message: [/enabled for 1 topic\(s\): orders/],
        errors: [{ messageId: 'uncleanLeaderElectionIs' }],
      },
      { snapshot: snap({ brokerConfig: { 'unclean.leader.election.enable': 'true' } }), message: [/enabled \(broker default\)/], errors: [{ messageId: 'uncleanLeaderElectionIs' }] },
    ],
  },
  'cluster/leader-skew': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ topics: [topic('t', [part(0, 1), part(1, 1), part(2, 2)])] }) }],
    invalid: [
      {
        snapshot: snap({
          topics: [
            topic(
              't',
              Array.from({ length: 12 }, (_, i) => part(i, i < 8 ? 1 : 2 + (i % 2))),
            ),
          ],
        }),
        message: [/broker 1 leads 8 of 12 partitions, 2.0x/],
        errors: [{ messageId: 'brokerLeadsOfPartitions' }],
      },
    ],
  },
  'cluster/partition-size-skew': {
    valid: [
      { snapshot: snap() },
      {
        snapshot: snap({
          topics: [
            topic(
              't',
              [part(0, 1, { latest: 600 }), part(1, 2, { latest: 10 }), part(2, 3, { latest: 10 })].map((p) => ({ ...p, latest: 100 })),
            ),
          ],
        }),
      },
    ],
    invalid: [
      {
        snapshot: snap({ topics: [topic('t', [part(0, 1, { latest: 5000 }), part(1, 2, { latest: 500 }), part(2, 3, { latest: 400 })])] }),
        message: [/t\[0\] holds 5000 records, 10.0x the median partition \(500\)/],
        errors: [{ messageId: 'holdsRecordsXThe' }],
      },
    ],
  },
  'cluster/group-lag': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ groups: [group('g', [['orders', 0, 999]])] }) }],
    invalid: [
      {
        snapshot: snap({
          groups: [
            group('g', [
              ['orders', 0, 700],
              ['orders', 1, 600],
              ['orders', 2, 0],
            ]),
          ],
        }),
        message: [/group g is 1300 records behind over 2 partition\(s\); most behind: orders\[0\], orders\[1\] \(700 records\)/],
        errors: [{ messageId: 'groupIsRecordsBehind' }],
      },
    ],
  },
  'cluster/group-stuck': {
    valid: [
      { snapshot: snap({ groups: [group('g', [['orders', 0, 50]], { later: null })] }) },
      { snapshot: snap({ sampleMs: 5000, groups: [group('g', [['orders', 0, 50]], { later: [{ topic: 'orders', partition: 0, committed: 60, end: 110, lag: 50 }] })] }) },
    ],
    invalid: [
      {
        snapshot: snap({ sampleMs: 5000, groups: [group('g', [['orders', 0, 50]], { later: [{ topic: 'orders', partition: 0, committed: 50, end: 120, lag: 70 }] })] }),
        message: [/group g committed nothing in 5000 ms on 1 partition\(s\)/],
        errors: [{ messageId: 'groupCommittedNothingIn' }],
      },
    ],
  },
  'cluster/topic-without-consumers': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ groupsComplete: false, groups: [] }) }],
    invalid: [
      {
        snapshot: snap({ topics: [balanced('orders'), balanced('audit')] }),
        message: [/1 topic\(s\) hold records that no consumer group has committed offsets for: audit/],
        errors: [{ messageId: 'topicSHoldRecords' }],
      },
      { snapshot: snap({ groupsComplete: false, topics: [balanced('orders'), balanced('audit')] }), message: [/none of the groups named with --group/], errors: [{ messageId: 'topicSHoldRecords' }] },
    ],
  },
  'cluster/idle-consumers': {
    valid: [{ snapshot: snap() }, { snapshot: snap({ groups: [group('g', [['orders', 0, 0]], { members: 3 })] }) }],
    invalid: [
      {
        snapshot: snap({ groups: [group('g', [['orders', 0, 0]], { members: 5 })] }),
        message: [/5 members but its topics \(orders\) have 3 partition\(s\): 2 member\(s\) sit idle/],
        errors: [{ messageId: 'groupHasMembersBut' }],
      },
    ],
  },
};

describe('cluster rules', () => {
  it('every rule has a table, an id in the cluster area and documentation', () => {
    expect(Object.keys(tables).sort()).toEqual(CLUSTER_RULES.map((r) => r.meta.id).sort());
    for (const { meta: r } of CLUSTER_RULES) {
      expect(r.id).toMatch(/^cluster\/[a-z0-9-]+$/);
      expect(r.refs.length).toBeGreaterThan(0);
      for (const text of [r.summary, r.why, r.fix]) expect(text.length).toBeGreaterThan(10);
    }
  });
});

ruleTester<Case>({
  name: 'cluster rules',
  meta: (id) => CLUSTER_RULE_REGISTRY.get(id)?.meta,
  findings: (id, c) => check(id, c.snapshot),
})(
  'doctor',
  Object.entries(tables).map(([rule, t]) => ({ rule, ...t })),
);

describe('diagnose and report', () => {
  it('puts errors first and renders text and markdown', () => {
    const s = snap({
      topics: [topic('orders', [part(0, -1), part(1, 1, { isr: [1] })])],
      groups: [group('g', [['orders', 1, 5000]])],
      unavailable: [{ what: 'topic and broker configs (DescribeConfigs)', reason: 'not supported' }],
    });
    const report = diagnose(s, DEFAULT_THRESHOLDS);
    expect(report.findings[0]!.severity).toBe('error');
    expect(report.summary).toMatchObject({ offlinePartitions: 1, underReplicatedPartitions: 1, totalLag: 5000 });
    const text = renderDoctor(report, 'text');
    expect(text).toMatch(/not available from this cluster[\s\S]*DescribeConfigs\): not supported/);
    expect(renderDoctor(report, 'markdown')).toMatch(/^## doctor: test:9092/);
  });
});
