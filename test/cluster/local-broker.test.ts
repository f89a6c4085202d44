import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { startLocalBroker, type LocalBroker } from '../../src/cluster/local-broker.js';
import { UserError } from '../../src/model/errors.js';
import { brokerBuilt } from './broker-available.js';

describe('startLocalBroker', () => {
  it('says which script to run when the launcher is not built', async () => {
    const err = await startLocalBroker({ binary: '/nonexistent/kafka-mock-broker' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('scripts/build-broker.sh');
  });

  it('rejects a replication factor above the number of brokers', async () => {
    await expect(startLocalBroker({ brokers: 2, topics: [{ name: 't', partitions: 1, replicationFactor: 3 }] })).rejects.toThrow(/replication factor/);
  });
});

describe.runIf(brokerBuilt)('local broker (integration)', () => {
  let broker: LocalBroker;
  let kafka: Kafka;

  beforeAll(async () => {
    broker = await startLocalBroker({ brokers: 3, topics: [{ name: 'orders', partitions: 6 }] });
    kafka = new Kafka({ clientId: 'test', brokers: broker.bootstrap.split(','), logLevel: logLevel.NOTHING, retry: { retries: 2, initialRetryTime: 100 } });
  });
  afterAll(async () => {
    await broker?.stop();
  });

  it('serves metadata for its brokers and topics on 127.0.0.1', async () => {
    expect(broker.bootstrap.split(',')).toHaveLength(3);
    for (const b of broker.bootstrap.split(',')) expect(b).toMatch(/^127\.0\.0\.1:\d+$/);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const meta = await admin.fetchTopicMetadata({ topics: ['orders'] });
      expect(meta.topics[0]!.partitions).toHaveLength(6);
      const cluster = await admin.describeCluster();
      expect(cluster.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3]);
      expect(cluster.controller).toBe(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('applies faults through the control channel', async () => {
    await broker.control.setLeader('orders', 0, -1);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const meta = await admin.fetchTopicMetadata({ topics: ['orders'] });
      expect(meta.topics[0]!.partitions.find((p) => p.partitionId === 0)!.leader).toBe(-1);
    } finally {
      await admin.disconnect();
    }
    await broker.control.setLeader('orders', 0, 2);
    await broker.control.setRtt(-1, 0);
    await broker.control.setCoordinator('group', 'g1', 2);
    await broker.control.pushBrokerErrors(1, 0, [{ code: 0, rttMs: 10 }]);
    await broker.control.clearRequestErrors(0);
    await expect(broker.control.setLeader('orders', 0, 99)).rejects.toThrow(/leader/);
  });

  it('counts requests per broker while tracking', async () => {
    await broker.control.startRequestTracking();
    const admin = kafka.admin();
    await admin.connect();
    await admin.fetchTopicMetadata({ topics: ['orders'] });
    await admin.disconnect();
    const counts = await broker.control.requestCounts();
    await broker.control.stopRequestTracking();
    expect(counts.total).toBeGreaterThan(0);
    const metadataRequests = Object.values(counts.brokers).reduce((n, byKey) => n + (byKey['3'] ?? 0), 0);
    expect(metadataRequests).toBeGreaterThan(0);
  });

  it('stops cleanly and twice', async () => {
    const other = await startLocalBroker({ brokers: 1 });
    await other.stop();
    await other.stop();
    await expect(other.control.setRtt(1, 1)).rejects.toThrow(/not running/);
  });

  it('runs as the broker command until SIGTERM, printing its bootstrap as JSON', async () => {
    const { spawn } = await import('node:child_process');
    const cli = spawn(process.execPath, ['dist/cli/main.js', 'broker', '--brokers', '2', '--topic', 'a:3', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((resolve, reject) => {
      cli.stdout.once('data', (d: Buffer) => resolve(d.toString()));
      cli.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const printed = JSON.parse(line) as { bootstrap: string; brokers: number };
    expect(printed.brokers).toBe(2);
    expect(printed.bootstrap.split(',')).toHaveLength(2);
    const code = await new Promise<number | null>((resolve) => {
      cli.once('exit', resolve);
      cli.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
