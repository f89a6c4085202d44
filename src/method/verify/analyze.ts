// What a verify run did to the records: from what the producer sent (and was told) and what the
// consumer received, count the lost, duplicated and reordered records, measure latency and
// throughput, and judge the outcome against the delivery and ordering the design promised.
import type { Delivery, Ordering } from '../../model/requirements.js';

/** One record the producer tried to send. `seq` counts up per key from 0. */
export interface SentRecord {
  key: string;
  seq: number;
  /** Epoch ms when send() was called for the record. */
  sentAt: number;
  /** The producer was told the record was written. */
  acked: boolean;
  /** No answer came before the run was stopped (neither written nor failed, as far as the producer knew). */
  unanswered?: boolean;
}

/** One delivery to the consumer (a record delivered twice appears twice). */
export interface ReceivedRecord {
  key: string;
  seq: number;
  partition: number;
  offset: number;
  sentAt: number;
  receivedAt: number;
}

export interface PromisedGuarantee {
  delivery: Delivery;
  ordering: Ordering;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface VerifyOutcome {
  sent: number;
  acked: number;
  /** Distinct records that reached the consumer at least once. */
  delivered: number;
  /** Acknowledged to the producer but never delivered: the loss a guarantee is about. */
  lost: number;
  /** Not acknowledged (the producer reported the failure) and never delivered. */
  failedSends: number;
  /** Not acknowledged and no failure reported either: the run was stopped with the send in flight. */
  unanswered: number;
  /** Not acknowledged, yet delivered: the producer gave up on a write that had succeeded. */
  deliveredDespiteFailure: number;
  /** Extra copies written to the log (same record at another offset), summed over records. */
  duplicates: number;
  /** Distinct records written to the log more than once. */
  duplicatedRecords: number;
  /** Deliveries of an offset that had already been delivered (the consumer read it again). */
  redeliveries: number;
  /** Records written to the log after a later record of the same key (first deliveries only). */
  reordered: number;
  reorderedKeys: number;
  latencyMs: LatencySummary | null;
  /** Acknowledged records per second over the produce phase. */
  produceRate: number;
  /** Delivered records per second from the first send to the last first delivery. */
  endToEndRate: number;
}

export const VERIFY_STATUSES = ['kept', 'broken', 'inconclusive'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

export interface Verdict {
  /** kept: every promise shown kept; broken: a promise shown broken; inconclusive: neither could be shown. */
  status: VerifyStatus;
  /** status === 'kept'. */
  kept: boolean;
  /** One line per promise broken, with the numbers. */
  broken: string[];
  /** Why the run could not show the promise kept (it stopped early, or records stayed unread). */
  inconclusive: string[];
  /** What the outcome shows that the promise allows (e.g. duplicates under at-least-once). */
  notes: string[];
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

const id = (key: string, seq: number): string => `${key}\u0000${seq}`;

export function analyze(sent: readonly SentRecord[], received: readonly ReceivedRecord[], produceMs: number): VerifyOutcome {
  const sentById = new Map(sent.map((r) => [id(r.key, r.seq), r]));
  // Copies in the log are told apart by offset; the same offset read twice is a redelivery.
  const offsets = new Map<string, Set<string>>();
  let redeliveries = 0;
  for (const r of received) {
    const rid = id(r.key, r.seq);
    const at = `${r.partition}:${r.offset}`;
    const set = offsets.get(rid) ?? new Set<string>();
    if (set.has(at)) redeliveries++;
    set.add(at);
    offsets.set(rid, set);
  }

  let lost = 0,
    failedSends = 0,
    unanswered = 0,
    deliveredDespiteFailure = 0,
    duplicates = 0,
    duplicatedRecords = 0;
  for (const [rid, s] of sentById) {
    const n = offsets.get(rid)?.size ?? 0;
    if (n === 0) {
      if (s.acked) lost++;
      else if (s.unanswered) unanswered++;
      else failedSends++;
    } else {
      if (!s.acked && !s.unanswered) deliveredDespiteFailure++;
      if (n > 1) {
        duplicates += n - 1;
        duplicatedRecords++;
      }
    }
  }

  // Order as written: a key lives in one partition, so its log order is offset order.
  const firstDeliveries = new Map<string, ReceivedRecord>();
  for (const r of received) {
    const rid = id(r.key, r.seq);
    const prev = firstDeliveries.get(rid);
    if (!prev || r.offset < prev.offset) firstDeliveries.set(rid, r);
  }
  const byKey = new Map<string, ReceivedRecord[]>();
  for (const r of firstDeliveries.values()) {
    const list = byKey.get(r.key) ?? [];
    list.push(r);
    byKey.set(r.key, list);
  }
  let reordered = 0,
    reorderedKeys = 0;
  for (const list of byKey.values()) {
    list.sort((a, b) => a.partition - b.partition || a.offset - b.offset);
    let highest = -1,
      keyReordered = false;
    for (const r of list) {
      if (r.seq < highest) {
        reordered++;
        keyReordered = true;
      }
      highest = Math.max(highest, r.seq);
    }
    if (keyReordered) reorderedKeys++;
  }

  const latencies = [...firstDeliveries.values()].map((r) => r.receivedAt - r.sentAt).sort((a, b) => a - b);
  const acked = sent.filter((r) => r.acked).length;
  const firstSend = sent.reduce((m, r) => Math.min(m, r.sentAt), Infinity);
  const lastDelivery = [...firstDeliveries.values()].reduce((m, r) => Math.max(m, r.receivedAt), -Infinity);
  const span = lastDelivery - firstSend;

  return {
    sent: sent.length,
    acked,
    delivered: firstDeliveries.size,
    lost,
    failedSends,
    unanswered,
    deliveredDespiteFailure,
    duplicates,
    duplicatedRecords,
    redeliveries,
    reordered,
    reorderedKeys,
    latencyMs: latencies.length ? { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies[latencies.length - 1]! } : null,
    produceRate: produceMs > 0 ? (acked * 1000) / produceMs : 0,
    endToEndRate: span > 0 && Number.isFinite(span) ? (firstDeliveries.size * 1000) / span : 0,
  };
}

/**
 * Judges an outcome against the promised delivery guarantee and ordering. `incomplete` says why
 * the run did not finish (stopped early, or the consumer gave up): missing records may then be
 * unread rather than lost, so loss is not judged and the verdict is inconclusive unless another
 * promise was shown broken by what did arrive.
 */
export function judge(outcome: VerifyOutcome, promise: PromisedGuarantee, incomplete?: string): Verdict {
  const broken: string[] = [];
  const inconclusive: string[] = [];
  const notes: string[] = [];
  const { delivery, ordering } = promise;
  if (incomplete !== undefined) {
    inconclusive.push(`${incomplete}; ${outcome.lost} acknowledged record(s) were not read, and this run cannot tell lost from unread`);
  } else if (delivery !== 'at-most-once' && outcome.lost > 0) {
    broken.push(`${delivery}: ${outcome.lost} acknowledged record(s) never reached the consumer`);
  }
  if (delivery !== 'at-least-once' && outcome.duplicates > 0) {
    broken.push(`${delivery}: ${outcome.duplicatedRecords} record(s) were written more than once (${outcome.duplicates} extra copies in the log)`);
  }
  if (ordering !== 'none' && outcome.reordered > 0) {
    broken.push(`${ordering} ordering: ${outcome.reordered} record(s) in ${outcome.reorderedKeys} key(s) were written after a later record of the same key`);
  }
  if (delivery === 'at-least-once' && outcome.duplicates > 0) {
    notes.push(`${outcome.duplicatedRecords} record(s) were written more than once; at-least-once allows it, so the consumer must be idempotent`);
  }
  if (incomplete === undefined && delivery === 'at-most-once' && outcome.lost > 0) {
    notes.push(`${outcome.lost} acknowledged record(s) were lost; at-most-once allows it`);
  }
  if (outcome.redeliveries > 0) {
    notes.push(`${outcome.redeliveries} record(s) were read again from the same offset (a consumer restart or rebalance re-read them); not counted as duplicates`);
  }
  if (outcome.failedSends > 0) {
    notes.push(`${outcome.failedSends} record(s) failed to send and the producer was told; the application must retry or record them`);
  }
  if (outcome.deliveredDespiteFailure > 0) {
    notes.push(`${outcome.deliveredDespiteFailure} record(s) were reported as failed but had been written; an application retry would duplicate them`);
  }
  const status: VerifyStatus = broken.length ? 'broken' : inconclusive.length ? 'inconclusive' : 'kept';
  return { status, kept: status === 'kept', broken, inconclusive, notes };
}
