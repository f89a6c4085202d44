// doctor on a large cluster: a local broker with 2,000 topics x 6 partitions and 200 consumer
// groups. Reports the snapshot time and the requests per broker, counted by the client (kafkajs
// instrumentation) and by the broker (the mock's request tracking). Batching means the counts
// stay near constant in topics and partitions: one Metadata for all topics, one ListOffsets per
// broker for log ends and one for log starts, one OffsetFetch round per group (the mock has no
// DescribeGroups and no "all topics" OffsetFetch, so there each group's names every partition).
import './footer.mjs';
import kafkajs from 'kafkajs';
import { startLocalBroker } from '../dist/cluster/local-broker.js';
import { takeSnapshot } from '../dist/cluster/snapshot.js';
import { diagnose } from '../dist/method/doctor/diagnose.js';

const { Kafka, logLevel } = kafkajs;
const TOPICS = Number(process.env.BENCH_TOPICS ?? 2000),
  PARTITIONS = 6,
  GROUPS = Number(process.env.BENCH_GROUPS ?? 200),
  BROKERS = 3;
const API_NAMES = {
  0: 'Produce',
  1: 'Fetch',
  2: 'ListOffsets',
  3: 'Metadata',
  8: 'OffsetCommit',
  9: 'OffsetFetch',
  10: 'FindCoordinator',
  18: 'ApiVersions',
  32: 'DescribeConfigs',
  15: 'DescribeGroups',
  16: 'ListGroups',
};

const broker = await startLocalBroker({ brokers: BROKERS });
try {
  let t = performance.now();
  const names = Array.from({ length: TOPICS }, (_, i) => `bench-${String(i).padStart(4, '0')}`);
  for (const n of names) await broker.control.createTopic(n, PARTITIONS, 3);
  const bootstrap = broker.bootstrap.split(',');
  const kafka = new Kafka({ clientId: 'bench-setup', brokers: bootstrap, logLevel: logLevel.NOTHING });

  // Records in the first GROUPS topics, then one group per topic committing part of them.
  const producer = kafka.producer();
  await producer.connect();
  await producer.sendBatch({ topicMessages: names.slice(0, GROUPS).map((topic) => ({ topic, messages: Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, value: 'x' })) })) });
  await producer.disconnect();
  const commitGroup = async (i) => {
    const consumer = kafka.consumer({ groupId: `bench-group-${i}`, sessionTimeout: 6000, heartbeatInterval: 1000 });
    await consumer.connect();
    await consumer.subscribe({ topics: [names[i]], fromBeginning: true });
    const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
    await consumer.run({ autoCommit: false, eachBatch: async () => undefined });
    await joined;
    await consumer.commitOffsets(Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: names[i], partition, offset: String(i % 5) })));
    await consumer.disconnect();
  };
  for (let i = 0; i < GROUPS; i += 20) await Promise.all(Array.from({ length: 20 }, (_, j) => commitGroup(i + j)));
  console.log(`setup: ${TOPICS} topics x ${PARTITIONS} partitions, ${GROUPS} groups on ${BROKERS} brokers in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  await broker.control.clearRequests();
  await broker.control.startRequestTracking();
  t = performance.now();
  const cpu = process.cpuUsage();
  const snapshot = await takeSnapshot({ bootstrap, timeoutMs: 30000 }, { groups: Array.from({ length: GROUPS }, (_, i) => `bench-group-${i}`) });
  const report = diagnose(snapshot);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const server = await broker.control.requestCounts();
  await broker.control.stopRequestTracking();

  const partitions = snapshot.topics.reduce((s, x) => s + x.partitions.length, 0);
  console.log(
    `doctor snapshot + rules: ${ms.toFixed(0)} ms wall (the mock broker's own work included), ${((used.user + used.system) / 1000).toFixed(0)} ms CPU in this process, for ${snapshot.topics.length} topics, ${partitions} partitions, ${snapshot.groups.length} groups (${report.findings.length} findings)`,
  );
  console.log('requests per broker, counted by the client (kafkajs):');
  for (const [b, byApi] of Object.entries(snapshot.requests).sort()) {
    const total = Object.values(byApi).reduce((s, n) => s + n, 0);
    console.log(
      `  ${b}: ${total}  ${Object.entries(byApi)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  }
  console.log('requests per broker, counted by the broker (mock request tracking):');
  for (const [id, byKey] of Object.entries(server.brokers)) {
    const total = Object.values(byKey).reduce((s, n) => s + n, 0);
    console.log(
      `  broker ${id}: ${total}  ${Object.entries(byKey)
        .map(([k, n]) => `${API_NAMES[k] ?? `ApiKey ${k}`} ${n}`)
        .join(', ')}`,
    );
  }
  console.log(`  total ${server.total} requests for ${partitions} partitions (${(server.total / partitions).toFixed(3)} per partition)`);
} finally {
  await broker.stop();
}
// kafkajs consumers from the setup can keep reconnect timers alive after the broker is gone
// (their LeaveGroup answer from the mock does not decode); the figures are printed, so end here.
process.exit(0);
