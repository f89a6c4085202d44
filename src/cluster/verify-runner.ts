// Runs a design's producer and consumer (through kafkajs) against the local broker, or a user's
// dev cluster, while injecting faults, and records what was sent and what arrived. The counting
// and judging is method/verify's; this module only does the I/O.
import { randomBytes } from 'node:crypto';
import { CompressionTypes, type Consumer, type Kafka, type Producer } from 'kafkajs';
import { UserError } from '../model/errors.js';
import { analyze, judge, type PromisedGuarantee, type ReceivedRecord, type SentRecord } from '../method/verify/analyze.js';
import { API_KEY, describeAction, planFaults, type Fault, type FaultAction } from '../method/verify/faults.js';
import { planKafkajs, type ClientSettings, type KafkajsPlan } from '../method/verify/kafkajs-plan.js';
import type { FaultEvent, VerifyRun } from '../method/verify/report.js';
import { kafkaClient, type ConnectionOptions } from './connection.js';
import { ensureKafkaReachable } from './probe.js';
import { startLocalBroker, type BrokerControl, type LocalBroker } from './local-broker.js';

export interface VerifyInput {
  settings: ClientSettings;
  topic: { name: string; partitions: number };
  groupId: string;
  promise: PromisedGuarantee;
  messages: number;
  /** Distinct keys the records cycle through (per-key order is checked on each). */
  keys?: number;
  faults: Fault[];
  /** A user's cluster; absent = start the local broker. */
  connection?: ConnectionOptions;
  /** Brokers of the local cluster. */
  brokers?: number;
  onProgress?: (p: VerifyProgress) => void;
}

