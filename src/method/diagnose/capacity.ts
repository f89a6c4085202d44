// Capacity of a consumer group against its arrival rate, explained: who serves how much, what caps
// it (consumers, partitions, a downstream rate limit), whether lag converges or grows and how fast,
// and how long a backlog takes to drain. The numbers come from the fluid model in fluid.ts.
import { cohorts, sustainableRate, trajectory, type FluidModel, type Trajectory } from '../queueing/fluid.js';
import { fmt } from '../../model/units.js';
import type { ServiceTime } from '../queueing/service-time.js';
import { duration } from './duration.js';

/** What caps the sustainable rate. */
export const CAPACITY_LIMITS = ['consumers', 'partitions', 'rate-limit'] as const;
export const LAG_VERDICTS = ['converges', 'grows'] as const;

export interface CapacityInput {
  arrivalPerSecond: number;
  partitions: number;
  instances: number;
  service: ServiceTime;
  rateLimitPerSecond: number | null;
  /** Messages waiting after a spike, whose drain time is asked. */
  backlog: number;
}

export interface Capacity {
  perConsumerPerSecond: number;
  activeConsumers: number;
  idleInstances: number;
  /** Partitions owned by the busiest consumer. */
  busiestPartitions: number;
  /** Largest arrival rate the consumers alone keep up with. */
  consumerBoundPerSecond: number;
  sustainablePerSecond: number;
  limitedBy: (typeof CAPACITY_LIMITS)[number];
  utilization: number;
  verdict: (typeof LAG_VERDICTS)[number];
  /** Messages per second lag grows by in steady state (0 when it converges). */
  growthPerSecond: number;
  /** Messages delivered per second in steady state. */
  throughputPerSecond: number;
  drain: { backlog: number; seconds: number | null };
  trajectory: Trajectory;
  /** The arithmetic, one step a line. */
  why: string[];
}

function fluidModelOf(input: CapacityInput): FluidModel {
  return {
    arrivalPerSecond: input.arrivalPerSecond,
    partitions: input.partitions,
    instances: input.instances,
    perConsumerPerSecond: input.service.perHandlerPerSecond,
    rateLimitPerSecond: input.rateLimitPerSecond ?? Infinity,
  };
}

export function capacity(input: CapacityInput): Capacity {
  const model = fluidModelOf(input);
  const mu = model.perConsumerPerSecond;
  const { partitions: P, instances, arrivalPerSecond: lambda } = input;
  const active = Math.min(P, instances);
  const groups = cohorts(P, instances);
  const busiest = groups[0]!.partitionsEach;
  const sustainable = sustainableRate(model);
  const why: string[] = [];
  why.push(`one consumer processes 1000 / ${fmt(input.service.meanMs)} ms = ${fmt(mu)} msg/s (messages one after another)`);
  if (instances > P) why.push(`${instances} instances but ${P} partitions: ${instances - P} instance(s) get no partition and idle`);
  why.push(
    groups.length === 1
      ? `${P} partitions over ${active} consumers: each owns ${busiest}`
      : `${P} partitions over ${active} consumers: ${groups[0]!.consumers} own ${busiest}, ${groups[1]!.consumers} own ${groups[1]!.partitionsEach}; the busiest saturates first`,
  );
  why.push(`consumers keep up with at most ${fmt(mu)} × ${P} partitions / ${busiest} per busiest consumer = ${fmt(sustainable.consumerBound)} msg/s`);
  if (input.rateLimitPerSecond !== null) {
    why.push(
      `downstream rate limit ${fmt(input.rateLimitPerSecond)} msg/s ${sustainable.limitedBy === 'rate-limit' ? 'is lower, so it sets the capacity' : `is above what the consumers deliver, but caps any scaling at ${fmt(input.rateLimitPerSecond)} msg/s`}`,
    );
  }
  const tr = trajectory(model, input.backlog);
  const steady = trajectory(model, 0);
  const growth = steady.finalGrowthPerSecond;
  const utilization = lambda / sustainable.perSecond;
  if (growth > 0) {
    const perHour = growth * 3600;
    why.push(
      `arrival ${fmt(lambda)} msg/s > capacity ${fmt(sustainable.perSecond)} msg/s: lag grows by ${fmt(lambda)} − ${fmt(steady.settledThroughputPerSecond)} delivered = ${fmt(growth)} msg/s, ${fmt(perHour)} messages per hour`,
    );
    why.push(
      `after one hour the newest message waits about ${fmt(perHour)} / ${fmt(steady.settledThroughputPerSecond)} msg/s = ${duration(perHour / steady.settledThroughputPerSecond)} before it is processed`,
    );
  } else {
    why.push(`arrival ${fmt(lambda)} msg/s <= capacity ${fmt(sustainable.perSecond)} msg/s (utilization ${fmt(utilization * 100)} %): lag converges`);
  }
  if (input.backlog > 0) why.push(drainExplanation(input.backlog, tr));
  return {
    perConsumerPerSecond: mu,
    activeConsumers: active,
    idleInstances: Math.max(0, instances - P),
    busiestPartitions: busiest,
    consumerBoundPerSecond: sustainable.consumerBound,
    sustainablePerSecond: sustainable.perSecond,
    limitedBy: sustainable.limitedBy,
    utilization,
    verdict: growth > 0 ? 'grows' : 'converges',
    growthPerSecond: growth,
    throughputPerSecond: steady.settledThroughputPerSecond,
    drain: { backlog: input.backlog, seconds: tr.drainSeconds },
    trajectory: tr,
    why,
  };
}

function drainExplanation(backlog: number, tr: Trajectory): string {
  const b = tr.breakpoints;
  if (tr.drainSeconds === null) {
    return `a backlog of ${fmt(backlog)} messages never drains: lag ${tr.finalGrowthPerSecond > 0 ? `keeps growing by ${fmt(tr.finalGrowthPerSecond)} msg/s` : 'stops falling'}`;
  }
  const phases = b.slice(1).map((p, i) => {
    const from = b[i]!;
    return `${fmt(from.lag)} → ${fmt(p.lag)} messages at ${fmt((from.lag - p.lag) / (p.t - from.t))} msg/s net = ${duration(p.t - from.t)}`;
  });
  return (
    `a backlog of ${fmt(backlog)} messages (spread over the partitions) drains in ${duration(tr.drainSeconds)}: ${phases.join('; then ')}` +
    (phases.length > 1 ? ' (less-loaded consumers finish first, then the busiest ones)' : '')
  );
}
