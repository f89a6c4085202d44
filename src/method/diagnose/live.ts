// From polled offsets to Burrow's and kafka-lag-exporter's inputs. A poller sees, at each sample,
// every partition's committed offset and log-end offset. Burrow keeps a ring of commits: a commit
// is recorded when the committed offset moved (stamped with the sample that first saw it), because
// polling cannot see a consumer re-committing the same offset. kafka-lag-exporter keeps a table of
// (log-end offset, time) points. Both are then evaluated as their own code does.
import { burrowClockMs, evaluateGroup, type EvaluatorConfig, type GroupEvaluation, type OffsetCommit, type PartitionStatus, type TopicPartitionHistory } from './burrow.js';
import { fmt } from '../../model/units.js';
import { duration } from './duration.js';
import { DEFAULT_TABLE_SIZE, groupTimeLag, OffsetTimeTable, partitionTimeLag, type GroupTimeLag, type TopicPartitionTimeLag } from './time-lag.js';

export interface PartitionOffsets {
  topic: string;
  partition: number;
  /** null when the group has no committed offset for the partition. */
  committed: number | null;
  logEnd: number;
}

export interface OffsetSample {
  /** ms; one clock reading for the whole sample. */
  timestamp: number;
  /** false when the cluster knows no committed offsets for the group. */
  groupFound: boolean;
  partitions: PartitionOffsets[];
}

export interface TrackerOptions {
  /** Burrow's ring size (storage `intervals`), default 10. */
  intervals: number;
  /** kafka-lag-exporter's table size, default 60. */
  tableSize: number;
  evaluator: EvaluatorConfig;
}

export const DEFAULT_TRACKER_OPTIONS: TrackerOptions = { intervals: 10, tableSize: DEFAULT_TABLE_SIZE, evaluator: { minimumComplete: 0, allowedLag: 0 } };

interface PartitionState {
  topic: string;
  partition: number;
  /** Burrow's ring: empty until the first commit, then `intervals` slots, oldest first, unfilled slots first. */
  window: Array<OffsetCommit | null>;
  brokerOffsets: number[];
  table: OffsetTimeTable;
  committed: number | null;
  logEnd: number;
}

export interface LivePartition {
  topic: string;
  partition: number;
  status: PartitionStatus;
  committed: number | null;
  logEnd: number;
  lagMessages: number;
  lagSeconds: number | null;
  /** Why the status is what it is, with the numbers. */
  reason: string;
}

export interface LiveEvaluation {
  at: number;
  samples: number;
  /** Span of the samples so far, seconds. */
  windowSeconds: number;
  group: GroupEvaluation;
  timeLag: GroupTimeLag;
  partitions: LivePartition[];
}

/**
 * JSON replacer for evaluations: NaN and ±Infinity (unknown or unbounded time lag) become the
 * strings "NaN", "Infinity", "-Infinity" instead of JSON's null, as in the lag test vectors.
 */
