// The what-if lag analysis, no cluster needed: from arrival rate, processing times, instances,
// partitions, a downstream limit and the consumer's settings, say whether lag converges or grows,
// whether the poll loop will rebalance, what to change (ranked), and how lag moves over time.
import { UserError } from '../../model/errors.js';
import { restingOn, settlingQuestion, type AssumedValue } from '../rules.js';
import type { Ordering } from '../../model/requirements.js';
import { capacity, type Capacity } from './capacity.js';
import { sparkline, type SeriesPoint } from './chart.js';
import type { ConsumerSettings, ResolvedSetting } from './consumer-settings.js';
import { lagAt } from '../queueing/fluid.js';
import { fmt } from '../../model/units.js';
import { ASSUMED_TAIL_RATIO, serviceTime, type ServiceTime } from '../queueing/service-time.js';
import { pollLoopHealth, type PollCheck, type PollCheckId, type PollLoopHealth } from './poll-loop.js';
import { pollLoopFacts } from '../../knowledge/poll-loop.js';
import { recommend, type Recommendation } from './recommend.js';

/**
 * Processing time per message as the user gave it: both percentiles, a range ("50 to 400 ms"), or
 * one typical figure. Whatever is missing is assumed, and the assumption is stated.
 */
export interface StatedProcessing {
  p50Ms?: number;
  p99Ms?: number;
  minMs?: number;
  maxMs?: number;
}

export interface WhatIfInput {
  arrivalPerSecond: number;
  processing: StatedProcessing;
  /** Consumer instances in the group; assumed (and said so) when not given. */
  instances?: number;
  /** Partitions of the topic; assumed (and said so) when not given. */
  partitions?: number;
  /** Records the application takes per poll, as the user configured it (max.poll.records, consume(num_messages=N), PollRecords N). */
  batchRecords?: number;
  /** The user reports frequent rebalances. */
  rebalancesReported?: boolean;
  rateLimitPerSecond?: number | null;
  /** Messages waiting after a spike; default one minute of arrivals. */
  backlog?: number;
  /** How far to project lag; default from the drain time or growth. */
  horizonSeconds?: number;
  ordering?: Ordering;
  consumer: ConsumerSettings;
}

