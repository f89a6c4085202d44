// Consumer status the way LinkedIn Burrow v1.9.5 evaluates it (core/internal/evaluator/caching.go):
// a ring of committed offsets per partition is judged by a few small rules applied in order, and a
// group takes its worst partition. Two details matter for agreeing with Burrow: completeness is a
// float32 fraction, and the clock is read in whole seconds.
// Rules described at https://github.com/linkedin/Burrow/wiki/Consumer-Lag-Evaluation-Rules

export const PARTITION_STATUSES = ['OK', 'WARN', 'STOP', 'STALL', 'REWIND'] as const;
export type PartitionStatus = (typeof PARTITION_STATUSES)[number];
export type GroupStatus = 'OK' | 'WARN' | 'ERR' | 'NOTFOUND';

export interface OffsetCommit {
  offset: number;
  /** Commit time in ms. */
  timestamp: number;
  /** Messages behind at commit time; null when the commit was stored out of order. */
  lag: number | null;
}

export interface PartitionHistory {
  /** The committed-offset ring, oldest first; unfilled slots (null) only come first. */
  window: ReadonlyArray<OffsetCommit | null>;
  /** Log-end offsets seen for the partition, oldest first. */
  brokerOffsets: readonly number[];
  /** Messages behind now, as storage computed it. */
  currentLag: number;
}

export interface EvaluatorConfig {
  /** Burrow's minimum-complete: the fraction of the ring that must be filled before rules run. */
  minimumComplete: number;
  /** Burrow's allowed-lag: a lag at or below this counts as no lag. */
  allowedLag: number;
}

export const DEFAULT_EVALUATOR_CONFIG: EvaluatorConfig = { minimumComplete: 0, allowedLag: 0 };

/** What each rule function says about the stored window, whether or not it decided the status. */
export interface RuleChecks {
  stopped: boolean;
  recentLagZero: boolean;
  /** Position of the first offset drop in the stored window, or -1. */
  rewindIndex: number;
  /** Present when there is a drop: whether a later offset came back to the one before the drop. */
  rewindRecovered?: boolean;
  lagAlwaysNotZero: boolean;
  stalled: boolean;
  lagNotDecreasing: boolean;
}

export interface PartitionEvaluation {
  status: PartitionStatus;
  /** float32 fraction of the ring that holds commits. */
  complete: number;
  start: OffsetCommit | null;
  end: OffsetCommit | null;
  /** Whether the completeness gate let the rules run. */
  rulesApplied: boolean;
  /** Absent when the window holds no commit. */
  checks?: RuleChecks;
}

const f32 = Math.fround;

/** Burrow reads time.Now().Unix(): whole seconds, compared against ms timestamps as seconds × 1000. */
export function burrowClockMs(nowMs: number): number {
  return Math.floor(nowMs / 1000) * 1000;
}

/**
 * The 32 verdicts of a window without an offset drop, made once and shared (frozen): one object per
 * partition per evaluation was a third of evaluating 100,000 partitions.
 */
const WITHOUT_REWIND: readonly RuleChecks[] = Array.from({ length: 32 }, (_, bits) =>
  Object.freeze({
    stopped: (bits & 1) !== 0,
    recentLagZero: (bits & 2) !== 0,
    rewindIndex: -1,
    lagAlwaysNotZero: (bits & 4) !== 0,
    stalled: (bits & 8) !== 0,
    lagNotDecreasing: (bits & 16) !== 0,
  }),
);

/**
 * Every rule's verdict on the stored window ring[from..], in one pass (this runs per partition per
 * evaluation: 100,000 partitions is bench/lag.bench.mjs's load). Burrow's rules, in its words:
 * stopped (the last commit is older than the window is long), recent lag zero (a log-end offset
 * seen at or below the newest commit), rewind (only the first offset drop counts; it is forgiven
 * when a later commit reaches the offset before it), lag always non-zero (no lag at or below the
 * allowed lag), stalled (one offset throughout), lag not decreasing (commits with a lag, in order).
 */
