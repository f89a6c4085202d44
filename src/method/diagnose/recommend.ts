// What to change, ranked. The order follows what blocks what: a rebalance loop stops all progress,
// so fixing the poll loop comes first; then capacity, cheapest sufficient change first (more
// instances, then parallelism inside a consumer, then more partitions, then decoupling from a rate
// limit); then cutting the cost of the rebalances that remain. Every entry carries its numbers.
import { compareVersions, setting } from '../../knowledge/catalog.js';
import { DOCS, PLANNING } from '../../knowledge/planning.js';
import type { Capacity } from './capacity.js';
import { cohorts } from '../queueing/fluid.js';
import type { ConsumerSettings } from './consumer-settings.js';
import { fmt } from '../../model/units.js';
import type { ServiceTime } from '../queueing/service-time.js';
import { duration } from './duration.js';
import type { PollLoopHealth } from './poll-loop.js';

const TARGET_UTILIZATION = PLANNING.consumerTargetUtilization;
const POLL_INTERVAL_SHARE = PLANNING.pollBatchShareOfInterval;

export interface Recommendation {
  rank: number;
  id: string;
  title: string;
  /** Settings or deployment values to set, when the recommendation is one. */
  change: Record<string, string | number>;
  why: string;
  refs: string[];
}

export interface RecommendationInput {
  arrivalPerSecond: number;
  partitions: number;
  instances: number;
  rateLimitPerSecond: number | null;
  ordering: 'none' | 'per-key' | 'global';
  service: ServiceTime;
  consumer: ConsumerSettings;
  capacity: Capacity;
  pollLoop: PollLoopHealth;
}

const doc = (name: string, version: string) => setting('consumer', name, version)?.docUrl ?? 'https://kafka.apache.org/documentation/#consumerconfigs';

/** Consumer-bound capacity with `instances` consumers on `partitions` partitions. */
function consumerCapacity(perConsumer: number, partitions: number, instances: number): number {
  return (perConsumer * partitions) / cohorts(partitions, instances)[0]!.partitionsEach;
}

