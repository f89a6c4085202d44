// Designs as the design step writes them, for the generator's tests: an at-least-once keyed flow
// with dead letters, a rate limit and deduplication; an exactly-once read-process-write pair; an
// at-most-once unkeyed flow; and a compacted state topic with Avro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { designFromText } from './requirements.js';
import type { Design, TopicDesign } from '../../../src/model/design.js';

const ref = ['https://kafka.apache.org/documentation/'];

function topic(name: string, flow: string, role: string, key: string | null, config: Record<string, string>, partitions = 12): TopicDesign {
  return {
    name,
    flows: [flow],
    role,
    partitions,
    replicationFactor: 3,
    key,
    config: { 'min.insync.replicas': '2', 'cleanup.policy': 'delete', ...config },
    sizing: { peakBytesPerSecond: 320000, diskBytes: 1.2e11 },
    rationale: [{ setting: 'partitions', why: `peak 400 msg/s over 6 consumers: ${partitions} partitions leave room to grow`, refs: ref }],
  };
}

const base = { environment: 'production', assumptions: [], questions: [], alternatives: [], schemas: [], findings: [] };

export const notificationDesign: Design = {
  ...base,
  name: 'notification-service',
  kafkaVersion: '3.9',
  client: { language: 'python', library: 'confluent-kafka' },
  topics: [
    topic('notification-service.notifications', 'notifications', 'main', 'user_id', { 'retention.ms': '259200000' }),
    topic('notification-service.notifications.dlt', 'notifications', 'dead-letter', 'user_id', { 'retention.ms': '1209600000' }, 3),
  ],
  producers: [
    {
      flow: 'notifications',
      source: 'order-service',
      delivery: 'at-least-once',
      topic: 'notification-service.notifications',
      client: 'confluent-kafka',
      config: { acks: 'all', 'enable.idempotence': 'true', 'linger.ms': '5', 'compression.type': 'lz4', 'delivery.timeout.ms': '120000' },
      rationale: [
        { setting: 'acks', why: 'a notification must survive the loss of the leader: wait for all in-sync replicas', refs: ref },
        { setting: 'enable.idempotence', why: 'librdkafka defaults to false; retries must not duplicate or reorder per key', refs: ref },
        { setting: 'linger.ms', why: 'wait 5 ms to fill batches: 400 msg/s peak leaves latency to spare (p99 budget 5000 ms)', refs: ref },
      ],
    },
  ],
  consumers: [
    {
      flow: 'notifications',
      topic: 'notification-service.notifications',
      groupId: 'notification-worker',
      instances: 6,
      client: 'confluent-kafka',
      config: {
        'enable.auto.commit': 'false',
        'max.poll.records': '50',
        'max.poll.interval.ms': '300000',
        'auto.offset.reset': 'earliest',
        'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
      },
      rationale: [
        { setting: 'enable.auto.commit', why: 'commit only after the push API accepted the notification', refs: ref },
        { setting: 'max.poll.records', why: '50 records x 2000 ms p99 = 100 s, inside max.poll.interval.ms 300 s', refs: ref },
      ],
    },
  ],
  patterns: [
    { id: 'dead-letter-topic', why: 'a notification the push API rejects for good must not block its partition', flows: ['notifications'] },
    { id: 'rate-limited-worker', why: 'the push API allows 100 requests/s; peak is 400/s', flows: ['notifications'] },
    { id: 'idempotent-consumer', why: 'redelivery after a rebalance must not notify twice', flows: ['notifications'] },
  ],
};

