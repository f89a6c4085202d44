// The verify workload: the design's producer and consumer (kafkajs) in a process of their own,
// forked by verify-runner.ts. Whatever the clients do here (a fetcher that spins when its broker
// is gone, a disconnect that never returns), the runner's process stays free and can kill this
// one. It streams what was sent, acknowledged and received to the runner as it goes, and asks the
// runner (which owns the broker) to fire each fault at its moment.
import { Worker } from 'node:worker_threads';
import { CompressionTypes, type Admin, type Consumer, type Kafka, type Producer } from 'kafkajs';
import { CONSUMER_JOIN_WAIT_MS, CONSUMER_STALL_MS, FRUITLESS_RESTARTS, type VerifyPhase } from '../method/verify/limits.js';
import type { KafkajsPlan } from '../method/verify/kafkajs-plan.js';
import { kafkaClient } from './connection.js';
import type { ControlRequest, DrainResult, ReceivedEntry, RunnerMessage, SentEntry, WorkloadMessage, WorkloadStart } from './verify-protocol.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Record values carry what the analysis needs: "seq:sentAt:" then padding to the message size. */
function encodeValue(seq: number, sentAt: number, bytes: number): string {
  const head = `${seq}:${sentAt}:`;
  return head.length >= bytes ? head : head + 'x'.repeat(bytes - head.length);
}

function decodeValue(value: Buffer | null): { seq: number; sentAt: number } | undefined {
  if (!value) return undefined;
  const [seq, sentAt] = value.subarray(0, 40).toString().split(':');
  const s = Number(seq),
    t = Number(sentAt);
  return Number.isFinite(s) && Number.isFinite(t) ? { seq: s, sentAt: t } : undefined;
}

const post = (m: WorkloadMessage): void => {
  process.send?.(m);
};

// Replies to control requests, by id.
const pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
let lastId = 0;
function control<T = void>(request: ControlRequest): Promise<T> {
  const id = ++lastId;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
    post({ type: 'control', id, request });
  });
}

/** What has been seen and not yet streamed to the runner. */
class Tally {
  readonly sent: SentEntry[] = [];
  readonly received: ReceivedEntry[] = [];
  private acked: number[] = [];
  private failed: number[] = [];
  private readonly ackedAll = new Set<number>();
  private sentFlushed = 0;
  private receivedFlushed = 0;
  restarts = 0;
  phase: VerifyPhase = 'connecting';

  ack(indices: number[]): void {
    this.acked.push(...indices);
    for (const i of indices) this.ackedAll.add(i);
  }

  fail(indices: number[]): void {
    this.failed.push(...indices);
  }

  isAcked(index: number): boolean {
    return this.ackedAll.has(index);
  }

  flush(): void {
    post({
      type: 'progress',
      phase: this.phase,
      sent: this.sent.slice(this.sentFlushed),
      acked: this.acked,
      failed: this.failed,
      received: this.received.slice(this.receivedFlushed),
      restarts: this.restarts,
    });
    this.sentFlushed = this.sent.length;
    this.receivedFlushed = this.received.length;
    this.acked = [];
    this.failed = [];
  }

  enter(phase: VerifyPhase): void {
    this.phase = phase;
    this.flush();
  }
}

/** Test only: a busy loop that never yields, as a spinning client library would. */
function freeze(): never {
  for (;;) {
    // never yields to the event loop
  }
}

async function startConsumer(kafka: Kafka, plan: KafkajsPlan, groupId: string, topic: string, tally: Tally, isCurrent: () => boolean, resumeAt: Map<number, number> = new Map()): Promise<Consumer> {
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
        tally.received.push([m.key.toString(), v.seq, batch.partition, Number(m.offset), v.sentAt, now]);
        resolveOffset(m.offset);
      }
      if (!c.autoCommit && batch.messages.length) {
        await consumer.commitOffsets([{ topic, partition: batch.partition, offset: String(Number(batch.lastOffset()) + 1) }]);
      }
      await heartbeat();
    },
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([joined, new Promise((r) => (timer = setTimeout(r, CONSUMER_JOIN_WAIT_MS)))]);
  clearTimeout(timer);
  for (const [partition, offset] of resumeAt) consumer.seek({ topic, partition, offset: String(offset) });
  return consumer;
}

/** The next offset to read per partition, from what was read (partitions are read in order). */
function nextOffsets(received: readonly ReceivedEntry[]): Map<number, number> {
  const next = new Map<number, number>();
  for (const [, , partition, offset] of received) next.set(partition, Math.max(next.get(partition) ?? 0, offset + 1));
  return next;
}

