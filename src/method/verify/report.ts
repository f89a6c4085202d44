// A verify run as data (what the runner returns) and as text or Markdown.
import type { PromisedGuarantee, Verdict, VerifyOutcome } from './analyze.js';
import type { Fault } from './faults.js';
import type { KafkajsPlan } from './kafkajs-plan.js';
import type { VerifyPhase } from './limits.js';
import { fmt } from '../../model/units.js';

export interface FaultEvent {
  fault: Fault;
  /** Share of records handed to the producer when it fired. */
  at: number;
  action: string;
  error?: string;
}

/** Why the runner stopped a phase before the run finished. */
export interface VerifyStop {
  phase: VerifyPhase;
  /** How long the phase had run. */
  afterMs: number;
  reason: string;
  /** The phase's limits and their arithmetic. */
  limits: string;
}

export interface VerifyRun {
  target: string;
  topic: { name: string; partitions: number };
  messages: number;
  keys: number;
  promise: PromisedGuarantee;
  plan: KafkajsPlan;
  faults: FaultEvent[];
  outcome: VerifyOutcome;
  verdict: Verdict;
  /** The consumer stopped receiving before it had every acknowledged record. */
  drainTimedOut: boolean;
  /** Times the runner replaced a stalled consumer with a fresh one going on where it stopped. */
  consumerRestarts: number;
  /** Present when the runner stopped the run early (no progress, or past a phase's deadline). */
  stopped?: VerifyStop;
  durationMs: number;
}

const n = (x: number): string => fmt(Math.round(x));

function lines(run: VerifyRun, md: boolean): string[] {
  const o = run.outcome;
  const out: string[] = [];
  const h = (title: string) => out.push(md ? `\n### ${title}\n` : `${title}:`);
  const item = (text: string) => out.push(md ? `- ${text}` : `  ${text}`);
  const status = run.verdict.status.toUpperCase();

  out.push(md ? `## verify: ${status}\n` : `verify: ${status}`);
  item(`target: ${run.target}`);
  item(`topic ${run.topic.name} (${run.topic.partitions} partitions), ${n(run.messages)} records over ${run.keys} keys, ${(run.durationMs / 1000).toFixed(1)} s`);
  item(`promised: ${run.promise.delivery}, ordering ${run.promise.ordering}`);
  if (run.stopped) item(`stopped while ${run.stopped.phase} after ${(run.stopped.afterMs / 1000).toFixed(1)} s: ${run.stopped.reason} (limits: ${run.stopped.limits})`);

  h('faults injected');
  if (!run.faults.length) item('none');
  for (const f of run.faults) item(`at ${Math.round(f.at * 100)}% of records: ${f.fault}: ${f.action}${f.error ? ` (failed: ${f.error})` : ''}`);

  h('what happened');
  item(`sent ${n(o.sent)}, acknowledged ${n(o.acked)}, delivered ${n(o.delivered)}`);
  item(run.drainTimedOut ? `acknowledged, not read (lost or unread: the run did not finish reading): ${n(o.lost)}` : `lost (acknowledged, never delivered): ${n(o.lost)}`);
  item(`duplicated: ${n(o.duplicatedRecords)} record(s), ${n(o.duplicates)} extra deliveries`);
  item(`reordered per key: ${n(o.reordered)} record(s) in ${n(o.reorderedKeys)} key(s)`);
  item(`failed sends the producer reported: ${n(o.failedSends)}${o.deliveredDespiteFailure ? ` (${n(o.deliveredDespiteFailure)} of them were written anyway)` : ''}`);
  item(o.latencyMs ? `end-to-end latency ms: p50 ${n(o.latencyMs.p50)}, p95 ${n(o.latencyMs.p95)}, p99 ${n(o.latencyMs.p99)}, max ${n(o.latencyMs.max)}` : 'end-to-end latency: nothing delivered');
  item(`throughput: ${n(o.produceRate)} records/s acknowledged, ${n(o.endToEndRate)} records/s end to end`);
  if (o.unanswered) item(`sent, unanswered when the run was stopped: ${n(o.unanswered)}`);
  if (o.redeliveries) item(`re-read from the same offset: ${n(o.redeliveries)} (not duplicates)`);
  if (run.consumerRestarts)
    item(`the consumer stalled (kafkajs group rejoin on the mock) and was replaced ${run.consumerRestarts} time(s) by a fresh one going on from the last offset read; latency includes the stall`);
  const sections: Array<[string, readonly string[]]> = [
    ['promise broken', run.verdict.broken],
    ['inconclusive', run.verdict.inconclusive],
    ['notes', run.verdict.notes],
    ['how the settings ran on kafkajs', run.plan.notes],
  ];
  for (const [heading, items] of sections) {
    if (!items.length) continue;
    h(heading);
    for (const b of items) item(b);
  }
  return out;
}

/** One line for an agent: the status, and loss counted only when the run could tell it. */
export function verifySummary(flow: string, run: VerifyRun): string {
  const o = run.outcome;
  const status = run.verdict.status === 'kept' ? 'guarantee kept' : run.verdict.status === 'broken' ? 'guarantee NOT kept' : 'INCONCLUSIVE';
  const under = run.faults.length ? ` under ${[...new Set(run.faults.map((f) => f.fault))].join(', ')}` : '';
  const missing = run.drainTimedOut ? `${o.lost} acknowledged but not read (lost or unread: cannot tell)` : `${o.lost} lost`;
  const why = run.verdict.status === 'inconclusive' ? ` ${run.verdict.inconclusive.join(' ')}` : '';
  return `${flow}: ${status}${under}: ${o.acked} acked, ${o.delivered} delivered, ${missing}, ${o.duplicates} duplicated, ${o.reordered} reordered.${why}`;
}

export function renderVerify(run: VerifyRun, format: 'text' | 'markdown'): string {
  return lines(run, format === 'markdown').join('\n') + '\n';
}
