// doctor against the local broker: a deliberately lagging group and a leaderless partition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { startLocalBroker, type LocalBroker } from '../../src/cluster/local-broker.js';
import { takeSnapshot } from '../../src/cluster/snapshot.js';
import { diagnose } from '../../src/method/doctor/diagnose.js';
import { brokerBuilt } from './broker-available.js';

describe.runIf(brokerBuilt)('doctor on the local broker (integration)', () => {
  let broker: LocalBroker;

  beforeAll(async () => {
    broker = await startLocalBroker({
      brokers: 3,
      topics: [
        { name: 'orders', partitions: 3 },
        { name: 'audit', partitions: 2 },
      ],
    });
    const kafka = new Kafka({ clientId: 'setup', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'orders', messages: Array.from({ length: 3000 }, (_, i) => ({ key: `k${i}`, value: 'x' })) });
    await producer.disconnect();
    // Groups that joined, committed and went away: billing (offset 10 on every orders partition) lags;
    // auditor committed on audit, both on both topics.
    const commit = async (groupId: string, topics: string[], offsets: Array<{ topic: string; partition: number; offset: string }>) => {
      const consumer = kafka.consumer({ groupId, sessionTimeout: 6000, heartbeatInterval: 1000 });
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
      await consumer.run({ autoCommit: false, eachBatch: async () => undefined });
      await joined;
      await consumer.commitOffsets(offsets);
      await consumer.disconnect();
    };
    await Promise.all([
      commit(
        'billing',
        ['orders'],
        [0, 1, 2].map((partition) => ({ topic: 'orders', partition, offset: '10' })),
      ),
      commit('auditor', ['audit'], [{ topic: 'audit', partition: 1, offset: '0' }]),
      commit(
        'both',
        ['audit', 'orders'],
        [
          { topic: 'audit', partition: 0, offset: '0' },
          { topic: 'orders', partition: 2, offset: '7' },
        ],
      ),
    ]);
    await broker.control.setLeader('audit', 1, -1);
  }, 60000);
  afterAll(async () => {
    await broker?.stop();
  });

  it('reads the cluster with batched requests and says what the mock cannot answer', async () => {
    const snapshot = await takeSnapshot({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 }, { groups: ['billing'] });
    expect(snapshot.brokers.map((b) => b.id)).toEqual([1, 2, 3]);
    expect(snapshot.topics.map((t) => t.name)).toEqual(['audit', 'orders']);
    const orders = snapshot.topics.find((t) => t.name === 'orders')!;
    expect(orders.partitions.reduce((s, p) => s + (p.latest ?? 0), 0)).toBe(3000);
    expect(snapshot.unavailable.map((u) => u.what).join('\n')).toMatch(/ListGroups[\s\S]*DescribeConfigs/);
    // Batched: ListOffsets twice per broker (log start, log end) whatever the partition count.
    for (const byApi of Object.values(snapshot.requests)) expect(byApi.ListOffsets ?? 0).toBeLessThanOrEqual(2);
    expect(snapshot.groups[0]!.offsets.map((o) => [o.topic, o.partition, o.committed])).toEqual([
      ['orders', 0, 10],
      ['orders', 1, 10],
      ['orders', 2, 10],
    ]);
  });

  it('reports a group-level OffsetFetch error on the "all topics" form as that group\'s offsets unavailable, and reads them on the next snapshot', async () => {
    await broker.control.pushRequestErrors(9, [15]); // COORDINATOR_NOT_AVAILABLE, once
    const failed = await takeSnapshot({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 }, { groups: ['auditor'] });
    expect(failed.groups).toEqual([]);
    expect(failed.unavailable.find((u) => u.what === 'committed offsets of group auditor (OffsetFetch)')?.reason).toMatch(/coordinator is not available/i);
    const read = await takeSnapshot({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 }, { groups: ['auditor'] });
    expect(read.groups[0]!.offsets.map((o) => [o.topic, o.partition, o.committed])).toEqual([['audit', 1, 0]]);
  });

  it('finds the lagging group and the leaderless partition', async () => {
    const report = diagnose(await takeSnapshot({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 }, { groups: ['billing'] }));
    const byRule = new Map(report.findings.map((f) => [f.rule, f]));
    expect(byRule.get('cluster/offline-partitions')?.message).toMatch(/audit\[1\]/);
    expect(byRule.get('cluster/group-lag')?.message).toMatch(/group billing is 2970 records behind/);
    expect(report.summary).toMatchObject({ offlinePartitions: 1, totalLag: 2970 });
  });

  it('reads each group in one FindCoordinator and one "all topics" OffsetFetch, with the offsets kafkajs reads one topic at a time', async () => {
    const groups = ['billing', 'auditor', 'both', 'never-committed'];
    await broker.control.clearRequests();
    await broker.control.startRequestTracking();
    const snapshot = await takeSnapshot({ bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 }, { groups });
    const counts = await broker.control.requestCounts();
    await broker.control.stopRequestTracking();
    const total = (apiKey: number) => Object.values(counts.brokers).reduce((n, byKey) => n + (byKey[apiKey] ?? 0), 0);
    expect(total(10)).toBe(groups.length); // FindCoordinator
    // The local broker answers the null topic list as Kafka does (the launcher's handler), so no
    // group's partitions are named: one OffsetFetch per group.
    expect(total(9)).toBe(groups.length);

    const kafka = new Kafka({ clientId: 'check', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      for (const id of groups) {
        const expected = (await admin.fetchOffsets({ groupId: id, topics: ['audit', 'orders'] }))
          .flatMap((t) => t.partitions.map((p) => ({ topic: t.topic, partition: p.partition, committed: Number(p.offset) })))
          .filter((o) => o.committed >= 0);
        const read = snapshot.groups.find((g) => g.id === id)!.offsets.map(({ topic, partition, committed }) => ({ topic, partition, committed }));
        expect(read).toEqual(expected);
      }
    } finally {
      await admin.disconnect();
    }
    expect(snapshot.groups.find((g) => g.id === 'both')!.offsets.map((o) => [o.topic, o.partition, o.committed])).toEqual([
      ['audit', 0, 0],
      ['orders', 2, 7],
    ]);
  });
});