function ruleChecks(ring: ReadonlyArray<OffsetCommit | null>, from: number, brokerOffsets: readonly number[], nowMs: number, allowedLag: number): RuleChecks {
  const first = ring[from]!;
  const newest = ring[ring.length - 1]!;
  let recentLagZero = false;
  for (const b of brokerOffsets) {
    if (b <= newest.offset) {
      recentLagZero = true;
      break;
    }
  }
  let rewindAt = -1;
  let lagAlwaysNotZero = true;
  let stalled = true;
  let lagNotDecreasing = true;
  let previousLag: number | null = null;
  for (let i = from; i < ring.length; i++) {
    const c = ring[i]!;
    if (c.offset !== first.offset) stalled = false;
    if (rewindAt < 0 && i > from && c.offset < ring[i - 1]!.offset) rewindAt = i;
    if (c.lag !== null) {
      if (c.lag <= allowedLag) lagAlwaysNotZero = false;
      if (previousLag !== null && c.lag < previousLag) lagNotDecreasing = false;
      previousLag = c.lag;
    }
  }
  const stopped = burrowClockMs(nowMs) - newest.timestamp > newest.timestamp - first.timestamp;
  if (rewindAt < 0) return WITHOUT_REWIND[(stopped ? 1 : 0) | (recentLagZero ? 2 : 0) | (lagAlwaysNotZero ? 4 : 0) | (stalled ? 8 : 0) | (lagNotDecreasing ? 16 : 0)]!;
  const before = ring[rewindAt - 1]!.offset;
  let rewindRecovered = false;
  for (let j = rewindAt; j < ring.length && !rewindRecovered; j++) rewindRecovered = ring[j]!.offset >= before;
  return { stopped, recentLagZero, rewindIndex: rewindAt - from, rewindRecovered, lagAlwaysNotZero, stalled, lagNotDecreasing };
}

/** The rules in Burrow's order; the first that matches decides. */
function statusFromChecks(checks: RuleChecks, currentLag: number, allowedLag: number): PartitionStatus {
  if (currentLag <= allowedLag) return 'OK';
  if (checks.stopped && !checks.recentLagZero) return 'STOP';
  if (checks.rewindIndex >= 0 && !checks.rewindRecovered) return 'REWIND';
  if (!checks.lagAlwaysNotZero) return 'OK';
  if (checks.stalled) return 'STALL';
  if (checks.lagNotDecreasing) return 'WARN';
  return 'OK';
}

/**
 * Evaluates one partition's window into `into`, whose fields start as an empty window's (status
 * OK, nothing stored, checks undefined): a group's entry is then one object of one shape, filled in
 * place (allocation was half of evaluating 100,000 partitions).
 */
function evaluateInto<T extends PartitionEvaluation>(into: T, history: PartitionHistory, nowMs: number, config: EvaluatorConfig): T {
  const ring = history.window;
  const minimumComplete = f32(config.minimumComplete);
  into.rulesApplied = 0 >= minimumComplete;
  if (ring.length === 0) return into;
  // Burrow slides to the first filled slot; with none filled it keeps the last (empty) slot.
  let firstFilled = 0;
  while (firstFilled < ring.length - 1 && ring[firstFilled] === null) firstFilled++;
  into.complete = firstFilled === 0 ? 1 : f32(f32(ring.length - firstFilled) / f32(ring.length));
  into.rulesApplied = into.complete >= minimumComplete;
  if (ring[firstFilled] === null) return into;
  const checks = ruleChecks(ring, firstFilled, history.brokerOffsets, nowMs, config.allowedLag);
  if (into.rulesApplied) into.status = statusFromChecks(checks, history.currentLag, config.allowedLag);
  into.start = ring[firstFilled]!;
  into.end = ring[ring.length - 1]!;
  into.checks = checks;
  return into;
}

export function evaluatePartition(history: PartitionHistory, nowMs: number, config: EvaluatorConfig = DEFAULT_EVALUATOR_CONFIG): PartitionEvaluation {
  return evaluateInto({ status: 'OK', complete: 0, start: null, end: null, rulesApplied: false, checks: undefined }, history, nowMs, config);
}

export interface TopicPartitionHistory extends PartitionHistory {
  topic: string;
  partition: number;
}

