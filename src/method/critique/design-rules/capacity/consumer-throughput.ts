import { DOCS } from '../../../../knowledge/planning.js';
import { fmt } from '../../../../model/units.js';
import { designRule, flowField } from '../types.js';

/** The planned consumers cannot process the design rate. */
export const consumerThroughput = designRule({
  meta: {
    id: 'capacity/consumer-throughput',
    severity: 'warning',
    summary: 'The planned consumers process fewer records per second than arrive at peak.',
    why: 'Lag grows whenever arrival exceeds processing; if the average also exceeds it, lag grows without end and data may age out of retention before it is read.',
    refs: [DOCS.consumerGroups, DOCS.littlesLaw],
    fix: 'Allow more instances, process in parallel inside each consumer, or make the work per record cheaper.',
    messages: {
      sBelowTheS: '{{layout}} = {{capacityPerSecond}}/s, below the {{needed}}/s to carry: {{detail}}.',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow, plan }) => {
      const needed = plan.targetRatePerSecond;
      if (plan.capacityPerSecond >= needed) return [];
      const average = Math.min(flow.averagePerSecond * flow.growthFactor, flow.processing.rateLimitPerSecond ?? Infinity);
      const never = average >= plan.capacityPerSecond;
      const layout = `${plan.instances} instance(s) x ${plan.handlersPerInstance} handler(s) x ${fmt(plan.service.perHandlerPerSecond)}/s per handler (1000 / ${fmt(plan.service.meanMs)} ms mean)`;
      return [
        {
          flow: flow.name,
          severity: never ? ('error' as const) : ('warning' as const),
          messageId: 'sBelowTheS',
          data: {
            layout,
            capacityPerSecond: fmt(plan.capacityPerSecond),
            needed: fmt(needed),
            detail: never
              ? `even the average ${fmt(average)}/s exceeds it, so lag grows without end`
              : `lag builds at ${fmt(needed - plan.capacityPerSecond)}/s during peaks and drains at ${fmt(plan.capacityPerSecond - average)}/s at the average rate`,
          },
          // The rates and the work per record decide it; an assumed one may be what tips it over.
          dependsOn: ['throughput.peak_per_second', 'throughput.average_per_second', 'processing.per_message_ms', 'ordering'].map((f) => flowField(flow, f)),
          fix:
            flow.ordering === 'global'
              ? 'A total order allows one consumer: make its work cheaper, or relax to per-key order (key by the entity) so the stream can be split.'
              : `Raise max_instances to ${Math.ceil(needed / plan.service.perHandlerPerSecond / plan.handlersPerInstance)} or process more records in parallel per instance.`,
        },
      ];
    });
  },
});
