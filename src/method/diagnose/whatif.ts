// The what-if lag analysis, no cluster needed: from arrival rate, processing times, instances,
// partitions, a downstream limit and the consumer's settings, say whether lag converges or grows,
// whether the poll loop will rebalance, what to change (ranked), and how lag moves over time.
import { UserError } from '../../model/errors.js';
import type { Ordering } from '../../model/requirements.js';
import { capacity, type Capacity } from './capacity.js';
import { sparkline, type SeriesPoint } from './chart.js';
import type { ConsumerSettings, ResolvedSetting } from './consumer-settings.js';
import { lagAt } from './fluid.js';
import { fmt } from '../strategy/decision.js';
import { serviceTime, type ServiceTime } from '../strategy/service-time.js';
import { pollLoopHealth, type PollLoopHealth } from './poll-loop.js';
import { recommend, type Recommendation } from './recommend.js';

export interface WhatIfInput {
  arrivalPerSecond: number;
  processing: { p50Ms: number; p99Ms: number };
  instances: number;
  partitions: number;
  rateLimitPerSecond?: number | null;
  /** Messages waiting after a spike; default one minute of arrivals. */
  backlog?: number;
  /** How far to project lag; default from the drain time or growth. */
  horizonSeconds?: number;
  ordering?: Ordering;
  consumer: ConsumerSettings;
}

export interface WhatIfReport {
  inputs: { arrivalPerSecond: number; processing: { p50Ms: number; p99Ms: number }; instances: number; partitions: number; rateLimitPerSecond: number | null; backlog: number; ordering: Ordering };
  assumptions: string[];
  service: ServiceTime;
  consumer: { library: string; kafkaVersion: string; settings: ResolvedSetting[] };
  capacity: Omit<Capacity, 'trajectory'>;
  pollLoop: PollLoopHealth;
  recommendations: Recommendation[];
  projection: { horizonSeconds: number; points: SeriesPoint[]; sparkline: string };
}

const PROJECTION_POINTS = 60;
/** The default spike: this many seconds of arrivals already waiting. */
const DEFAULT_SPIKE_SECONDS = 60;

function check(ok: boolean, field: string, message: string, found: unknown): void {
  if (!ok) throw new UserError({ field, message, found: String(found) });
}

export function whatIf(input: WhatIfInput): WhatIfReport {
  check(Number.isFinite(input.arrivalPerSecond) && input.arrivalPerSecond >= 0, '--arrival-rate', 'arrival rate must be a number of messages per second, 0 or more', input.arrivalPerSecond);
  check(Number.isInteger(input.instances) && input.instances >= 1, '--instances', 'instances must be a whole number, at least 1', input.instances);
  check(Number.isInteger(input.partitions) && input.partitions >= 1, '--partitions', 'partitions must be a whole number, at least 1', input.partitions);
  const rateLimit = input.rateLimitPerSecond ?? null;
  check(rateLimit === null || (Number.isFinite(rateLimit) && rateLimit > 0), '--rate-limit', 'the rate limit must be a positive number of messages per second', rateLimit);
  const assumptions: string[] = [];
  const backlog = input.backlog ?? Math.round(input.arrivalPerSecond * DEFAULT_SPIKE_SECONDS);
  if (input.backlog === undefined) assumptions.push(`backlog after a spike: ${DEFAULT_SPIKE_SECONDS} s of arrivals = ${fmt(input.arrivalPerSecond)} × ${DEFAULT_SPIKE_SECONDS} = ${fmt(backlog)} messages (pass --backlog to choose)`);
  check(Number.isFinite(backlog) && backlog >= 0, '--backlog', 'the backlog must be a number of messages, 0 or more', backlog);
  const ordering = input.ordering ?? 'per-key';
  if (input.ordering === undefined) assumptions.push('ordering: per key (records of one key must stay in order)');
  assumptions.push('arrivals spread evenly over partitions; each consumer processes its records one after another and commits after each batch');

  const { p50Ms, p99Ms } = input.processing;
  check(p50Ms > 0 && p99Ms > 0, '--processing-ms', 'processing times must be positive milliseconds', `p50=${p50Ms},p99=${p99Ms}`);
  check(p99Ms >= p50Ms, '--processing-ms', 'p99 is below p50 (p99 is the slow tail)', `p50=${p50Ms},p99=${p99Ms}`);
  const service = serviceTime(p50Ms, p99Ms);
  const cap = capacity({ arrivalPerSecond: input.arrivalPerSecond, partitions: input.partitions, instances: input.instances, service, rateLimitPerSecond: rateLimit, backlog });
  const pollLoop = pollLoopHealth(service, input.consumer);
  const recommendations = recommend({
    arrivalPerSecond: input.arrivalPerSecond, partitions: input.partitions, instances: input.instances, rateLimitPerSecond: rateLimit,
    ordering, service, consumer: input.consumer, capacity: cap, pollLoop,
  });

  const horizon = input.horizonSeconds ?? (cap.drain.seconds !== null && cap.drain.seconds > 0 ? Math.max(60, cap.drain.seconds * 2) : 3600);
  const points = Array.from({ length: PROJECTION_POINTS + 1 }, (_, i) => {
    const t = (horizon * i) / PROJECTION_POINTS;
    return { t, value: lagAt(cap.trajectory, t) };
  });
  const { trajectory: _trajectory, ...capacityReport } = cap;
  return {
    inputs: { arrivalPerSecond: input.arrivalPerSecond, processing: input.processing, instances: input.instances, partitions: input.partitions, rateLimitPerSecond: rateLimit, backlog, ordering },
    assumptions,
    service,
    consumer: { library: input.consumer.library, kafkaVersion: input.consumer.kafkaVersion, settings: Object.values(input.consumer.settings) },
    capacity: capacityReport,
    pollLoop,
    recommendations,
    projection: { horizonSeconds: horizon, points, sparkline: sparkline(points.map((p) => p.value)) },
  };
}