export const paymentsDesign: Design = {
  ...base,
  name: 'payments',
  kafkaVersion: '3.9',
  client: { language: 'java', library: 'kafka-clients' },
  topics: [
    topic('payments.payment-requests', 'payment-requests', 'main', 'account_id', { 'retention.ms': '2592000000', 'unclean.leader.election.enable': 'false' }),
    topic('payments.payment-results', 'payment-results', 'main', 'account_id', { 'retention.ms': '2592000000', 'unclean.leader.election.enable': 'false' }),
  ],
  producers: [
    {
      flow: 'payment-requests',
      source: 'checkout',
      delivery: 'exactly-once',
      topic: 'payments.payment-requests',
      client: 'kafka-clients',
      config: { acks: 'all', 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '5' },
      rationale: [{ setting: 'acks', why: 'payments must not be lost', refs: ref }],
    },
    {
      flow: 'payment-results',
      source: 'payment-processor',
      delivery: 'exactly-once',
      topic: 'payments.payment-results',
      client: 'kafka-clients',
      config: { acks: 'all', 'enable.idempotence': 'true', 'transactional.id': 'payment-processor-${INSTANCE_ID}', 'transaction.timeout.ms': '60000' },
      rationale: [{ setting: 'transactional.id', why: 'results and input offsets commit atomically (read-process-write)', refs: ref }],
    },
  ],
  consumers: [
    {
      flow: 'payment-requests',
      topic: 'payments.payment-requests',
      groupId: 'payment-processor',
      instances: 6,
      client: 'kafka-clients',
      config: { 'enable.auto.commit': 'false', 'isolation.level': 'read_committed', 'max.poll.records': '200' },
      rationale: [{ setting: 'enable.auto.commit', why: 'offsets are committed inside the transaction', refs: ref }],
    },
    {
      flow: 'payment-results',
      topic: 'payments.payment-results',
      groupId: 'ledger',
      instances: 3,
      client: 'kafka-clients',
      config: { 'enable.auto.commit': 'false', 'isolation.level': 'read_committed' },
      rationale: [{ setting: 'isolation.level', why: 'the ledger must never see results of aborted transactions', refs: ref }],
    },
  ],
  patterns: [
    { id: 'transactional-read-process-write', why: 'a payment is applied exactly once inside Kafka', flows: ['payment-requests', 'payment-results'] },
    { id: 'idempotent-consumer', why: 'the ledger is outside Kafka: deduplicate by event id', flows: ['payment-results'] },
  ],
};

export const telemetryDesign: Design = {
  ...base,
  name: 'live-telemetry',
  kafkaVersion: '3.9',
  client: { language: 'go', library: 'confluent-kafka-go' },
  topics: [topic('live-telemetry.gauges', 'gauges', 'main', null, { 'retention.ms': '3600000' }, 8)],
  producers: [
    {
      flow: 'gauges',
      source: 'agents',
      delivery: 'at-most-once',
      topic: 'live-telemetry.gauges',
      client: 'confluent-kafka-go',
      config: { acks: '1', 'enable.idempotence': 'false', retries: '0', 'linger.ms': '10', 'compression.type': 'zstd' },
      rationale: [{ setting: 'retries', why: 'a late sample is worse than a lost one: never retry', refs: ref }],
    },
  ],
  consumers: [
    {
      flow: 'gauges',
      topic: 'live-telemetry.gauges',
      groupId: 'dashboard',
      instances: 4,
      client: 'confluent-kafka-go',
      config: { 'enable.auto.commit': 'true', 'auto.offset.reset': 'latest' },
      rationale: [{ setting: 'auto.offset.reset', why: 'a new dashboard starts from now; old samples are stale', refs: ref }],
    },
  ],
  patterns: [],
};

export const profilesDesign: Design = {
  ...base,
  name: 'customer-profiles',
  kafkaVersion: '3.9',
  client: { language: 'typescript', library: 'kafkajs' },
  topics: [
    {
      ...topic('customer-profiles.profiles', 'profiles', 'main', 'customer_id', { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': '3600000' }, 6),
    },
  ],
  producers: [
    {
      flow: 'profiles',
      source: 'crm',
      delivery: 'at-least-once',
      topic: 'customer-profiles.profiles',
      client: 'kafkajs',
      config: { acks: 'all', 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '1' },
      rationale: [{ setting: 'enable.idempotence', why: 'kafkajs defaults to false; the latest profile must not be overwritten by a retried older one', refs: ref }],
    },
  ],
  consumers: [
    {
      flow: 'profiles',
      topic: 'customer-profiles.profiles',
      groupId: 'profile-cache',
      instances: 3,
      client: 'kafkajs',
      config: { 'enable.auto.commit': 'false', 'auto.offset.reset': 'earliest', 'session.timeout.ms': '45000' },
      rationale: [{ setting: 'auto.offset.reset', why: 'a new cache instance rebuilds from the whole compacted topic', refs: ref }],
    },
  ],
  patterns: [
    { id: 'compacted-state-topic', why: 'the latest profile per customer, forever', flows: ['profiles'] },
    { id: 'schema-registry', why: 'profiles evolve: Avro with compatibility checks', flows: ['profiles'] },
  ],
};

/** Designs of the shared scenarios, made by the design step itself. */
function scenarioDesigns(): Design[] {
  const root = join(import.meta.dirname, '../../../../shared/scenarios');
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => {
      const file = join(root, e.name, 'requirements.yaml');
      return designFromText(readFileSync(file, 'utf8'), file);
    });
}

export const FIXTURE_DESIGNS: Design[] = [notificationDesign, paymentsDesign, telemetryDesign, profilesDesign];
export const ALL_DESIGNS: Design[] = [...FIXTURE_DESIGNS, ...scenarioDesigns()];