/**
 * Waits until the consumer has read every partition to its end offset, or has every
 * acknowledged record and nothing new arrived for a quiet period (transaction markers sit past
 * the last record, so the end offset is out of reach for transactional runs). A consumer that
 * stalls is replaced by a fresh one going on where it stopped; the drain gives up after
 * FRUITLESS_RESTARTS replacements in a row that brought no new record, so it is bounded by
 * progress, not by a fixed time.
 */
async function drain(admin: Admin, topic: string, tally: Tally, acked: Set<string>, restart: () => Promise<void>): Promise<DrainResult> {
  const quietMs = 2000;
  const seen = new Set<string>();
  let scanned = 0,
    lastCount = -1,
    lastChange = Date.now(),
    fruitless = 0;
  let ends: Array<{ partition: number; high: string }> | undefined;
  const unread = (): string[] => {
    const next = nextOffsets(tally.received);
    return (ends ?? []).filter((e) => (next.get(e.partition) ?? 0) < Number(e.high)).map((e) => `partition ${e.partition} read to offset ${next.get(e.partition) ?? 0} of ${e.high}`);
  };
  for (;;) {
    for (; scanned < tally.received.length; scanned++) seen.add(`${tally.received[scanned]![0]}:${tally.received[scanned]![1]}`);
    ends = (await admin.fetchTopicOffsets(topic).catch(() => undefined)) ?? ends;
    if (ends) {
      const next = nextOffsets(tally.received);
      if (ends.every((e) => (next.get(e.partition) ?? 0) >= Number(e.high))) return { complete: true, restarts: tally.restarts, unread: [] };
    }
    if (tally.received.length !== lastCount) {
      if (lastCount !== -1) fruitless = 0;
      lastCount = tally.received.length;
      lastChange = Date.now();
    } else {
      const quiet = Date.now() - lastChange;
      if (quiet > quietMs && [...acked].every((id) => seen.has(id))) return { complete: true, restarts: tally.restarts, unread: [] };
      if (quiet > CONSUMER_STALL_MS) {
        if (fruitless === FRUITLESS_RESTARTS) return { complete: false, restarts: tally.restarts, unread: unread() };
        fruitless++;
        tally.restarts++;
        tally.flush();
        try {
          await restart();
        } catch (e) {
          return { complete: false, restarts: tally.restarts, unread: unread(), error: (e as Error).message };
        }
        lastChange = Date.now();
      }
    }
    await sleep(200);
  }
}

