import { DOCS } from '../../../../knowledge/planning.js';
import { fmt } from '../../../../model/units.js';
import { type DesignHit, designRule, flowField } from '../types.js';

/** Arrival above what the downstream accepts: lag builds during peaks, or forever. */
export const downstreamRateLimit = designRule({
  meta: {
    id: 'capacity/downstream-rate-limit',
    severity: 'warning',
    summary: "Peak arrival rate is above the downstream service's rate limit.",
    why: 'No number of partitions or consumers gets more than the limit through: the excess waits as consumer lag, and end-to-end latency grows with it.',
    refs: [DOCS.consumerGroups],
    fix: 'Let the backlog wait in the topic behind a rate-limited worker, negotiate a higher limit, batch calls if the API allows, or shed or coalesce work (e.g. one notification per user per window).',
    messages: {
      evenTheAverageRate: 'Even the average rate ({{average}}/s) is at or above the downstream limit of {{limit}}/s: the backlog never drains and grows by {{average2}}/s on average.',
      peakSIsAbove:
        'Peak {{designRatePerSecond}}/s is above the downstream limit of {{limit}}/s: lag grows by {{excess}}/s during peaks ({{perMinute}} records per minute of peak) and drains at {{limit}} - {{average}} = {{drain}}/s at the average rate, so each peak minute takes {{perMinute2}} min to drain.{{detail}}',
    },
  },
  check({ flows }) {
    return flows.flatMap(({ flow, plan }): Array<DesignHit<'evenTheAverageRate' | 'peakSIsAbove'>> => {
      const limit = flow.processing.rateLimitPerSecond;
      if (limit === null || plan.designRatePerSecond <= limit) return [];
      const average = flow.averagePerSecond * flow.growthFactor;
      const excess = plan.designRatePerSecond - limit;
      if (average >= limit) {
        return [
          {
            flow: flow.name,
            severity: 'error',
            messageId: 'evenTheAverageRate',
            dependsOn: [flowField(flow, 'throughput.average_per_second')],
            data: { average: fmt(average), limit: fmt(limit), average2: fmt(average - limit) },
            fix: 'Raise the limit, reduce the work per event (batch or coalesce), or split the work across more API credentials; no Kafka setting can fix this.',
          },
        ];
      }
      const drain = limit - average;
      const perMinute = excess * 60;
      return [
        {
          flow: flow.name,
          dependsOn: [flowField(flow, 'throughput.peak_per_second'), flowField(flow, 'throughput.average_per_second')],
          messageId: 'peakSIsAbove',
          data: {
            designRatePerSecond: fmt(plan.designRatePerSecond),
            limit: fmt(limit),
            excess: fmt(excess),
            perMinute: fmt(perMinute),
            average: fmt(average),
            drain: fmt(drain),
            perMinute2: fmt(perMinute / drain / 60),
            detail: flow.latencyP99Ms !== null ? ` The ${fmt(flow.latencyP99Ms)} ms end-to-end target cannot hold during peaks.` : '',
          },
        },
      ];
    });
  },
});
