// Consumer status the way LinkedIn Burrow v1.9.5 evaluates it (core/internal/evaluator/caching.go):
// a ring of committed offsets per partition is judged by a few small rules applied in order, and a
// group takes its worst partition. Two details matter for agreeing with Burrow: completeness is a
// float32 fraction, and the clock is read in whole seconds.
// Rules described at https://github.com/linkedin/Burrow/wiki/Consumer-Lag-Evaluation-Rules

export const PARTITION_STATUSES = ['OK', 'WARN', 'STOP', 'STALL', 'REWIND'] as const;
export type PartitionStatus = (typeof PARTITION_STATUSES)[number];
export const GROUP_STATUSES = ['OK', 'WARN', 'ERR', 'NOTFOUND'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

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

/** Where the stored commits start: Burrow slides to the first filled slot; with none filled it keeps the last (empty) slot. */
function firstFilledSlot(ring: ReadonlyArray<OffsetCommit | null>): number {
  let first = 0;
  while (first < ring.length - 1 && ring[first] === null) first++;
  return first;
}

/** float32 fraction of the ring from `first` on (1 when it is full). */
function completeness(ring: ReadonlyArray<OffsetCommit | null>, first: number): number {
  return ring.length === 0 ? 0 : first === 0 ? 1 : f32(f32(ring.length - first) / f32(ring.length));
}

export function evaluatePartition(history: PartitionHistory, nowMs: number, config: EvaluatorConfig = DEFAULT_EVALUATOR_CONFIG): PartitionEvaluation {
  const ring = history.window;
  const first = firstFilledSlot(ring);
  const complete = completeness(ring, first);
  const rulesApplied = complete >= f32(config.minimumComplete);
  const start = ring.length === 0 ? null : ring[first]!;
  if (start === null) return { status: 'OK', complete, start: null, end: null, rulesApplied, checks: undefined };
  const checks = ruleChecks(ring, first, history.brokerOffsets, nowMs, config.allowedLag);
  const status = rulesApplied ? statusFromChecks(checks, history.currentLag, config.allowedLag) : 'OK';
  return { status, complete, start, end: ring[ring.length - 1]!, rulesApplied, checks };
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

/** How bad a partition status makes its group: WARN is 1 (WARN), STOP, STALL and REWIND are 2 (ERR). */
function groupRank(status: PartitionStatus): number {
  return status === 'OK' ? 0 : status === 'WARN' ? 1 : 2;
}

/**
 * Puts entries in order by topic name, then partition id, the input's order kept among equals.
 * Each entry's topic is noted as it comes (numbered in order of first appearance), with whether
 * the input was already in order; sorting is then a counting sort over the topics (a comparison
 * sort of 100,000 entries by name was most of an evaluation), with a comparison sort only within
 * a topic whose partitions come out of order.
 */
class TopicPartitionOrder {
  private readonly topicIds = new Map<string, number>();
  private readonly ids: Int32Array;
  private noted = 0;
  private inOrder = true;
  private topic: string | undefined;
  private id = -1;
  private previousPartition = 0;

  constructor(entries: number) {
    this.ids = new Int32Array(entries);
  }

  /** Notes the next entry's topic and partition. */
  note(topic: string, partition: number): void {
    if (topic === this.topic) {
      if (partition <= this.previousPartition) this.inOrder = false;
    } else {
      const seen = this.topicIds.get(topic);
      // A topic seen before, or one named before the last, is out of order.
      if (seen !== undefined || (this.topic !== undefined && topic < this.topic)) this.inOrder = false;
      if (seen !== undefined) this.id = seen;
      else this.topicIds.set(topic, (this.id = this.topicIds.size));
      this.topic = topic;
    }
    this.previousPartition = partition;
    this.ids[this.noted++] = this.id;
  }

  /** The noted entries (given in the order they were noted), sorted; the same array when they came in order. */
  sort<T extends { partition: number }>(entries: T[]): T[] {
    if (this.inOrder) return entries;
    const { topicIds, ids } = this;
    const names = [...topicIds.keys()].sort();
    const rankOf = new Int32Array(names.length);
    for (let r = 0; r < names.length; r++) rankOf[topicIds.get(names[r]!)!] = r;
    // next[r]: where topic r's next entry goes.
    const next = new Int32Array(names.length + 1);
    for (let i = 0; i < ids.length; i++) next[rankOf[ids[i]!]! + 1]!++;
    for (let r = 1; r <= names.length; r++) next[r]! += next[r - 1]!;
    const sorted = new Array<T>(entries.length);
    for (let i = 0; i < ids.length; i++) sorted[next[rankOf[ids[i]!]!]!++] = entries[i]!;
    // next[r] is now where topic r ends.
    for (let r = 0, from = 0; r < names.length; from = next[r++]!) {
      const to = next[r]!;
      let ordered = true;
      for (let i = from + 1; i < to && ordered; i++) ordered = sorted[i]!.partition >= sorted[i - 1]!.partition;
      if (!ordered) {
        const ofTopic = sorted.slice(from, to).sort((x, y) => x.partition - y.partition);
        for (let i = from; i < to; i++) sorted[i] = ofTopic[i - from]!;
      }
    }
    return sorted;
  }
}

/**
 * A group is as bad as its worst partition (STOP, STALL and REWIND are all ERR). A group storage
 * does not hold is NOTFOUND. Burrow walks topics in random map order for maxLag; we walk them by
 * name, which gives one of the answers Burrow can give.
 */
export function evaluateGroup(partitions: readonly TopicPartitionHistory[] | undefined, nowMs: number, config: EvaluatorConfig = DEFAULT_EVALUATOR_CONFIG): GroupEvaluation {
  if (partitions === undefined) return { status: 'NOTFOUND', complete: 1, totalLag: 0, totalPartitions: 0, maxLag: null, partitions: [] };
  // One pass in the input's order, numbering topics as they come, then the entries (small and
  // freshly made) are sorted: reading the histories in sorted order rather than where they lie in
  // memory cost as much as the rules (a third of evaluating 100,000).
  const n = partitions.length;
  const evaluated = new Array<GroupPartitionEvaluation>(n);
  const order = new TopicPartitionOrder(n);
  let rank = 0;
  let whole = 0;
  let totalLag = 0;
  const minimumComplete = f32(config.minimumComplete);
  for (let i = 0; i < n; i++) {
    const p = partitions[i]!;
    order.note(p.topic, p.partition);
    // evaluatePartition's steps, with the entry made in one literal of its final values: objects
    // filled in place after creation changed shape on the way (a third of evaluating 100,000).
    const ring = p.window;
    const first = firstFilledSlot(ring);
    const complete = completeness(ring, first);
    const rulesApplied = complete >= minimumComplete;
    const start = ring.length === 0 ? null : ring[first]!;
    let status: PartitionStatus = 'OK';
    let checks: RuleChecks | undefined;
    if (start !== null) {
      checks = ruleChecks(ring, first, p.brokerOffsets, nowMs, config.allowedLag);
      if (rulesApplied) status = statusFromChecks(checks, p.currentLag, config.allowedLag);
    }
    evaluated[i] = { topic: p.topic, partition: p.partition, currentLag: p.currentLag, status, complete, start, end: start === null ? null : ring[ring.length - 1]!, rulesApplied, checks };
    if (status !== 'OK') {
      const r = groupRank(status);
      if (r > rank) rank = r;
    }
    if (complete === 1) whole++;
    totalLag += p.currentLag;
  }
  const sorted = order.sort(evaluated);
  let maxAt = -1;
  for (let i = 0; i < sorted.length; i++) if (maxAt < 0 || sorted[i]!.currentLag > sorted[maxAt]!.currentLag) maxAt = i;
  const status: GroupStatus = rank === 2 ? 'ERR' : rank === 1 ? 'WARN' : 'OK';
  const worst = maxAt < 0 ? null : sorted[maxAt]!;
  const maxLag = worst === null ? null : { topic: worst.topic, partition: worst.partition, currentLag: worst.currentLag };
  const complete = sorted.length === 0 ? 0 : f32(f32(whole) / f32(sorted.length));
  return { status, complete, totalLag, totalPartitions: sorted.length, maxLag, partitions: sorted };
}
