// Sinks that write a batch at once (bulk API, COPY, multi-row upsert): how many records per batch,
// from the latency budget and the rate; the last write per key wins inside a batch; offsets are
// committed after the batch is written. Consumer sizing then counts batches, not records.
import { PLANNING } from '../../knowledge/planning.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import { fmt, fmtMs } from '../../model/units.js';

export interface BatchPlan {
  recordsPerBatch: number;
  /** How long a batch may fill before it is written. */
  fillMs: number;
  /** Keep only the last record per key inside a batch (upserts of keyed state). */
  coalesceByKey: boolean;
  why: string;
}

/** The batch plan of a flow whose sink writes batches; null when it does not (or does not say). */
export function planBatches(flow: FlowFacts): BatchPlan | null {
  if (flow.processing.batchWrites !== true) return null;
  const budget = flow.latencyP99Ms ?? PLANNING.assumedBatchBudgetMs;
  const fillMs = Math.max(1, Math.floor(budget * PLANNING.batchFillShareOfBudget));
  const rate = flow.peakPerSecond * flow.growthFactor;
  const filled = Math.max(1, Math.floor((rate * fillMs) / 1000));
  const recordsPerBatch = Math.min(PLANNING.maxBatchRecords, filled);
  const coalesceByKey = flow.key !== null && flow.ordering !== 'none';
  const budgetText = flow.latencyP99Ms !== null ? `the ${fmtMs(budget)} latency budget` : `${fmtMs(budget)} (no latency budget stated)`;
  const why =
    `A batch fills for at most ${PLANNING.batchFillShareOfBudget * 100} % of ${budgetText} = ${fmtMs(fillMs)}; at ${fmt(rate)}/s that is ${fmt(filled)} records${filled > PLANNING.maxBatchRecords ? `, capped at ${PLANNING.maxBatchRecords} per write` : ''}: ${recordsPerBatch} records per batch. ` +
    (coalesceByKey ? `Inside a batch only the last record per ${flow.key} is written (earlier ones are superseded). ` : '') +
    'Offsets are committed after the batch is written, so a crash repeats the batch, never skips it.';
  return { recordsPerBatch, fillMs, coalesceByKey, why };
}

/**
 * The flow as the consumer sizing should see it: one handler writes a whole batch per call, so
 * the per-record time is the call's time spread over the batch. The call is taken to cost what
 * one record's processing was stated to cost (a round trip dominates a bulk write).
 */
export function perRecordForBatches(flow: FlowFacts, batch: BatchPlan): FlowFacts {
  const n = batch.recordsPerBatch;
  return { ...flow, processing: { ...flow.processing, p50Ms: flow.processing.p50Ms / n, p99Ms: flow.processing.p99Ms / n } };
}