export function nonFiniteAsString(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

/** The group's max time lag as a phrase for summaries: unbounded lag is said in words, never "Infinity". */
export function maxTimeLagPhrase(seconds: number | null): string {
  if (seconds === null) return '';
  if (Number.isFinite(seconds)) return `, max time lag ${duration(seconds)}`;
  return ', max time lag unbounded (a log end did not move during the window, so no time can be interpolated)';
}

/** Accumulates samples of one group and evaluates them at any point. */
export class LagTracker {
  /** Per topic, indexed by partition number (Kafka numbers partitions from 0 without gaps). */
  private readonly states = new Map<string, PartitionState[]>();
  private samples = 0;
  private first = NaN;
  private last = NaN;
  private groupFound = true;

  constructor(private readonly options: TrackerOptions = DEFAULT_TRACKER_OPTIONS) {}

  add(sample: OffsetSample): void {
    this.samples++;
    if (Number.isNaN(this.first)) this.first = sample.timestamp;
    this.last = sample.timestamp;
    this.groupFound = sample.groupFound;
    const { intervals, tableSize } = this.options;
    for (const p of sample.partitions) {
      let topic = this.states.get(p.topic);
      if (!topic) this.states.set(p.topic, (topic = []));
      let s = topic[p.partition];
      if (!s) {
        s = { topic: p.topic, partition: p.partition, window: [], brokerOffsets: [], table: new OffsetTimeTable(tableSize), committed: null, logEnd: p.logEnd };
        topic[p.partition] = s;
      }
      s.brokerOffsets.push(p.logEnd);
      if (s.brokerOffsets.length > intervals) s.brokerOffsets.shift();
      s.table.add({ offset: p.logEnd, timestamp: sample.timestamp });
      const newest = s.window[s.window.length - 1];
      if (p.committed !== null && (newest === undefined || newest!.offset !== p.committed)) {
        if (s.window.length === 0) s.window = new Array<OffsetCommit | null>(intervals).fill(null);
        s.window.shift();
        s.window.push({ offset: p.committed, timestamp: sample.timestamp, lag: Math.max(0, p.logEnd - p.committed) });
      }
      s.committed = p.committed;
      s.logEnd = p.logEnd;
    }
  }

  evaluate(): LiveEvaluation {
    const { evaluator } = this.options;
    const histories: TopicPartitionHistory[] = [];
    for (const topic of this.states.values()) {
      for (const s of topic) {
        if (s === undefined) continue;
        const newest = s.window[s.window.length - 1];
        histories.push({ topic: s.topic, partition: s.partition, window: s.window, brokerOffsets: s.brokerOffsets, currentLag: newest ? Math.max(0, s.logEnd - newest.offset) : 0 });
      }
    }
    const group = evaluateGroup(this.groupFound ? histories : undefined, this.last, evaluator);
    const lags: TopicPartitionTimeLag[] = [];
    const partitions = group.partitions.map((e): LivePartition => {
      const s = this.states.get(e.topic)![e.partition]!;
      const t = partitionTimeLag(s.table, s.committed, s.logEnd, this.last);
      lags.push({ topic: e.topic, partition: e.partition, lookup: t.lookup, predictedTimestamp: t.predictedTimestamp, timeLagSeconds: t.timeLagSeconds, offsetLag: t.offsetLag });
      return {
        topic: e.topic,
        partition: e.partition,
        status: e.status,
        committed: s.committed,
        logEnd: s.logEnd,
        lagMessages: e.currentLag,
        lagSeconds: Number.isNaN(t.timeLagSeconds) ? null : t.timeLagSeconds,
        reason: explain(e, s, this.last, evaluator),
      };
    });
    return { at: this.last, samples: this.samples, windowSeconds: (this.last - this.first) / 1000, group, timeLag: groupTimeLag(lags), partitions };
  }
}

/** The rule that decided a partition's status, in words and numbers. */
function explain(e: GroupEvaluation['partitions'][number], s: PartitionState, now: number, config: EvaluatorConfig): string {
  if (e.start === null || e.end === null) return 'no committed offset seen for this partition';
  if (!e.rulesApplied) return `only ${fmt(e.complete * 100)} % of the window is filled (minimum-complete ${config.minimumComplete}): not judged yet`;
  const stored = () => s.window.filter((c): c is OffsetCommit => c !== null);
  switch (e.status) {
    case 'STOP':
      return `no new commit for ${duration((burrowClockMs(now) - e.end.timestamp) / 1000)}, longer than the ${duration((e.end.timestamp - e.start.timestamp) / 1000)} the window's commits span, while ${fmt(e.currentLag)} messages wait`;
    case 'REWIND': {
      const commits = stored();
      return `the committed offset went back (to ${fmt(commits[e.checks!.rewindIndex]!.offset)} from ${fmt(commits[e.checks!.rewindIndex - 1]!.offset)}) and has not caught up since`;
    }
    case 'STALL':
      return e.start === e.end
        ? `only one commit (offset ${e.end.offset}) seen so far while ${fmt(e.currentLag)} messages wait; Burrow counts a single commit as stalled, so sample longer for a trend`
        : `the committed offset stays at ${fmt(e.end.offset)} while ${fmt(e.currentLag)} messages wait`;
    case 'WARN':
      return `the consumer commits, but lag never fell across the window: ${stored()
        .map((c) => c.lag ?? '?')
        .join(' → ')} messages`;
    case 'OK':
      return e.currentLag <= config.allowedLag
        ? `lag ${e.currentLag} <= allowed ${config.allowedLag}`
        : e.checks?.lagAlwaysNotZero === false
          ? 'lag was at or below the allowed lag during the window'
          : `lag fell during the window (${e.start.lag ?? '?'} at the oldest commit, ${e.end.lag ?? '?'} at the newest)`;
  }
}
