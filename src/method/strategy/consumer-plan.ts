// How the consuming side keeps up: how many processes, how many group members (threads) each,
// and whether work runs in parallel inside a process. Consumer groups are the unit of scale: one
// partition feeds at most one member, so members beyond partitions sit idle. Scaling out (more
// single-consumer instances) and parallelism inside a consumer reach the same throughput; which
// one the design picks follows the requirements (max_instances, ordering, transactions), and the
// other is shown as the alternative with its numbers.
import { PLANNING } from '../../knowledge/planning.js';
import type { Alternative } from '../../model/design.js';
import type { Consumption } from '../../model/requirements.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import { fmt } from '../../model/units.js';
import { busyHandlers, serviceTime, type ServiceTime } from '../queueing/service-time.js';

export type ConcurrencyMode = 'one-member-per-instance' | 'several-members-per-instance' | 'key-ordered-parallel' | 'unordered-parallel' | 'single-consumer';

export interface ConsumerPlan {
  service: ServiceTime;
  /** peak x growth: the rate the design must carry. */
  designRatePerSecond: number;
  /** The rate the consumer can usefully aim for: the design rate, capped by a downstream rate limit. */
  targetRatePerSecond: number;
  /** Handlers that must be busy at once to carry the target rate at the target utilization. */
  requiredHandlers: number;
  mode: ConcurrencyMode;
  /** group: the instances share the partitions; every-instance: each reads them all. */
  assignment: Consumption;
  instances: number;
  /** Group members (consumer threads) per instance. */
  membersPerInstance: number;
  /** Concurrent handlers per instance (equals membersPerInstance unless work runs in parallel inside a member). */
  handlersPerInstance: number;
  /** Messages per second the planned consumers can process, before any rate limit. */
  capacityPerSecond: number;
  why: string;
  alternatives: Alternative[];
  /** Asked when a missing fact decides between scaling out and parallelism inside a consumer. */
  questions: string[];
}

export interface PlanOptions {
  /** The consumer commits its offsets in a producer transaction (read-process-write exactly-once). */
  transactional?: boolean;
}

