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

function isStopped(stored: readonly OffsetCommit[], nowMs: number): boolean {
  const first = stored[0]!.timestamp;
  const last = stored[stored.length - 1]!.timestamp;
  return burrowClockMs(nowMs) - last > last - first;
}

function isRecentLagZero(stored: readonly OffsetCommit[], brokerOffsets: readonly number[]): boolean {
  const newest = stored[stored.length - 1]!.offset;
  return brokerOffsets.some((b) => b <= newest);
}

/** Only the first drop counts; it is forgiven when the consumer later reaches the offset before it. */
function rewind(stored: readonly OffsetCommit[]): Pick<RuleChecks, 'rewindIndex' | 'rewindRecovered'> {
  for (let i = 1; i < stored.length; i++) {
    const before = stored[i - 1]!.offset;
    if (stored[i]!.offset < before) {
      let recovered = false;
      for (let j = i; j < stored.length && !recovered; j++) recovered = stored[j]!.offset >= before;
      return { rewindIndex: i, rewindRecovered: recovered };
    }
  }
  return { rewindIndex: -1 };
}

function isLagAlwaysNotZero(stored: readonly OffsetCommit[], allowedLag: number): boolean {
  return !stored.some((c) => c.lag !== null && c.lag <= allowedLag);
}

function isStalled(stored: readonly OffsetCommit[]): boolean {
  const first = stored[0]!.offset;
  return stored.every((c) => c.offset === first);
}

function isLagNotDecreasing(stored: readonly OffsetCommit[]): boolean {
  let previous: number | undefined;
  for (const c of stored) {
    if (c.lag === null) continue;
    if (previous !== undefined && c.lag < previous) return false;
    previous = c.lag;
  }
  return true;
}

function ruleChecks(stored: readonly OffsetCommit[], brokerOffsets: readonly number[], nowMs: number, allowedLag: number): RuleChecks {
  return {
    stopped: isStopped(stored, nowMs),
    recentLagZero: isRecentLagZero(stored, brokerOffsets),
    ...rewind(stored),
    lagAlwaysNotZero: isLagAlwaysNotZero(stored, allowedLag),
    stalled: isStalled(stored),
    lagNotDecreasing: isLagNotDecreasing(stored),
  };
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

export function evaluatePartition(history: PartitionHistory, nowMs: number, config: EvaluatorConfig = DEFAULT_EVALUATOR_CONFIG): PartitionEvaluation {
  const ring = history.window;
  const gate = (complete: number) => complete >= f32(config.minimumComplete);
  if (ring.length === 0) return { status: 'OK', complete: 0, start: null, end: null, rulesApplied: gate(0) };
  // Burrow slides to the first filled slot; with none filled it keeps the last (empty) slot.
  let firstFilled = ring.findIndex((c) => c !== null);
  if (firstFilled < 0) firstFilled = ring.length - 1;
  const kept = ring.length - firstFilled;
  const complete = firstFilled === 0 ? 1 : f32(f32(kept) / f32(ring.length));
  const rulesApplied = gate(complete);
  if (ring[firstFilled] === null) return { status: 'OK', complete, start: null, end: null, rulesApplied };
  const stored = (firstFilled === 0 ? ring : ring.slice(firstFilled)) as readonly OffsetCommit[];
  const checks = ruleChecks(stored, history.brokerOffsets, nowMs, config.allowedLag);
  const status = rulesApplied ? statusFromChecks(checks, history.currentLag, config.allowedLag) : 'OK';
  return { status, complete, start: stored[0]!, end: stored[stored.length - 1]!, rulesApplied, checks };
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
 * A group is as bad as its worst partition (STOP, STALL and REWIND are all ERR). A group storage
 * does not hold is NOTFOUND. Burrow walks topics in random map order for maxLag; we walk them by
 * name, which gives one of the answers Burrow can give.
 */
export function evaluateGroup(partitions: readonly TopicPartitionHistory[] | undefined, nowMs: number, config: EvaluatorConfig = DEFAULT_EVALUATOR_CONFIG): GroupEvaluation {
  if (partitions === undefined) return { status: 'NOTFOUND', complete: 1, totalLag: 0, totalPartitions: 0, maxLag: null, partitions: [] };
  const order = (a: TopicPartitionHistory, b: TopicPartitionHistory) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition);
  const sorted = partitions.every((p, i) => i === 0 || order(partitions[i - 1]!, p) < 0) ? partitions : [...partitions].sort(order);
  const evaluated: GroupPartitionEvaluation[] = [];
  let rank = 0;
  let status: GroupStatus = 'OK';
  let whole = 0;
  let totalLag = 0;
  let maxLag: GroupEvaluation['maxLag'] = null;
  for (const p of sorted) {
    const e = evaluatePartition(p, nowMs, config);
    const entry: GroupPartitionEvaluation = { topic: p.topic, partition: p.partition, currentLag: p.currentLag, status: e.status, complete: e.complete, start: e.start, end: e.end, rulesApplied: e.rulesApplied };
    if (e.checks) entry.checks = e.checks;
    evaluated.push(entry);
    const r = GROUP_RANK[e.status];
    if (r.rank > rank) {
      rank = r.rank;
      status = r.status;
    }
    if (e.complete === 1) whole++;
    totalLag += p.currentLag;
    if (maxLag === null || p.currentLag > maxLag.currentLag) maxLag = { topic: p.topic, partition: p.partition, currentLag: p.currentLag };
  }
  const complete = sorted.length === 0 ? 0 : f32(f32(whole) / f32(sorted.length));
  return { status, complete, totalLag, totalPartitions: sorted.length, maxLag, partitions: evaluated };
}