export interface GroupPartitionEvaluation extends PartitionEvaluation {
  topic: string;
  partition: number;
  currentLag: number;
}

export interface GroupEvaluation {
  status: GroupStatus;
  complete: number;
  totalLag: number;
  totalPartitions: number;
  /** The partition with the largest current lag (ties: first topic by name, then lowest id). */
  maxLag: { topic: string; partition: number; currentLag: number } | null;
  /** Every partition, sorted by topic then partition. */
  partitions: GroupPartitionEvaluation[];
}

const GROUP_RANK: Record<PartitionStatus, { status: GroupStatus; rank: number }> = {
  OK: { status: 'OK', rank: 0 },
  WARN: { status: 'WARN', rank: 1 },
  STOP: { status: 'ERR', rank: 2 },
  STALL: { status: 'ERR', rank: 2 },
  REWIND: { status: 'ERR', rank: 2 },
};

/**
 * The partitions by topic name, then partition id: bucketed by topic, so that the cost is linear
 * in partitions (a comparison sort of 100,000 entries by name was most of an evaluation).
 */
function byTopicThenPartition(partitions: readonly TopicPartitionHistory[]): readonly TopicPartitionHistory[] {
  const byTopic = new Map<string, TopicPartitionHistory[]>();
  let inOrder = true;
  let topic: string | undefined;
  let list: TopicPartitionHistory[] = [];
  for (const p of partitions) {
    if (p.topic !== topic) {
      const seen = byTopic.get(p.topic);
      // A topic seen before, or one named before the last, is out of order.
      if (inOrder && (seen !== undefined || (topic !== undefined && p.topic < topic))) inOrder = false;
      topic = p.topic;
      if (seen) list = seen;
      else byTopic.set(topic, (list = []));
    } else if (inOrder && p.partition <= list[list.length - 1]!.partition) inOrder = false;
    list.push(p);
  }
  if (inOrder) return partitions;
  const sorted: TopicPartitionHistory[] = [];
  for (const name of [...byTopic.keys()].sort()) {
    const ofTopic = byTopic.get(name)!;
    if (ofTopic.some((p, i) => i > 0 && p.partition < ofTopic[i - 1]!.partition)) ofTopic.sort((x, y) => x.partition - y.partition);
    for (const p of ofTopic) sorted.push(p);
  }
  return sorted;
}

/**
 * A group is as bad as its worst partition (STOP, STALL and REWIND are all ERR). A group storage
 * does not hold is NOTFOUND. Burrow walks topics in random map order for maxLag; we walk them by
 * name, which gives one of the answers Burrow can give.
 */
export function evaluateGroup(partitions: readonly TopicPartitionHistory[] | undefined, nowMs: number, config: EvaluatorConfig = DEFAULT_EVALUATOR_CONFIG): GroupEvaluation {
  if (partitions === undefined) return { status: 'NOTFOUND', complete: 1, totalLag: 0, totalPartitions: 0, maxLag: null, partitions: [] };
  const sorted = byTopicThenPartition(partitions);
  const evaluated = new Array<GroupPartitionEvaluation>(sorted.length);
  let rank = 0;
  let status: GroupStatus = 'OK';
  let whole = 0;
  let totalLag = 0;
  let maxLag: GroupEvaluation['maxLag'] = null;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const e = evaluateInto<GroupPartitionEvaluation>(
      { topic: p.topic, partition: p.partition, currentLag: p.currentLag, status: 'OK', complete: 0, start: null, end: null, rulesApplied: false, checks: undefined },
      p,
      nowMs,
      config,
    );
    evaluated[i] = e;
    if (e.status !== 'OK') {
      const r = GROUP_RANK[e.status];
      if (r.rank > rank) {
        rank = r.rank;
        status = r.status;
      }
    }
    if (e.complete === 1) whole++;
    totalLag += p.currentLag;
    if (maxLag === null || p.currentLag > maxLag.currentLag) maxLag = { topic: p.topic, partition: p.partition, currentLag: p.currentLag };
  }
  const complete = sorted.length === 0 ? 0 : f32(f32(whole) / f32(sorted.length));
  return { status, complete, totalLag, totalPartitions: sorted.length, maxLag, partitions: evaluated };
}
