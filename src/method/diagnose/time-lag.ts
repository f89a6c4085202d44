// Lag in seconds the way kafka-lag-exporter v0.8.2 estimates it: remember (log-end offset, time)
// points per partition in a small table, then find when the log end passed the group's committed
// offset by linear interpolation between the points around it. The lag is how long ago that was.
// Arithmetic is in doubles and in the exporter's order, so results match it bit for bit.
// Background: https://github.com/seglo/kafka-lag-exporter#estimate-consumer-group-time-lag

export interface OffsetPoint {
  offset: number;
  /** ms */
  timestamp: number;
}

export type AddResult = 'Inserted' | 'Updated' | 'OutOfOrder' | 'NonMonotonic';

export type Lookup = { kind: 'Prediction'; timestamp: number } | { kind: 'LagIsZero' } | { kind: 'TooFewPoints' };

/** The exporter's default lookup-table.memory.size. */
export const DEFAULT_TABLE_SIZE = 60;

/** The exporter's in-memory lookup table for one partition: newest point last. */
export class OffsetTimeTable {
  readonly points: OffsetPoint[] = [];

  constructor(readonly size: number = DEFAULT_TABLE_SIZE) {}

  add(point: OffsetPoint): AddResult {
    const points = this.points;
    const newest = points[points.length - 1];
    if (newest !== undefined && point.timestamp <= newest.timestamp) return 'OutOfOrder';
    if (newest !== undefined && point.offset < newest.offset) return 'NonMonotonic';
    // A flat stretch keeps its first and latest point only.
    if (points.length >= 2 && newest!.offset === point.offset && points[points.length - 2]!.offset === point.offset) {
      points[points.length - 1] = point;
      return 'Updated';
    }
    if (points.length >= this.size) points.shift();
    points.push(point);
    return 'Inserted';
  }

  /** When did the log end pass `offset`? Interpolated between the newest pair that brackets it. */
  lookup(offset: number): Lookup {
    const points = this.points;
    const n = points.length;
    if (n > 0 && points[n - 1]!.offset === offset) return { kind: 'LagIsZero' };
    if (n < 2) return { kind: 'TooFewPoints' };
    let left = points[0]!;
    let right = points[n - 1]!;
    for (let i = n - 1; i > 0; i--) {
      const l = points[i - 1]!;
      const r = points[i]!;
      if (l.offset <= offset && offset <= r.offset) {
        left = l;
        right = r;
        break;
      }
    }
    // Multiply, divide, subtract: the exporter's order (a flat table divides by zero into ±Infinity).
    const timestamp = right.timestamp - ((right.offset - offset) * (right.timestamp - left.timestamp)) / (right.offset - left.offset);
    return { kind: 'Prediction', timestamp };
  }
}

export interface PartitionTimeLag {
  /** null when the group has no committed offset for the partition. */
  lookup: Lookup['kind'] | null;
  predictedTimestamp: number | null;
  /** Not clamped: negative when the commit is ahead of the log end or the clock stepped back; NaN when unknown. */
  timeLagSeconds: number;
  /** Messages behind (log end minus committed, floored at 0); NaN without a committed offset. */
  offsetLag: number;
}

/** Lag of one partition at `now`, from its table, the group's committed offset and the current log end. */
export function partitionTimeLag(table: OffsetTimeTable, committedOffset: number | null, latestOffset: number, now: number): PartitionTimeLag {
  if (committedOffset === null) return { lookup: null, predictedTimestamp: null, timeLagSeconds: NaN, offsetLag: NaN };
  const offsetLag = Math.max(0, latestOffset - committedOffset);
  const found = table.lookup(committedOffset);
  if (found.kind === 'LagIsZero') return { lookup: found.kind, predictedTimestamp: null, timeLagSeconds: 0, offsetLag };
  if (found.kind === 'TooFewPoints') return { lookup: found.kind, predictedTimestamp: null, timeLagSeconds: NaN, offsetLag };
  return { lookup: found.kind, predictedTimestamp: found.timestamp, timeLagSeconds: (now - found.timestamp) / 1000, offsetLag };
}

export interface TopicPartitionTimeLag extends PartitionTimeLag {
  topic: string;
  partition: number;
}

export interface GroupTimeLag {
  partitions: TopicPartitionTimeLag[];
  /** null when any partition's value is NaN (the exporter's answer then depends on iteration order). */
  maxTimeLagSeconds: number | null;
  maxOffsetLag: number | null;
  /** Sums skip NaN. */
  sumOffsetLag: number;
  sumOffsetLagByTopic: Record<string, number>;
}

function maxOrNull(values: readonly number[]): number | null {
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return null;
    if (v > max) max = v;
  }
  return values.length === 0 ? null : max;
}

export function groupTimeLag(partitions: TopicPartitionTimeLag[]): GroupTimeLag {
  const byTopic: Record<string, number> = {};
  let sum = 0;
  for (const p of partitions) {
    byTopic[p.topic] ??= 0;
    if (Number.isNaN(p.offsetLag)) continue;
    sum += p.offsetLag;
    byTopic[p.topic]! += p.offsetLag;
  }
  return {
    partitions,
    maxTimeLagSeconds: maxOrNull(partitions.map((p) => p.timeLagSeconds)),
    maxOffsetLag: maxOrNull(partitions.map((p) => p.offsetLag)),
    sumOffsetLag: sum,
    sumOffsetLagByTopic: byTopic,
  };
}