export function planConsumers(flow: FlowFacts, options: PlanOptions = {}): ConsumerPlan {
  const service = serviceTime(flow.processing.p50Ms, flow.processing.p99Ms);
  const designRate = flow.peakPerSecond * flow.growthFactor;
  const limit = flow.processing.rateLimitPerSecond;
  const targetRate = limit !== null ? Math.min(designRate, limit) : designRate;
  const util = PLANNING.consumerTargetUtilization;
  const busy = busyHandlers(targetRate, service.meanMs);
  const required = Math.max(1, Math.ceil(busy / util - 1e-9));
  const statedMax = flow.processing.maxInstances;
  // Without max_instances, a fleet whose members fit within the partition sanity limit.
  const fleetCap = Math.floor(PLANNING.partitionsSanityLimit / PLANNING.maxConsumerThreadsPerInstance);
  const rateText = `${fmt(flow.peakPerSecond)}/s peak x growth ${fmt(flow.growthFactor)} = ${fmt(designRate)}/s`;
  const target = limit !== null && limit < designRate ? `${rateText}, capped by the downstream limit of ${fmt(limit)}/s` : rateText;
  const littles = `${target}; ${service.explanation}; Little's law: ${fmt(targetRate)}/s x ${fmt(service.meanMs / 1000)} s = ${fmt(busy)} handlers busy, / ${util} target utilization = ${required} concurrent handlers`;
  const alternatives: Alternative[] = [];
  const questions: string[] = [];
  const alt = (option: string, chosen: boolean, why: string) => alternatives.push({ flow: flow.name, decision: 'consumer concurrency', option, chosen, why });
  const capacity = (handlers: number) => handlers * service.perHandlerPerSecond;
  const keyed = flow.ordering === 'per-key';
  const inProcessMode: ConcurrencyMode = keyed ? 'key-ordered-parallel' : 'unordered-parallel';
  const inProcessName = keyed ? 'key-ordered parallel processing inside each consumer' : 'parallel worker pool inside each consumer';
  const orderNote = keyed ? `records of one ${flow.key ?? 'key'} still run one after another` : 'order does not matter, so any record can run on any handler';
  const plan = (mode: ConcurrencyMode, instances: number, members: number, handlers: number, why: string): ConsumerPlan => ({
    service,
    designRatePerSecond: designRate,
    targetRatePerSecond: targetRate,
    requiredHandlers: required,
    mode,
    assignment: flow.consumption,
    instances,
    membersPerInstance: members,
    handlersPerInstance: handlers,
    capacityPerSecond: capacity((flow.consumption === 'every-instance' ? 1 : instances) * handlers),
    why,
    alternatives,
    questions,
  });

  if (flow.ordering === 'global') {
    alt('one consumer on one partition', true, 'a total order can only be read by one member of one group');
    alt('parallel consumers', false, 'any parallelism would reorder events across the whole stream');
    return plan('single-consumer', 1, 1, 1, `${littles}. Global order allows one consumer on one partition: its ceiling is 1000 / ${fmt(service.meanMs)} ms = ${fmt(capacity(1))}/s.`);
  }

  if (flow.consumption === 'every-instance') {
    // Every instance reads every partition, so each one alone must carry the whole rate.
    const instances = statedMax ?? 1;
    const mode: ConcurrencyMode = required === 1 ? 'one-member-per-instance' : inProcessMode;
    alt('every instance reads every partition (manual assignment)', true, 'each instance holds the whole data set (a local cache or a broadcast); no group, no shared offsets');
    alt('one consumer group shared by the instances', false, 'each instance would see only its share of the partitions, so its local copy would miss the other keys');
    return plan(
      mode,
      instances,
      1,
      required,
      `${littles}. consumption every-instance: each of the ${instances} instance(s)${statedMax === null ? ' (max_instances not stated)' : ''} assigns itself every partition and carries the whole ${fmt(targetRate)}/s alone, with ${required} handler(s)${required > 1 ? `, ${orderNote}` : ''}; adding instances adds copies, not capacity.`,
    );
  }

  if (options.transactional) {
    // One transaction per member: handlers inside a member would share its transaction.
    const instances = Math.min(required, statedMax ?? fleetCap);
    // Members beyond the partition sanity limit would sit idle; the throughput rule reports a shortfall.
    const members = Math.min(Math.ceil(required / instances), Math.max(1, Math.floor(PLANNING.partitionsSanityLimit / instances)));
    alt(
      `${instances} instance(s) x ${members} consumer member(s), each with its own transactional producer`,
      true,
      "a transaction covers one member's output and input offsets; parallel handlers inside a member would have to commit together",
    );
    alt(inProcessName, false, 'records handled in parallel would share one transaction: one failure aborts the work of all of them');
    return plan(
      members > 1 ? 'several-members-per-instance' : 'one-member-per-instance',
      instances,
      members,
      members,
      `${littles}; ${instances} instance(s)${statedMax !== null ? ` (max_instances ${statedMax})` : ''} x ceil(${required}/${instances}) = ${members} member(s), each a consumer with its own transactional producer.`,
    );
  }

  const inProcess = (instances: number) => Math.ceil(required / instances);
  if (statedMax !== null) {
    const threadsCap = statedMax * PLANNING.maxConsumerThreadsPerInstance;
    const maxText = `max_instances ${statedMax}`;
    if (required <= statedMax) {
      const fewer = Math.ceil(required / PLANNING.inProcessHandlersPerInstance);
      alt(`${required} instance(s), one consumer each`, true, `${required} handlers fit within ${maxText}: the simplest code, and CPU-bound work gets a core per consumer`);
      if (required > 1)
        alt(
          `${fewer} instance(s) x ${inProcess(fewer)} handlers (${inProcessName})`,
          false,
          `same throughput with fewer processes if the work mostly waits on I/O; it adds in-process offset bookkeeping${keyed ? ' and per-key queues' : ''}`,
        );
      return plan('one-member-per-instance', required, 1, 1, `${littles}, so ${required} consumer instance(s) with one consumer each (within ${maxText}).`);
    }
    if (required <= threadsCap && limit === null) {
      const members = Math.ceil(required / statedMax);
      alt(
        `${statedMax} instances x ${members} consumer threads`,
        true,
        `${required} handlers over ${maxText} = ${members} group members per instance (at most ${PLANNING.maxConsumerThreadsPerInstance}): more members, each with its own partitions`,
      );
      alt(inProcessName, false, `not needed while ${members} threads per instance suffice`);
      return plan(
        'several-members-per-instance',
        statedMax,
        members,
        members,
        `${littles}; ${maxText} gives ceil(${required}/${statedMax}) = ${members} consumer threads (group members) per instance.`,
      );
    }
    const handlers = inProcess(statedMax);
    const reason =
      limit !== null
        ? `slow calls to a rate-limited service are waiting time, not CPU: ${handlers} in-flight calls per instance carry the limit without more partitions`
        : `${required} handlers exceed ${statedMax} instances x ${PLANNING.maxConsumerThreadsPerInstance} threads; partitions that many would only add overhead`;
    alt(inProcessName, true, `${reason}; ${orderNote}; offsets are committed only up to the oldest unfinished record`);
    alt(
      `${required} partitions and consumers`,
      false,
      `${maxText}${required > PLANNING.partitionsSanityLimit ? ` and ${required} partitions is past the ${PLANNING.partitionsSanityLimit} sanity limit` : ''}`,
    );
    alt('bounded in-memory queue with auto-commit', false, 'loses the queued records on a crash: offsets would be committed before the work is done');
    return plan(
      inProcessMode,
      statedMax,
      1,
      handlers,
      `${littles}; over ${maxText} that is ceil(${required}/${statedMax}) = ${handlers} concurrent handlers per instance, ${keyed ? 'ordered per key' : 'in any order'}.`,
    );
  }

  // No max_instances: a few single-consumer instances are the simplest; beyond that, parallelism
  // inside each consumer reaches the same throughput without a fleet of processes to run.
  if (required <= PLANNING.maxConsumerThreadsPerInstance) {
    alt(`${required} instance(s), one consumer each`, true, `${required} handler(s): the simplest layout`);
    alt(inProcessName, false, 'not needed at this rate; it adds offset bookkeeping');
    return plan('one-member-per-instance', required, 1, 1, `${littles}, so ${required} consumer instance(s) with one consumer each.`);
  }
  const instances = Math.min(fleetCap, Math.ceil(required / PLANNING.inProcessHandlersPerInstance));
  const handlers = inProcess(instances);
  alt(
    `${instances} instance(s) x ${handlers} handlers (${inProcessName})`,
    true,
    `the same ${required} concurrent handlers as ${required} single-consumer instances, with ${instances} process(es) to run; ${orderNote}; offsets are committed only up to the oldest unfinished record`,
  );
  alt(
    `${required} instances, one consumer each`,
    false,
    `the same throughput, but ${required} processes and at least ${required} partitions; choose it (state max_instances ≥ ${required}) when the work is CPU-bound and needs a core per consumer`,
  );
  questions.push(
    `Flow "${flow.name}": ${required} concurrent handlers are needed. How many consumer instances can you run (max_instances), and is the per-record work CPU-bound or mostly waiting on I/O? The design runs ${instances} instance(s) x ${handlers} handlers; CPU-bound work would need ${required} instances instead.`,
  );
  return plan(
    inProcessMode,
    instances,
    1,
    handlers,
    `${littles}; max_instances not stated, so ${instances} instance(s) (${required} / ${PLANNING.inProcessHandlersPerInstance} handlers per instance, rounded up${instances === fleetCap ? `, at most ${fleetCap} = ${PLANNING.partitionsSanityLimit} partitions / ${PLANNING.maxConsumerThreadsPerInstance}` : ''}) x ceil(${required}/${instances}) = ${handlers} concurrent handlers per instance, ${keyed ? 'ordered per key' : 'in any order'}, instead of ${required} single-consumer instances.`,
  );
}
