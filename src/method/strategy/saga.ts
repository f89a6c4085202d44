// Sagas: when flows chain services that each update their own database, one business operation
// spans several local transactions. The design names the saga, each step's compensation, a
// timeout per step (what happens when a step never answers), the correlation id and the inbox.
import type { Saga } from '../../model/design.js';
import type { FlowFacts } from '../deconstruct/normalize.js';
import { fmt, fmtMs } from '../../model/units.js';

/** A step must answer within this multiple of its p99 processing time when no latency budget is stated. */
const TIMEOUT_OVER_P99 = 10;
/** No step timeout shorter than this: redeliveries and rebalances take seconds. */
const MIN_TIMEOUT_MS = 5000;

const writesDatabase = (f: FlowFacts) => f.processing.sideEffects === 'database';

/** Chains of flows (a -> b -> c) whose consumers update their own databases, two steps or more. */
export function sagaChains(flows: readonly FlowFacts[]): FlowFacts[][] {
  const next = (f: FlowFacts) => flows.filter((g) => g !== f && g.source === f.sink);
  const fedByDbStep = (f: FlowFacts) => flows.some((g) => g !== f && g.sink === f.source && writesDatabase(g));
  const chains: FlowFacts[][] = [];
  for (const start of flows.filter((f) => writesDatabase(f) && !fedByDbStep(f))) {
    const chain = [start];
    for (let cur = start, seen = new Set([start]); ;) {
      const n = next(cur).find((g) => !seen.has(g) && writesDatabase(g));
      if (!n) break;
      chain.push(n);
      seen.add(n);
      cur = n;
    }
    // A service that starts the chain from its own database counts as a step too.
    const services = new Set(chain.map((f) => f.sink));
    if (start.sourceKind === 'outbox') services.add(start.source);
    if (services.size >= 2) chains.push(chain);
  }
  return chains;
}

export function stepTimeoutMs(flow: FlowFacts): { ms: number; why: string } {
  if (flow.latencyP99Ms !== null) {
    const ms = Math.max(MIN_TIMEOUT_MS, Math.ceil(flow.latencyP99Ms));
    return { ms, why: `the flow's end-to-end p99 budget (${fmtMs(flow.latencyP99Ms)})${ms > flow.latencyP99Ms ? `, raised to the ${fmtMs(MIN_TIMEOUT_MS)} floor` : ''}` };
  }
  const raw = flow.processing.p99Ms * TIMEOUT_OVER_P99;
  const ms = Math.max(MIN_TIMEOUT_MS, Math.ceil(raw));
  return { ms, why: `${TIMEOUT_OVER_P99} x the ${fmt(flow.processing.p99Ms)} ms p99 processing time = ${fmt(raw)} ms${ms > raw ? `, raised to the ${fmtMs(MIN_TIMEOUT_MS)} floor` : ''}` };
}

export function designSagas(flows: readonly FlowFacts[]): Saga[] {
  return sagaChains(flows).map((chain) => {
    const first = chain[0]!;
    const services = [...(first.sourceKind === 'outbox' ? [first.source] : []), ...chain.map((f) => f.sink)];
    const correlationId = first.key ?? 'saga_id';
    const steps = chain.map((flow, i) => {
      const t = stepTimeoutMs(flow);
      // The owner (a service that started the chain from its own database) compensates last.
      const earlier = [...(first.sourceKind === 'outbox' ? [first.source] : []), ...chain.slice(0, i).map((f) => f.sink)];
      const undo = [...earlier].reverse();
      return {
        service: flow.sink,
        flow: flow.name,
        action: `${flow.sink} applies "${flow.name}" to its own database in one local transaction, with the next event written to its outbox in the same transaction.`,
        compensation: `${flow.sink} undoes its change for the ${correlationId} (a new compensating change, e.g. cancel or refund, not a delete) and emits a "${flow.name}-failed" event${undo.length ? ` that ${undo.join(', then ')} compensate in turn` : ''}.`,
        timeoutMs: t.ms,
        onTimeout: `${first.source} (the saga's owner) marks the ${correlationId} failed after ${fmtMs(t.ms)} without ${flow.sink}'s answer and starts the compensations${earlier.length ? ` of ${[...earlier].reverse().join(', ')}` : ''}; a late answer is compensated too.`,
        why: `Timeout from ${t.why}.`,
      };
    });
    return {
      name: `${first.name}-saga`,
      flows: chain.map((f) => f.name),
      correlationId,
      steps,
      inbox: `Each step's consumer writes the event id (the event_id header) into an inbox table in the same transaction as its change; an event whose id is already there is skipped. Redelivery is normal (at-least-once), so this is what keeps a step from applying twice.`,
      why: `${services.join(', ')} each update their own database for one ${correlationId}: no transaction spans them, so each step commits locally and a failure is undone by compensations. Every event carries ${correlationId} to tie the steps together.`,
    };
  });
}
