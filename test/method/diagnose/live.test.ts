// Against the local Kafka-protocol broker: a group consuming slower than its producer reaches WARN,
// a stopped consumer reaches STOP or STALL, and a caught-up one stays OK. Samples every 200 ms.
import type { Consumer, Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaClient, type ConnectionOptions } from '../../../src/cluster/connection.js';
import { watchGroupLag } from '../../../src/cluster/group-lag.js';
import { startLocalBroker, type LocalBroker } from '../../../src/cluster/local-broker.js';
import { brokerBuilt } from '../../cluster/broker-available.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../cli/run-cli.js';

const SAMPLES = 10;
const INTERVAL_MS = 200;

let broker: LocalBroker;
let connection: ConnectionOptions;
let producer: Producer;
const consumers: Consumer[] = [];
const timers: NodeJS.Timeout[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Produces `count` records to `topic` every `everyMs`. */
function produceEvery(topic: string, count: number, everyMs: number): void {
  const send = () => void producer.send({ topic, messages: Array.from({ length: count }, (_, i) => ({ key: String(i), value: 'x'.repeat(100) })) }).catch(() => undefined);
  send();
  timers.push(setInterval(send, everyMs));
}

/** A group member that takes `perMessageMs` per record and commits every `commitEvery` records. */
async function consume(topic: string, groupId: string, perMessageMs: number, commitEvery: number): Promise<Consumer> {
  const consumer = kafkaClient(connection).consumer({ groupId, maxBytesPerPartition: 4096, sessionTimeout: 10_000, heartbeatInterval: 1000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommitThreshold: commitEvery,
    eachMessage: async () => {
      if (perMessageMs > 0) await sleep(perMessageMs);
    },
  });
  consumers.push(consumer);
  return consumer;
}

/** Waits until the group has committed an offset. */
async function committed(groupId: string, topic: string): Promise<void> {
  const admin = kafkaClient(connection).admin();
  await admin.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
      if (t?.partitions.some((p) => Number(p.offset) > 0)) return;
      await sleep(100);
    }
    throw new Error(`group ${groupId} never committed`);
  } finally {
    await admin.disconnect();
  }
}

/** One window of samples; without a topic the sampler finds the topics the group committed to. */
const window = (groupId: string, topic?: string) =>
  watchGroupLag(connection, { groupId, ...(topic ? { topics: [topic] } : {}), samples: SAMPLES, intervalMs: INTERVAL_MS, evaluator: { minimumComplete: 0, allowedLag: 0 } });

describe.skipIf(!brokerBuilt)('lag status against the local broker', () => {
  beforeAll(async () => {
    broker = await startLocalBroker({
      brokers: 1,
      topics: [
        { name: 'slow', partitions: 1 },
        { name: 'stopped', partitions: 1 },
        { name: 'caught-up', partitions: 1 },
      ],
    });
    connection = { bootstrap: broker.bootstrap.split(','), timeoutMs: 5000 };
    producer = kafkaClient(connection).producer();
    await producer.connect();
  }, 30_000);

  afterAll(async () => {
    for (const t of timers) clearInterval(t);
    await Promise.allSettled(consumers.map((c) => c.disconnect()));
    await producer?.disconnect();
    await broker?.stop();
  }, 30_000);

  it('WARN for a group slower than its producer, STOP or STALL for a stopped one, OK for a caught-up one', async () => {
    // slow: 400 msg/s in, at most 50 msg/s out (20 ms each), committing every 5 records.
    produceEvery('slow', 40, 100);
    await consume('slow', 'g-slow', 20, 5);
    // stopped: consumes, then leaves while the producer carries on.
    produceEvery('stopped', 10, 100);
    const stopped = await consume('stopped', 'g-stopped', 0, 1);
    // caught-up: a burst every second, consumed at once.
    produceEvery('caught-up', 10, 1000);
    await consume('caught-up', 'g-caught-up', 0, 1);
    await Promise.all([committed('g-slow', 'slow'), committed('g-stopped', 'stopped'), committed('g-caught-up', 'caught-up')]);
    await stopped.disconnect();
    await sleep(300);

    const [slow, stop, ok] = await Promise.all([window('g-slow'), window('g-stopped', 'stopped'), window('g-caught-up', 'caught-up')]);
    expect(slow.samples).toBe(SAMPLES);
    expect(slow.partitions.map((p) => p.topic)).toEqual(['slow']);
    expect(slow.partitions[0]!.status, slow.partitions[0]!.reason).toBe('WARN');
    expect(slow.group.status).toBe('WARN');
    expect(slow.partitions[0]!.lagSeconds).toBeGreaterThan(0);
    expect(['STOP', 'STALL'], stop.partitions[0]!.reason).toContain(stop.partitions[0]!.status);
    expect(stop.group.status).toBe('ERR');
    expect(ok.partitions[0]!.status, ok.partitions[0]!.reason).toBe('OK');
    expect(ok.group.status).toBe('OK');
  }, 30_000);

  it('the CLI door takes the connection from --command-config (bootstrap.servers in a client properties file)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lag-status-')), 'client.properties');
    writeFileSync(file, `bootstrap.servers=${broker.bootstrap}\nclient.id=lag-status-test\n`);
    const r = runCli(['lag', 'status', '--command-config', file, '--group', 'g-caught-up', '--topic', 'caught-up', '--samples', '2', '--interval', '100ms', '--format', 'json']);
    expect(r.stderr).not.toMatch(/bootstrap|no broker/i);
    const document = JSON.parse(r.stdout) as { group: { totalPartitions: number }; partitions: Array<{ topic: string }> };
    expect(document.partitions.map((p) => p.topic)).toEqual(['caught-up']);
    expect(document.group.totalPartitions).toBe(1);
  }, 30_000);
});
