import { DOCS } from '../../../../knowledge/planning.js';
import { fmt } from '../../../strategy/decision.js';
import type { DesignRule } from '../types.js';

/** The work itself takes longer than the end-to-end budget. */
export const processingOverBudget: DesignRule = {
  id: 'latency/processing-over-budget',
  severity: 'warning',
  summary: 'Processing at p99 alone takes longer than the end-to-end latency target.',
  why: 'End-to-end latency includes producing, replication, fetching and processing; if processing alone exceeds the target, no Kafka setting can meet it.',
  fix: 'Relax the target for the slow tail, make the slow path asynchronous, or measure the target up to hand-off instead of completion.',
  refs: [DOCS.semantics],
  check({ flows }) {
    return flows.flatMap(({ flow }) => flow.latencyP99Ms !== null && flow.processing.p99Ms > flow.latencyP99Ms
      ? [{ flow: flow.name, message: `Processing p99 is ${fmt(flow.processing.p99Ms)} ms but the end-to-end p99 target is ${fmt(flow.latencyP99Ms)} ms.` }]
      : []);
  },
};