export function recommend(input: RecommendationInput): Recommendation[] {
  const out: Array<Omit<Recommendation, 'rank'>> = [];
  const { service, consumer, capacity: cap, pollLoop, arrivalPerSecond: lambda, partitions: P } = input;
  const version = consumer.kafkaVersion;
  const mu = cap.perConsumerPerSecond;

  // 1. The poll loop.
  if (pollLoop.rebalanceLoopPredicted && consumer.family !== 'kafkajs' && pollLoop.limitMs !== null && pollLoop.batchRecords !== null) {
    const interval = pollLoop.limitMs;
    const batchSetBy = pollLoop.batchSetBy ?? 'max.poll.records';
    const records = Math.max(1, Math.floor((interval * POLL_INTERVAL_SHARE) / service.p99Ms));
    out.push({
      id: 'poll/smaller-batches',
      title: `Lower the batch (${batchSetBy}) so a slow batch still fits the poll interval`,
      change: { [batchSetBy]: records },
      why:
        `${fmt(pollLoop.batchRecords)} × ${fmt(service.p99Ms)} ms = ${duration(pollLoop.worstBatchMs! / 1000)} per batch at p99 > max.poll.interval.ms ${duration(interval / 1000)}. ` +
        `${fmt(interval)} ms × ${POLL_INTERVAL_SHARE} / ${fmt(service.p99Ms)} ms = ${records} records: ${records} × ${fmt(service.p99Ms)} ms = ${duration((records * service.p99Ms) / 1000)}, half the interval. ` +
        `Throughput does not drop: a poll of ${records} records costs far less than ${records} × ${fmt(service.meanMs)} ms of processing.`,
      refs: [doc('max.poll.records', version), doc('max.poll.interval.ms', version)],
    });
    const needed = Math.ceil(pollLoop.worstBatchMs! / POLL_INTERVAL_SHARE / 60_000) * 60_000;
    out.push({
      id: 'poll/longer-interval',
      title: 'Or raise max.poll.interval.ms above the worst batch',
      change: { 'max.poll.interval.ms': needed },
      why:
        `worst batch ${fmt(pollLoop.worstBatchMs!)} ms / ${POLL_INTERVAL_SHARE} = ${fmt(pollLoop.worstBatchMs! / POLL_INTERVAL_SHARE)} ms, rounded up to a whole minute: ${fmt(needed)} ms (${duration(needed / 1000)}). ` +
        `The cost: a consumer that hangs is only replaced after ${duration(needed / 1000)}, and its partitions wait that long; prefer smaller batches.`,
      refs: [doc('max.poll.interval.ms', version)],
    });
  }
  if (pollLoop.rebalanceLoopPredicted && consumer.family === 'kafkajs' && pollLoop.limitMs !== null) {
    const session = Math.ceil(service.p99Ms / POLL_INTERVAL_SHARE / 1000) * 1000;
    out.push({
      id: 'poll/session-timeout',
      title: 'Raise sessionTimeout above the slowest message, or call heartbeat() inside long work',
      change: { sessionTimeout: session },
      why: `kafkajs heartbeats after each message; p99 ${fmt(service.p99Ms)} ms >= sessionTimeout ${fmt(pollLoop.limitMs)} ms. ${fmt(service.p99Ms)} ms / ${POLL_INTERVAL_SHARE} = ${fmt(session)} ms (rounded up to a second).`,
      refs: ['https://kafka.js.org/docs/consuming#options'],
    });
  }

  // 2. Capacity. Consumers beyond a downstream limit deliver nothing more, so size them to it.
  const wanted = lambda / TARGET_UTILIZATION;
  const limit = input.rateLimitPerSecond;
  const rateLimited = limit !== null && limit < wanted;
  const target = rateLimited ? limit : wanted;
  if (cap.consumerBoundPerSecond < target) {
    const targetWhy =
      `to serve ${fmt(lambda)} msg/s at ${TARGET_UTILIZATION * 100} % utilization the group needs ${fmt(lambda)} / ${TARGET_UTILIZATION} = ${fmt(wanted)} msg/s` +
      (rateLimited ? `, but the downstream accepts only ${fmt(limit)} msg/s, so size consumers for ${fmt(target)} msg/s` : '') +
      `; consumers now deliver at most ${fmt(cap.consumerBoundPerSecond)} msg/s`;
    let instancesNeeded: number | null = null;
    for (let n = 1; n <= P; n++) {
      if (consumerCapacity(mu, P, n) >= target) {
        instancesNeeded = n;
        break;
      }
    }
    if (instancesNeeded !== null && instancesNeeded > input.instances) {
      const busiest = cohorts(P, instancesNeeded)[0]!.partitionsEach;
      out.push({
        id: 'capacity/more-instances',
        title: `Run ${instancesNeeded} consumer instances`,
        change: { instances: instancesNeeded },
        why: `${targetWhy}. ${instancesNeeded} consumers on ${P} partitions (busiest owns ${busiest}): ${fmt(mu)} × ${P} / ${busiest} = ${fmt(consumerCapacity(mu, P, instancesNeeded))} msg/s >= ${fmt(target)} msg/s.`,
        refs: [DOCS.partitions],
      });
    }
    const perInstanceNeeded = target / Math.min(input.instances, P);
    const concurrency = Math.ceil(perInstanceNeeded / mu);
    if (input.ordering !== 'global') {
      out.push({
        id: 'capacity/key-ordered-parallel',
        title: `Process ${concurrency} records at a time in each consumer, ordered per key`,
        change: { 'concurrency per consumer': concurrency },
        why:
          `${targetWhy}. Each of ${Math.min(input.instances, P)} consumers must deliver ${fmt(perInstanceNeeded)} msg/s; one record at a time gives ${fmt(mu)} msg/s, so ${fmt(perInstanceNeeded)} / ${fmt(mu)} → ${concurrency} in flight. ` +
          `Records of one key still run one after another (per-key queues), and offsets are committed only below the oldest unfinished record, so a crash replays and does not skip. This needs many distinct keys per partition.`,
        refs: [DOCS.parallelConsumer],
      });
    }
    const consumersNeeded = Math.ceil(target / mu);
    if (consumersNeeded > P) {
      out.push({
        id: 'capacity/more-partitions',
        title: `Grow to ${consumersNeeded} partitions and ${consumersNeeded} consumers`,
        change: { partitions: consumersNeeded, instances: consumersNeeded },
        why:
          `${targetWhy}. ${fmt(target)} / ${fmt(mu)} per consumer = ${consumersNeeded} consumers, and a group uses at most one consumer per partition (${P} now).` +
          (input.ordering === 'per-key' ? ' Adding partitions moves keys to other partitions: order per key is broken across the change unless producers pause or the topic is recreated.' : '') +
          (consumersNeeded > PLANNING.partitionsSanityLimit
            ? ` ${consumersNeeded} partitions is past the ${PLANNING.partitionsSanityLimit}-partition sanity limit for one topic: prefer processing in parallel inside each consumer.`
            : ''),
        refs: ['https://kafka.apache.org/documentation/#basic_ops_modify_topic'],
      });
    }
  }
  if (cap.limitedBy === 'partitions' && input.instances < P) {
    // Uneven assignment: the busiest consumer saturates while others idle part of the time.
    let even = input.instances + 1;
    while (P % even !== 0) even++;
    out.push({
      id: 'capacity/even-assignment',
      title: `Run ${even} instances so every consumer owns the same number of partitions`,
      change: { instances: even },
      why:
        `${P} partitions over ${input.instances} consumers leave the busiest with ${cap.busiestPartitions}, and it saturates first: ${fmt(mu)} × ${P} / ${cap.busiestPartitions} = ${fmt(cap.consumerBoundPerSecond)} msg/s. ` +
        `With ${even} instances each owns ${P / even}: ${fmt(mu)} × ${even} = ${fmt(consumerCapacity(mu, P, even))} msg/s.`,
      refs: [DOCS.partitions],
    });
  }
  if (cap.idleInstances > 0) {
    out.push({
      id: 'capacity/idle-instances',
      title: `${cap.idleInstances} instance(s) have no partition`,
      change: { instances: P },
      why: `A group gives each partition to one consumer: ${input.instances} instances on ${P} partitions leave ${cap.idleInstances} idle (they only take over on failure). Run ${P} instances, or add partitions if more consumers are needed.`,
      refs: [DOCS.partitions],
    });
  }
  if (rateLimited || service.p99Ms / service.p50Ms >= 10) {
    const grows = limit !== null && limit < lambda;
    out.push({
      id: 'capacity/pending-topic',
      title: 'Decouple the slow call: write to a pending topic, deliver from a rate-limited worker that commits after delivery',
      change: {},
      why:
        (limit !== null && rateLimited
          ? `The downstream limit of ${fmt(limit)} msg/s ${grows ? `is below the arrival rate ${fmt(lambda)} msg/s, so no number of consumers helps: ${fmt(lambda)} − ${fmt(limit)} = ${fmt(lambda - limit)} msg/s (${fmt((lambda - limit) * 3600)} per hour) must wait somewhere` : `leaves less than ${(1 - TARGET_UTILIZATION) * 100} % headroom over ${fmt(lambda)} msg/s`}. `
          : `p99/p50 = ${fmt(service.p99Ms)} / ${fmt(service.p50Ms)} = ${fmt(service.p99Ms / service.p50Ms)}: a slow tail in the poll loop stretches batches and invites rebalances. `) +
        'Let the consumer only validate and write each request to a pending topic (fast, so its poll loop stays healthy); a worker reads the pending topic, calls the downstream at its allowed rate, and commits after each delivery, so the backlog waits in Kafka instead of in rebalancing consumers.' +
        (grows ? ` The pending topic still grows by ${fmt(lambda - limit!)} msg/s during the peak and drains only when arrivals fall below ${fmt(limit!)} msg/s.` : ''),
      refs: [DOCS.semantics],
    });
  }

  // 3. Cost of the rebalances that remain.
  const pause = `in an eager rebalance all ${cap.activeConsumers} consumers stop; every second of it adds ${fmt(lambda)} messages of lag`;
  const staticId = consumer.settings['group.instance.id'];
  if (staticId.value === null && staticId.clientName !== null) {
    const session = consumer.settings['session.timeout.ms'].value;
    out.push({
      id: 'rebalance/static-membership',
      title: 'Give each instance a stable group.instance.id (static membership)',
      change: { 'group.instance.id': '<stable per instance, e.g. the pod name>' },
      why: `A restart of one of ${input.instances} instances now costs two rebalances (leave, then join); a rolling deploy costs ${2 * input.instances}. With static membership a restart shorter than session.timeout.ms (${session === null ? 'unset' : `${fmt(Number(session))} ms`}) costs none; ${pause}.`,
      refs: [doc('group.instance.id', version)],
    });
  }
  const protocol = consumer.settings['group.protocol'].value?.toLowerCase();
  const strategy = consumer.settings['partition.assignment.strategy'].value ?? '';
  const firstAssignor = strategy
    .split(',')[0]!
    .trim()
    .replace(/^class\s+/, '');
  const incremental = protocol === 'consumer' || firstAssignor.toLowerCase().includes('cooperative');
  if (!incremental && consumer.family !== 'kafkajs') {
    const value = consumer.family === 'librdkafka' ? 'cooperative-sticky' : 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor';
    const newProtocol = compareVersions(version, '4.0') >= 0 ? ' On Kafka 4.0 or later, group.protocol=consumer (KIP-848) gives incremental rebalances with assignment done by the broker.' : '';
    out.push({
      id: 'rebalance/cooperative',
      title: 'Use cooperative (incremental) rebalancing',
      change: { 'partition.assignment.strategy': value },
      why: `The first assignor in use (${firstAssignor || 'none'}) is eager: ${pause}, and all ${P} partitions are revoked. With cooperative rebalancing only moved partitions pause: adding a ${input.instances + 1}th instance moves about ${P} / ${input.instances + 1} = ${fmt(P / (input.instances + 1))} partitions.${newProtocol}`,
      refs: [doc('partition.assignment.strategy', version)],
    });
  }
  if (consumer.family === 'kafkajs') {
    out.push({
      id: 'rebalance/kafkajs-eager-only',
      title: 'Know that kafkajs rebalances eagerly and has no static membership',
      change: {},
      why:
        `kafkajs 2.2.4 has no group.instance.id and no cooperative assignor: ${pause}, on every deploy and every crash. ` +
        'If rebalances hurt, a librdkafka-based client (confluent-kafka-javascript) offers group.instance.id and cooperative-sticky.',
      refs: [doc('group.instance.id', version), doc('partition.assignment.strategy', version)],
    });
  }
  return out.map((r, i) => ({ rank: i + 1, ...r }));
}