export interface VerifyProgress {
  phase: 'producing' | 'draining';
  sent: number;
  acked: number;
  received: number;
  total: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Record values carry what the analysis needs: "seq:sentAt:" then padding to the message size. */
function encodeValue(seq: number, sentAt: number, bytes: number): string {
  const head = `${seq}:${sentAt}:`;
  return head.length >= bytes ? head : head + 'x'.repeat(bytes - head.length);
}

function decodeValue(value: Buffer | null): { seq: number; sentAt: number } | undefined {
  if (!value) return undefined;
  const [seq, sentAt] = value.subarray(0, 40).toString().split(':');
  const s = Number(seq), t = Number(sentAt);
  return Number.isFinite(s) && Number.isFinite(t) ? { seq: s, sentAt: t } : undefined;
}

async function applyFault(control: BrokerControl, a: FaultAction): Promise<void> {
  switch (a.kind) {
    case 'leader':
      return control.setLeader(a.topic, a.partition, a.broker);
    case 'broker-down':
      return control.brokerDown(a.broker);
    case 'broker-up':
      return control.brokerUp(a.broker);
    case 'slow-acks':
      return control.pushBrokerErrors(a.broker, API_KEY.produce, Array.from({ length: a.count }, () => ({ code: 0, rttMs: a.delayMs })));
    case 'request-errors':
      return control.pushRequestErrors(a.apiKey, a.codes);
  }
}

export async function runVerify(input: VerifyInput): Promise<VerifyRun> {
  const started = Date.now();
  if (input.connection && input.faults.length) {
    throw new UserError({ field: '--faults', message: 'faults can only be injected into the local broker', suggestion: 'drop --bootstrap to run against the local broker, or drop --faults' });
  }
  if (!Number.isInteger(input.messages) || input.messages < 1) throw new UserError({ field: '--messages', message: 'must be a positive integer', found: String(input.messages) });
  const keys = Math.max(1, Math.min(input.keys ?? Math.max(input.topic.partitions * 8, 32), input.messages));
  const plan = planKafkajs(input.settings, { localBroker: !input.connection, messages: input.messages, partitions: input.topic.partitions });
  const runId = randomBytes(4).toString('hex');

  let broker: LocalBroker | undefined;
  let connection: ConnectionOptions;
  let topicName: string;
  if (input.connection) {
    connection = input.connection;
    await ensureKafkaReachable(connection);
    topicName = `${input.topic.name}.verify-${runId}`;
  } else {
    broker = await startLocalBroker({ brokers: input.brokers ?? 3, topics: [{ name: input.topic.name, partitions: input.topic.partitions }] });
    connection = { bootstrap: broker.bootstrap.split(',') };
    topicName = input.topic.name;
  }

  const producerKafka = kafkaClient({ ...connection, clientId: `kafka-specialist-verify-${runId}`, timeoutMs: plan.producer.requestTimeoutMs });
  const consumerKafka = kafkaClient({ ...connection, clientId: `kafka-specialist-verify-${runId}`, timeoutMs: plan.consumer.requestTimeoutMs });
  const admin = consumerKafka.admin();
  let producer: Producer | undefined;
  let consumer: Consumer | undefined;
  const retired: Consumer[] = [];
  try {
    await admin.connect();
    if (input.connection) {
      await admin.createTopics({ topics: [{ topic: topicName, numPartitions: input.topic.partitions }], waitForLeaders: true });
    }
    const meta = await admin.fetchTopicMetadata({ topics: [topicName] });
    const partitions = meta.topics[0]!.partitions.sort((a, b) => a.partitionId - b.partitionId);
    const steps = broker
      ? planFaults(input.faults, { topic: topicName, partitions: partitions.length, brokers: broker.brokers, leaders: partitions.map((p) => p.leader), requestTimeoutMs: plan.producer.requestTimeoutMs })
      : [];
    // Coordinators live on a broker no fault takes down: the faults are aimed at the data path,
    // and a downed coordinator would stall the runner's own bookkeeping (its transactions, its group).
    const downed = new Set(steps.flatMap((s) => (s.action.kind === 'broker-down' ? [s.action.broker] : [])));
    const steady = broker ? Array.from({ length: broker.brokers }, (_, i) => i + 1).find((id) => !downed.has(id)) : undefined;
    const pin = async (type: 'group' | 'transaction', key: string) => {
      if (broker && steady !== undefined) await broker.control.setCoordinator(type, key, steady);
    };
    const transactionalId = `kafka-specialist-verify-${runId}`;

    // Consumer first, so it is in the group before the first record is written.
    const received: ReceivedRecord[] = [];
    let generation = 0;
    await pin('group', `${input.groupId}.verify-${runId}`);
    consumer = await startConsumer(consumerKafka, plan, `${input.groupId}.verify-${runId}`, topicName, received, () => generation === 0);

    const sent: SentRecord[] = [];
    const faults: FaultEvent[] = [];
    const progress = (phase: VerifyProgress['phase']) =>
      input.onProgress?.({ phase, sent: sent.length, acked: sent.filter((r) => r.acked).length, received: received.length, total: input.messages });

    producer = producerKafka.producer({
      idempotent: plan.producer.idempotent,
      maxInFlightRequests: plan.producer.maxInFlight,
      retry: plan.producer.retry,
      ...(plan.producer.transactionsForSequenceChecks ? { transactionalId } : {}),
    });
    if (plan.producer.transactionsForSequenceChecks) await pin('transaction', transactionalId);
    await producer.connect();

    const produceStart = Date.now();
    let nextStep = 0;
    const seqByKey = new Array<number>(keys).fill(0);
    const fireDue = async () => {
      const share = sent.length / input.messages;
      while (broker && nextStep < steps.length && steps[nextStep]!.at <= share) {
        const step = steps[nextStep++]!;
        const event: FaultEvent = { fault: step.fault, at: share, action: describeAction(step.action) };
        await applyFault(broker.control, step.action).catch((e: Error) => (event.error = e.message));
        faults.push(event);
      }
    };
    const sendOne = async (batch: SentRecord[]) => {
      const messages = batch.map((r) => ({ key: r.key, value: encodeValue(r.seq, r.sentAt, plan.producer.recordBytes) }));
      const record = { topic: topicName, acks: plan.producer.acks, messages, ...(plan.producer.gzip ? { compression: CompressionTypes.GZIP } : {}) };
      try {
        if (plan.producer.transactionsForSequenceChecks) {
          const tx = await producer!.transaction();
          try {
            await tx.send(record);
            await tx.commit();
          } catch (e) {
            await tx.abort().catch(() => undefined);
            throw e;
          }
        } else {
          await producer!.send(record);
        }
        for (const r of batch) r.acked = true;
      } catch {
        // The producer gave up on the batch: it stays unacknowledged and the analysis says so.
      }
    };
    // One dispatcher keeps up to max.in.flight send() calls outstanding, as the Java producer's
    // sender does. It yields a macrotask after each call so that kafkajs writes the request
    // before the next call starts: concurrent send() calls otherwise reach the socket in any order.
    const inFlightLimit = plan.producer.transactionsForSequenceChecks ? 1 : plan.producer.maxInFlight;
    const outstanding = new Set<Promise<void>>();
    const ticker = setInterval(() => progress('producing'), 250);
    try {
      while (sent.length < input.messages) {
        await fireDue();
        const batch: SentRecord[] = [];
        const now = Date.now();
        for (let i = 0; i < plan.producer.recordsPerSend && sent.length + i < input.messages; i++) {
          const k = (sent.length + i) % keys;
          batch.push({ key: `k${k}`, seq: seqByKey[k]!++, sentAt: now, acked: false });
        }
        sent.push(...batch);
        const p: Promise<void> = sendOne(batch).finally(() => outstanding.delete(p));
        outstanding.add(p);
        await new Promise((r) => setImmediate(r));
        if (outstanding.size >= inFlightLimit) await Promise.race(outstanding);
      }
      await Promise.all(outstanding);
    } finally {
      clearInterval(ticker);
    }
    await fireDue();
    const produceMs = Date.now() - produceStart;
    if (broker) {
      // Faults not yet consumed must not leak into the drain phase.
      await broker.control.clearRequestErrors(API_KEY.produce);
      await broker.control.clearRequestErrors(API_KEY.fetch);
    }

    const ackedIds = new Set(sent.filter((r) => r.acked).map((r) => `${r.key}:${r.seq}`));
    // kafkajs rejoins its group after a leader change; the mock holds every rejoin for
    // session.timeout.ms - 1 s and kafkajs can then loop on ILLEGAL_GENERATION. A fresh consumer
    // in a fresh group takes over where the stalled one stopped.
    const drained = await drain(admin, topicName, received, ackedIds, {
      stallMs: 10000,
      maxRestarts: 3,
      restart: async () => {
        // The stalled consumer's disconnect waits for its pending rejoin, so it is not awaited
        // here; its deliveries stop counting at once and it is closed with the others at the end.
        if (consumer) retired.push(consumer);
        const mine = ++generation;
        await pin('group', `${input.groupId}.verify-${runId}-${mine}`);
        // Partitions are read in order, so the fresh consumer can go on from the last offset read.
        const next = new Map<number, number>();
        for (const r of received) next.set(r.partition, Math.max(next.get(r.partition) ?? 0, r.offset + 1));
        consumer = await startConsumer(consumerKafka, plan, `${input.groupId}.verify-${runId}-${mine}`, topicName, received, () => generation === mine, next);
      },
      progress: () => progress('draining'),
    });
    const outcome = analyze(sent, received, produceMs);
    return {
      target: broker ? `local broker (${broker.brokers} brokers, librdkafka mock)` : connection.bootstrap.join(','),
      topic: { name: topicName, partitions: partitions.length },
      messages: input.messages,
      keys,
      promise: input.promise,
      plan,
      faults,
      outcome,
      verdict: judge(outcome, input.promise, drained.complete),
      drainTimedOut: !drained.complete,
      consumerRestarts: drained.restarts,
      durationMs: Date.now() - started,
    };
  } finally {
    await producer?.disconnect().catch(() => undefined);
    const closing = [consumer, ...retired].map((c) => c?.disconnect().catch(() => undefined));
    await Promise.race([Promise.all(closing), sleep(5000)]);
    if (input.connection) await admin.deleteTopics({ topics: [topicName] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
    await broker?.stop();
  }
}

async function startConsumer(kafka: Kafka, plan: KafkajsPlan, groupId: string, topic: string, received: ReceivedRecord[], isCurrent: () => boolean, resumeAt: Map<number, number> = new Map()): Promise<Consumer> {
  const c = plan.consumer;
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: c.sessionTimeout,
    heartbeatInterval: c.heartbeatInterval,
    rebalanceTimeout: c.rebalanceTimeout,
    minBytes: c.minBytes,
    maxBytes: c.maxBytes,
    maxBytesPerPartition: c.maxBytesPerPartition,
    maxWaitTimeInMs: c.maxWaitTimeInMs,
    readUncommitted: c.readUncommitted,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    autoCommit: c.autoCommit,
    ...(c.autoCommitInterval !== null ? { autoCommitInterval: c.autoCommitInterval } : {}),
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      if (!isCurrent()) return; // a replaced consumer: its reads no longer count
      const now = Date.now();
      for (const m of batch.messages) {
        const v = decodeValue(m.value);
        if (!v || !m.key) continue;
        received.push({ key: m.key.toString(), seq: v.seq, partition: batch.partition, offset: Number(m.offset), sentAt: v.sentAt, receivedAt: now });
        resolveOffset(m.offset);
      }
      if (!c.autoCommit && batch.messages.length) {
        await consumer.commitOffsets([{ topic, partition: batch.partition, offset: String(Number(batch.lastOffset()) + 1) }]);
      }
      await heartbeat();
    },
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([joined, new Promise((r) => (timer = setTimeout(r, 30000)))]);
  clearTimeout(timer);
  for (const [partition, offset] of resumeAt) consumer.seek({ topic, partition, offset: String(offset) });
  return consumer;
}

interface DrainOptions {
  /** No new record for this long while acknowledged records are missing: replace the consumer. */
  stallMs: number;
  maxRestarts: number;
  restart: () => Promise<void>;
  progress: () => void;
}

/**
 * Waits until the consumer has read every partition to its end offset, or has every
 * acknowledged record and nothing new arrived for a quiet period (transaction markers sit past
 * the last record, so the end offset is out of reach for transactional runs). A consumer that
 * stalls is replaced by a fresh one reading from the beginning. Returns the restarts made and
 * whether the consumer got everything.
 */
async function drain(admin: ReturnType<Kafka['admin']>, topic: string, received: ReceivedRecord[], acked: Set<string>, o: DrainOptions): Promise<{ complete: boolean; restarts: number }> {
  const quietMs = 2000;
  const seen = new Set<string>();
  let scanned = 0, lastCount = -1, lastChange = Date.now(), restarts = 0;
  for (;;) {
    o.progress();
    for (; scanned < received.length; scanned++) seen.add(`${received[scanned]!.key}:${received[scanned]!.seq}`);
    const ends = await admin.fetchTopicOffsets(topic).catch(() => undefined);
    if (ends) {
      const next = new Map<number, number>();
      for (const r of received) next.set(r.partition, Math.max(next.get(r.partition) ?? 0, r.offset + 1));
      if (ends.every((e) => (next.get(e.partition) ?? 0) >= Number(e.high))) return { complete: true, restarts };
    }
    if (received.length !== lastCount) {
      lastCount = received.length;
      lastChange = Date.now();
    } else {
      const quiet = Date.now() - lastChange;
      if (quiet > quietMs && [...acked].every((id) => seen.has(id))) return { complete: true, restarts };
      if (quiet > o.stallMs) {
        if (restarts === o.maxRestarts) return { complete: false, restarts };
        restarts++;
        await o.restart();
        lastChange = Date.now();
      }
    }
    await sleep(200);
  }
}
