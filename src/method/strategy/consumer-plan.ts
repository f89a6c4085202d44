// How the consuming side keeps up: how many processes, how many group members (threads) each,
// and whether work must run in parallel inside a process. Consumer groups are the unit of scale:
// one partition feeds at most one member, so members beyond partitions sit idle.
import { PLANNING } from '../../knowledge/planning.js';
import type { Alternative } from '../../model/design.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import { fmt } from './decision.js';
import { busyHandlers, serviceTime, type ServiceTime } from './service-time.js';

export type ConcurrencyMode =
  | 'one-member-per-instance'
  | 'several-members-per-instance'
  | 'key-ordered-parallel'
  | 'unordered-parallel'
  | 'single-consumer';

export interface ConsumerPlan {
  service: ServiceTime;
  /** peak x growth: the rate the design must carry. */
  designRatePerSecond: number;
  /** The rate the consumer can usefully aim for: the design rate, capped by a downstream rate limit. */
  targetRatePerSecond: number;
  /** Handlers that must be busy at once to carry the target rate at the target utilization. */
  requiredHandlers: number;
  mode: ConcurrencyMode;
  instances: number;
  /** Group members (consumer threads) per instance. */
  membersPerInstance: number;
  /** Concurrent handlers per instance (equals membersPerInstance unless work runs in parallel inside a member). */
  handlersPerInstance: number;
  /** Messages per second the planned consumers can process, before any rate limit. */
  capacityPerSecond: number;
  why: string;
  alternatives: Alternative[];
}

export function planConsumers(flow: FlowFacts): ConsumerPlan {
  const service = serviceTime(flow.processing.p50Ms, flow.processing.p99Ms);
  const designRate = flow.peakPerSecond * flow.growthFactor;
  const limit = flow.processing.rateLimitPerSecond;
  const targetRate = limit !== null ? Math.min(designRate, limit) : designRate;
  const util = PLANNING.consumerTargetUtilization;
  const busy = busyHandlers(targetRate, service.meanMs);
  const required = Math.max(1, Math.ceil(busy / util - 1e-9));
  // Without a stated limit, assume a fleet whose members fit within the partition sanity limit.
  const statedMax = flow.processing.maxInstances;
  const maxInstances = statedMax ?? Math.floor(PLANNING.partitionsSanityLimit / PLANNING.maxConsumerThreadsPerInstance);
  const maxText = statedMax === null ? `at most ${maxInstances} instances (no max_instances given; ${PLANNING.partitionsSanityLimit} partitions / ${PLANNING.maxConsumerThreadsPerInstance} threads each)` : `max_instances ${maxInstances}`;
  const rateText = `${fmt(flow.peakPerSecond)}/s peak x growth ${fmt(flow.growthFactor)} = ${fmt(designRate)}/s`;
  const target = limit !== null && limit < designRate
    ? `${rateText}, capped by the downstream limit of ${fmt(limit)}/s`
    : rateText;
  const littles = `${target}; ${service.explanation}; Little's law: ${fmt(targetRate)}/s x ${fmt(service.meanMs / 1000)} s = ${fmt(busy)} handlers busy, / ${util} target utilization = ${required} concurrent handlers`;
  const alternatives: Alternative[] = [];
  const alt = (option: string, chosen: boolean, why: string) => alternatives.push({ flow: flow.name, decision: 'consumer concurrency', option, chosen, why });

  const capacity = (handlers: number) => handlers * service.perHandlerPerSecond;

  if (flow.ordering === 'global') {
    const cap = capacity(1);
    alt('one consumer on one partition', true, 'a total order can only be read by one member of one group');
    alt('parallel consumers', false, 'any parallelism would reorder events across the whole stream');
    return {
      service, designRatePerSecond: designRate, targetRatePerSecond: targetRate, requiredHandlers: required, mode: 'single-consumer',
      instances: 1, membersPerInstance: 1, handlersPerInstance: 1, capacityPerSecond: cap,
      why: `${littles}. Global order allows one consumer on one partition: its ceiling is 1000 / ${fmt(service.meanMs)} ms = ${fmt(cap)}/s.`,
      alternatives,
    };
  }

  const threadsCap = maxInstances * PLANNING.maxConsumerThreadsPerInstance;
  if (required <= maxInstances) {
    const instances = required;
    alt(`${instances} instance(s), one consumer each`, true, `${required} handlers fit within ${maxText}: the simplest layout`);
    alt('parallel processing inside each consumer', false, 'not needed at this rate; it adds offset bookkeeping');
    return {
      service, designRatePerSecond: designRate, targetRatePerSecond: targetRate, requiredHandlers: required, mode: 'one-member-per-instance',
      instances, membersPerInstance: 1, handlersPerInstance: 1, capacityPerSecond: capacity(instances),
      why: `${littles}, so ${instances} consumer instance(s) with one consumer each.`,
      alternatives,
    };
  }
  const instances = maxInstances;
  if (required <= threadsCap && limit === null) {
    const members = Math.ceil(required / instances);
    alt(`${instances} instances x ${members} consumer threads`, true, `${required} handlers over ${maxText} = ${members} group members per instance (at most ${PLANNING.maxConsumerThreadsPerInstance}): more members, each with its own partitions`);
    alt('parallel processing inside each consumer', false, `not needed while ${members} threads per instance suffice`);
    return {
      service, designRatePerSecond: designRate, targetRatePerSecond: targetRate, requiredHandlers: required, mode: 'several-members-per-instance',
      instances, membersPerInstance: members, handlersPerInstance: members, capacityPerSecond: capacity(instances * members),
      why: `${littles}; ${maxText} gives ceil(${required}/${instances}) = ${members} consumer threads (group members) per instance.`,
      alternatives,
    };
  }
  const handlers = Math.ceil(required / instances);
  const keyed = flow.ordering === 'per-key';
  const mode: ConcurrencyMode = keyed ? 'key-ordered-parallel' : 'unordered-parallel';
  const reason = limit !== null
    ? `slow calls to a rate-limited service are waiting time, not CPU: ${handlers} in-flight calls per instance carry the limit without more partitions`
    : `${required} handlers exceed ${instances} instances x ${PLANNING.maxConsumerThreadsPerInstance} threads; partitions that many would only add overhead`;
  alt(keyed ? 'key-ordered parallel processing inside each consumer' : 'parallel worker pool inside each consumer', true,
    `${reason}; ${keyed ? `records of one ${flow.key ?? 'key'} still run one after another` : 'order does not matter, so any record can run on any handler'}; offsets are committed only up to the oldest unfinished record`);
  alt(`${required} partitions and consumers`, false, `${maxText}${required > PLANNING.partitionsSanityLimit ? ` and ${required} partitions is past the ${PLANNING.partitionsSanityLimit} sanity limit` : ''}`);
  alt('bounded in-memory queue with auto-commit', false, 'loses the queued records on a crash: offsets would be committed before the work is done');
  return {
    service, designRatePerSecond: designRate, targetRatePerSecond: targetRate, requiredHandlers: required, mode,
    instances, membersPerInstance: 1, handlersPerInstance: handlers, capacityPerSecond: capacity(instances * handlers),
    why: `${littles}; over ${maxText} that is ceil(${required}/${instances}) = ${handlers} concurrent handlers per instance, ${keyed ? 'ordered per key' : 'in any order'}.`,
    alternatives,
  };
}