export interface WhatIfReport {
  /** What the user reported that the numbers explain, or do not. */
  symptoms: string[];
  inputs: { arrivalPerSecond: number; processing: { p50Ms: number; p99Ms: number }; instances: number; partitions: number; rateLimitPerSecond: number | null; backlog: number; ordering: Ordering };
  assumptions: string[];
  service: ServiceTime;
  consumer: { library: string; kafkaVersion: string; settings: ResolvedSetting[] };
  /** When the verdict is that lag grows and rests on assumed inputs: those inputs and the question that settles them. */
  capacity: Omit<Capacity, 'trajectory'> & { assumed?: string[]; question?: string };
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

/** What the user can state and the verdicts rest on, named as the lag tool's inputs name them. */
type LagFact = 'processing_p50_ms' | 'processing_p99_ms' | 'batch_records' | 'instances' | 'partitions';
type AssumedFacts = Map<LagFact, AssumedValue>;

function noteAssumed(assumed: AssumedFacts, field: LagFact, value: unknown, why: string, question: string): void {
  assumed.set(field, { field, value, why, question });
}

/** The facts each poll-loop check rests on: the batch and the processing time it multiplies. */
const CHECK_RESTS_ON: Readonly<Record<PollCheckId, readonly LagFact[]>> = {
  'poll/typical-batch': ['batch_records', 'processing_p50_ms'],
  'poll/worst-batch': ['batch_records', 'processing_p99_ms'],
  'poll/message-vs-session': ['processing_p99_ms'],
  'poll/heartbeat-vs-session': [],
};

/** A failing check that rests on an assumed input is at most a warning and asks for the input. */
function checkOnStatedFacts(check: PollCheck, assumed: AssumedFacts): PollCheck {
  if (check.ok) return check;
  return restingOn(
    check,
    CHECK_RESTS_ON[check.id].flatMap((f) => assumed.get(f) ?? []),
  );
}

/** Both percentiles from what was said; each one not said is an assumption in `assumptions`. */
function resolveProcessing(p: StatedProcessing, assumptions: string[], assumed: AssumedFacts): { p50Ms: number; p99Ms: number } {
  const found = `p50=${p.p50Ms},p99=${p.p99Ms},min=${p.minMs},max=${p.maxMs}`;
  if (p.p50Ms !== undefined && p.p99Ms !== undefined) return { p50Ms: p.p50Ms, p99Ms: p.p99Ms };
  if (p.minMs !== undefined && p.maxMs !== undefined) {
    check(p.minMs > 0 && p.maxMs >= p.minMs, '--processing-ms', 'a processing range needs 0 < min <= max milliseconds', found);
    const p50 = p.p50Ms ?? (p.minMs + p.maxMs) / 2;
    const p99 = p.p99Ms ?? p.maxMs;
    if (p.p50Ms === undefined) {
      assumptions.push(`processing p50: the middle of the range ${fmt(p.minMs)}-${fmt(p.maxMs)} ms = ${fmt(p50)} ms (ask for the median handling time)`);
      noteAssumed(assumed, 'processing_p50_ms', p50, `the middle of the stated range ${fmt(p.minMs)}-${fmt(p.maxMs)} ms`, 'How long does a typical (median) record take to handle?');
    }
    if (p.p99Ms === undefined) {
      assumptions.push(`processing p99: the top of the range, ${fmt(p99)} ms (ask for the slowest 1% of handling times)`);
      noteAssumed(assumed, 'processing_p99_ms', p99, `the top of the stated range ${fmt(p.minMs)}-${fmt(p.maxMs)} ms`, 'How long do the slowest 1% of records take to handle (p99)?');
    }
    return { p50Ms: p50, p99Ms: p99 };
  }
  // One figure: the median (a typical time, or a range's low end) or the tail (p99, or a range's top).
  const median = p.p50Ms ?? (p.p99Ms === undefined && p.maxMs === undefined ? p.minMs : undefined);
  const tail = p.p99Ms ?? p.maxMs;
  check(median !== undefined || tail !== undefined, '--processing-ms', 'processing time is needed: both percentiles, a range, or one typical figure', found);
  if (median !== undefined) {
    const p99 = median * ASSUMED_TAIL_RATIO;
    assumptions.push(
      `processing p99: only the median ${fmt(median)} ms was given, so the slow tail is taken as ${ASSUMED_TAIL_RATIO}x it = ${fmt(p99)} ms, as design assumes (ask for the slowest 1% of handling times)`,
    );
    noteAssumed(assumed, 'processing_p99_ms', p99, `${ASSUMED_TAIL_RATIO}x the stated median ${fmt(median)} ms`, 'How long do the slowest 1% of records take to handle (p99)?');
    return { p50Ms: median, p99Ms: p99 };
  }
  const p50 = tail! / ASSUMED_TAIL_RATIO;
  assumptions.push(
    `processing p50: only the slow tail ${fmt(tail!)} ms was given, so the median is taken as 1/${ASSUMED_TAIL_RATIO} of it = ${fmt(p50)} ms, as design assumes (ask for the median handling time)`,
  );
  noteAssumed(assumed, 'processing_p50_ms', p50, `1/${ASSUMED_TAIL_RATIO} of the stated tail ${fmt(tail!)} ms`, 'How long does a typical (median) record take to handle?');
  return { p50Ms: p50, p99Ms: tail! };
}

/** Why a reported rebalance storm happens, or what else to look at when the poll loop is not it. */
function rebalanceSymptom(pollLoop: PollLoopHealth, consumer: ConsumerSettings): string {
  if (pollLoop.rebalanceLoopPredicted) {
    const failing = pollLoop.checks.filter((c) => !c.ok).map((c) => c.message);
    return `reported rebalances are explained by the poll loop: ${failing.join('; ')}`;
  }
  const assignor = consumer.settings['partition.assignment.strategy'];
  const protocol = consumer.settings['group.protocol'];
  return (
    `reported rebalances are not explained by the poll loop at the stated times (${pollLoop.checks.map((c) => c.message).join('; ')}). ` +
    'Look at: processing slower than stated (a p99 above the one given), GC or stop-the-world pauses beyond the session timeout, ' +
    `instances restarting or scaling (every deploy rebalances; assignment ${assignor.clientName ?? assignor.name}=${assignor.value ?? 'library default'}${protocol.value ? `, group protocol ${protocol.value}` : ''}; static membership with group.instance.id avoids a rebalance per restart)`
  );
}

/** Lag that grows because of an assumed count or time says so and asks for it. */
function capacityOnStatedFacts(cap: Omit<Capacity, 'trajectory'>, assumed: AssumedFacts): WhatIfReport['capacity'] {
  const restsOn = (['instances', 'partitions', 'processing_p50_ms'] as const).flatMap((f) => assumed.get(f) ?? []);
  if (cap.verdict !== 'grows' || restsOn.length === 0) return cap;
  const question = [...new Set(restsOn.map(settlingQuestion))].join(' ');
  return {
    ...cap,
    why: [...cap.why, `this verdict rests on assumed ${restsOn.map((a) => `${a.field} = ${fmt(Number(a.value))} (${a.why})`).join(', ')}; ask: ${question}`],
    assumed: restsOn.map((a) => a.field),
    question,
  };
}

export function whatIf(input: WhatIfInput): WhatIfReport {
  check(Number.isFinite(input.arrivalPerSecond) && input.arrivalPerSecond >= 0, '--arrival-rate', 'arrival rate must be a number of messages per second, 0 or more', input.arrivalPerSecond);
  const assumptions: string[] = [];
  const assumed: AssumedFacts = new Map();
  const instances = input.instances ?? input.partitions ?? 1;
  if (input.instances === undefined) {
    assumptions.push(
      input.partitions !== undefined
        ? `instances: one per partition, ${fmt(instances)} (the most that share the work; ask how many run)`
        : 'instances: 1 (ask how many run; more instances only add capacity up to the partition count)',
    );
    noteAssumed(assumed, 'instances', instances, input.partitions !== undefined ? 'one per partition' : 'not stated', 'How many consumer instances run in the group?');
  }
  const partitions = input.partitions ?? instances;
  if (input.partitions === undefined) {
    assumptions.push(`partitions: as many as instances, ${fmt(partitions)}, so every instance has work (ask for the topic's partition count: it caps how many instances help)`);
    noteAssumed(assumed, 'partitions', partitions, 'as many as instances', 'How many partitions does the topic have?');
  }
  check(Number.isInteger(instances) && instances >= 1, '--instances', 'instances must be a whole number, at least 1', instances);
  check(Number.isInteger(partitions) && partitions >= 1, '--partitions', 'partitions must be a whole number, at least 1', partitions);
  check(
    input.batchRecords === undefined || (Number.isInteger(input.batchRecords) && input.batchRecords >= 1),
    '--batch',
    'the batch must be a whole number of records, at least 1',
    input.batchRecords,
  );
  const rateLimit = input.rateLimitPerSecond ?? null;
  check(rateLimit === null || (Number.isFinite(rateLimit) && rateLimit > 0), '--rate-limit', 'the rate limit must be a positive number of messages per second', rateLimit);
  const backlog = input.backlog ?? Math.round(input.arrivalPerSecond * DEFAULT_SPIKE_SECONDS);
  if (input.backlog === undefined)
    assumptions.push(`backlog after a spike: ${DEFAULT_SPIKE_SECONDS} s of arrivals = ${fmt(input.arrivalPerSecond)} × ${DEFAULT_SPIKE_SECONDS} = ${fmt(backlog)} messages (pass --backlog to choose)`);
  check(Number.isFinite(backlog) && backlog >= 0, '--backlog', 'the backlog must be a number of messages, 0 or more', backlog);
  const ordering = input.ordering ?? 'per-key';
  if (input.ordering === undefined) assumptions.push('ordering: per key (records of one key must stay in order)');
  assumptions.push('arrivals spread evenly over partitions; each consumer processes its records one after another and commits after each batch');

  const { p50Ms, p99Ms } = resolveProcessing(input.processing, assumptions, assumed);
  check(p50Ms > 0 && p99Ms > 0, '--processing-ms', 'processing times must be positive milliseconds', `p50=${p50Ms},p99=${p99Ms}`);
  check(p99Ms >= p50Ms, '--processing-ms', 'p99 is below p50 (p99 is the slow tail)', `p50=${p50Ms},p99=${p99Ms}`);
  const service = serviceTime(p50Ms, p99Ms);
  const cap = capacity({ arrivalPerSecond: input.arrivalPerSecond, partitions, instances, service, rateLimitPerSecond: rateLimit, backlog });
  const health = pollLoopHealth(service, input.consumer, input.batchRecords);
  if (input.batchRecords === undefined && health.batchRecords !== null) {
    const setting = input.consumer.settings['max.poll.records'];
    if (setting.from.startsWith('default'))
      assumptions.push(`records per poll: ${fmt(health.batchRecords)}, ${health.batchSetBy ?? 'max.poll.records'} as the library leaves it (ask what batch the consumer asks for)`);
    // A default is certain only where the library has the setting and the user's config leaves it out.
    const certain = input.consumer.configGiven && pollLoopFacts(input.consumer.family, input.consumer.library, input.consumer.kafkaVersion).batch.setting !== null;
    if (setting.from.startsWith('default') && !certain) {
      noteAssumed(
        assumed,
        'batch_records',
        health.batchRecords,
        `${health.batchSetBy ?? 'max.poll.records'} as the library leaves it`,
        `How many records does the consumer take per poll (${health.batchSetBy ?? 'max.poll.records'})?`,
      );
    }
  }
  const pollLoop = { ...health, checks: health.checks.map((c) => checkOnStatedFacts(c, assumed)) };
  const symptoms = input.rebalancesReported ? [rebalanceSymptom(pollLoop, input.consumer)] : [];
  const recommendations = recommend({
    arrivalPerSecond: input.arrivalPerSecond,
    partitions,
    instances,
    rateLimitPerSecond: rateLimit,
    ordering,
    service,
    consumer: input.consumer,
    capacity: cap,
    pollLoop,
  });

  const horizon = input.horizonSeconds ?? (cap.drain.seconds !== null && cap.drain.seconds > 0 ? Math.max(60, cap.drain.seconds * 2) : 3600);
  const points = Array.from({ length: PROJECTION_POINTS + 1 }, (_, i) => {
    const t = (horizon * i) / PROJECTION_POINTS;
    return { t, value: lagAt(cap.trajectory, t) };
  });
  const { trajectory: _trajectory, ...measured } = cap;
  const capacityReport = capacityOnStatedFacts(measured, assumed);
  return {
    symptoms,
    inputs: { arrivalPerSecond: input.arrivalPerSecond, processing: { p50Ms, p99Ms }, instances, partitions, rateLimitPerSecond: rateLimit, backlog, ordering },
    assumptions,
    service,
    consumer: { library: input.consumer.library, kafkaVersion: input.consumer.kafkaVersion, settings: Object.values(input.consumer.settings) },
    capacity: capacityReport,
    pollLoop,
    recommendations,
    projection: { horizonSeconds: horizon, points, sparkline: sparkline(points.map((p) => p.value)) },
  };
}