async function run(start: WorkloadStart, tally: Tally): Promise<void> {
  const { plan, topic, messages, keys } = start;
  const producerKafka = kafkaClient({ ...start.connection, clientId: start.clientId, timeoutMs: plan.producer.requestTimeoutMs });
  const consumerKafka = kafkaClient({ ...start.connection, clientId: start.clientId, timeoutMs: plan.consumer.requestTimeoutMs });
  const admin = consumerKafka.admin();
  let producer: Producer | undefined;
  let consumer: Consumer | undefined;
  const retired: Consumer[] = [];
  let generation = 0;
  try {
    await admin.connect();
    if (start.remote) await admin.createTopics({ topics: [{ topic: topic.name, numPartitions: topic.partitions }], waitForLeaders: true });
    const meta = await admin.fetchTopicMetadata({ topics: [topic.name] });
    const partitions = meta.topics[0]!.partitions.sort((a, b) => a.partitionId - b.partitionId);
    const schedule = await control<number[]>({ op: 'plan-faults', leaders: partitions.map((p) => p.leader) });

    // Consumer first, so it is in the group before the first record is written.
    const group = (g: number) => (g === 0 ? start.groupId : `${start.groupId}-${g}`);
    await control({ op: 'pin', type: 'group', key: group(0) });
    consumer = await startConsumer(consumerKafka, plan, group(0), topic.name, tally, () => generation === 0);

    const transactional = plan.producer.transactionsForSequenceChecks;
    producer = producerKafka.producer({
      idempotent: plan.producer.idempotent,
      maxInFlightRequests: plan.producer.maxInFlight,
      retry: plan.producer.retry,
      ...(transactional ? { transactionalId: start.transactionalId } : {}),
    });
    if (transactional) await control({ op: 'pin', type: 'transaction', key: start.transactionalId });
    await producer.connect();

    tally.enter('producing');
    const produceStart = Date.now();
    let nextStep = 0;
    const seqByKey = new Array<number>(keys).fill(0);
    const fireDue = async () => {
      const share = tally.sent.length / messages;
      if (start.freezeAt !== undefined && share >= start.freezeAt) {
        // Report what was sent first (the IPC write to an idle pipe completes before the loop
        // spins): on a fast machine the whole first half fits between two reports.
        tally.flush();
        freeze();
      }
      while (nextStep < schedule.length && schedule[nextStep]! <= share) await control({ op: 'fire', step: nextStep++, share });
    };
    const sendOne = async (first: number, batch: SentEntry[]) => {
      const messagesOut = batch.map(([k, seq, sentAt]) => ({ key: `k${k}`, value: encodeValue(seq, sentAt, plan.producer.recordBytes) }));
      const record = { topic: topic.name, acks: plan.producer.acks, messages: messagesOut, ...(plan.producer.gzip ? { compression: CompressionTypes.GZIP } : {}) };
      try {
        if (transactional) {
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
        tally.ack(batch.map((_, i) => first + i));
      } catch {
        // The producer gave up on the batch: it stays unacknowledged and the analysis says so.
        tally.fail(batch.map((_, i) => first + i));
      }
    };
    // One dispatcher keeps up to max.in.flight send() calls outstanding, as the Java producer's
    // sender does. It yields a macrotask after each call so that kafkajs writes the request
    // before the next call starts: concurrent send() calls otherwise reach the socket in any order.
    const inFlightLimit = transactional ? 1 : plan.producer.maxInFlight;
    const outstanding = new Set<Promise<void>>();
    while (tally.sent.length < messages) {
      await fireDue();
      const first = tally.sent.length;
      const batch: SentEntry[] = [];
      const now = Date.now();
      for (let i = 0; i < plan.producer.recordsPerSend && first + i < messages; i++) {
        const k = (first + i) % keys;
        batch.push([k, seqByKey[k]!++, now]);
      }
      tally.sent.push(...batch);
      const p: Promise<void> = sendOne(first, batch).finally(() => outstanding.delete(p));
      outstanding.add(p);
      await new Promise((r) => setImmediate(r));
      if (outstanding.size >= inFlightLimit) await Promise.race(outstanding);
    }
    await Promise.all(outstanding);
    await fireDue();
    const produceMs = Date.now() - produceStart;
    await control({ op: 'clear-errors' });

    tally.enter('draining');
    const ackedIds = new Set<string>();
    for (const [i, [k, seq]] of tally.sent.entries()) if (tally.isAcked(i)) ackedIds.add(`k${k}:${seq}`);
    // kafkajs rejoins its group after a leader change; the mock holds every rejoin for
    // session.timeout.ms - 1 s and kafkajs can then loop on ILLEGAL_GENERATION. A fresh consumer
    // in a fresh group takes over where the stalled one stopped.
    const drained = await drain(admin, topic.name, tally, ackedIds, async () => {
      // The stalled consumer's disconnect waits for its pending rejoin, so it is not awaited
      // here; its deliveries stop counting at once and it is closed with the others at the end.
      if (consumer) retired.push(consumer);
      const mine = ++generation;
      await control({ op: 'pin', type: 'group', key: group(mine) });
      consumer = await startConsumer(consumerKafka, plan, group(mine), topic.name, tally, () => generation === mine, nextOffsets(tally.received));
    });
    generation = -1; // nothing counts after the drain
    tally.enter('closing');
    post({ type: 'done', produceMs, partitions: partitions.length, drain: drained });
  } finally {
    await producer?.disconnect().catch(() => undefined);
    const closing = [consumer, ...retired].map((c) => c?.disconnect().catch(() => undefined));
    await Promise.race([Promise.all(closing), sleep(5000)]);
    if (start.remote) await admin.deleteTopics({ topics: [topic.name] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * If the runner dies without killing this process (SIGKILL, a crash), nothing would stop a
 * workload whose event loop spins. A worker thread has its own event loop: it checks that the
 * runner still exists and kills this process when it is gone. (A worker's process.ppid does not
 * change when the parent dies, so it probes the runner's id.)
 */
function dieWithParent(): void {
  const watch = `const { workerData: runner } = require('node:worker_threads');
setInterval(() => { try { process.kill(runner, 0); } catch { process.kill(process.pid, 'SIGKILL'); } }, 500);`;
  new Worker(watch, { eval: true, workerData: process.ppid }).unref();
}

if (process.send) {
  dieWithParent();
  process.on('disconnect', () => process.exit(0));
  const tally = new Tally();
  let ticker: NodeJS.Timeout | undefined;
  process.on('message', (m: RunnerMessage) => {
    if (m.type === 'control-reply') {
      const waiter = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) waiter?.reject(new Error(m.error));
      else waiter?.resolve(m.result);
      return;
    }
    ticker = setInterval(() => tally.flush(), 250);
    run(m, tally)
      .catch((e: Error) => post({ type: 'failed', message: e.message, kafka: e.name.startsWith('KafkaJS') }))
      .finally(() => {
        clearInterval(ticker);
        tally.flush();
        process.disconnect();
      });
  });
}
