import { DOCS } from '../../../../knowledge/planning.js';
import { fmt } from '../../../../model/units.js';
import { designRule, flowField } from '../types.js';

/** The work itself takes longer than the end-to-end budget. */
export const processingOverBudget = designRule({
  meta: {
    id: 'latency/processing-over-budget',
    severity: 'warning',
    summary: 'Processing at p99 alone takes longer than the end-to-end latency target.',
    why: 'End-to-end latency includes producing, replication, fetching and processing; if processing alone exceeds the target, no Kafka setting can meet it.',
    refs: [DOCS.semantics],
    fix: 'Relax the target for the slow tail, make the slow path asynchronous, or measure the target up to hand-off instead of completion.',
    messages: {
      processingP99IsMs: 'Processing p99 is {{p99Ms}} ms but the end-to-end p99 target is {{latencyP99Ms}} ms.',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow }) =>
      flow.latencyP99Ms !== null && flow.processing.p99Ms > flow.latencyP99Ms
        ? [
            {
              flow: flow.name,
              dependsOn: [flowField(flow, 'processing.per_message_ms.p99')],
              messageId: 'processingP99IsMs',
              data: { p99Ms: fmt(flow.processing.p99Ms), latencyP99Ms: fmt(flow.latencyP99Ms) },
            },
          ]
        : [],
    );
  },
});
