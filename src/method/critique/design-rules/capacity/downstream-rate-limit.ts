import { DOCS } from '../../../../knowledge/planning.js';
import { fmt } from '../../../strategy/decision.js';
import type { DesignRule } from '../types.js';

/** Arrival above what the downstream accepts: lag builds during peaks, or forever. */
export const downstreamRateLimit: DesignRule = {
  id: 'capacity/downstream-rate-limit',
  severity: 'warning',
  summary: 'Peak arrival rate is above the downstream service\'s rate limit.',
  why: 'No number of partitions or consumers gets more than the limit through: the excess waits as consumer lag, and end-to-end latency grows with it.',
  fix: 'Let the backlog wait in the topic behind a rate-limited worker, negotiate a higher limit, batch calls if the API allows, or shed or coalesce work (e.g. one notification per user per window).',
  refs: [DOCS.consumerGroups],
  check({ flows }) {
    return flows.flatMap(({ flow, plan }) => {
      const limit = flow.processing.rateLimitPerSecond;
      if (limit === null || plan.designRatePerSecond <= limit) return [];
      const average = flow.averagePerSecond * flow.growthFactor;
      const excess = plan.designRatePerSecond - limit;
      if (average >= limit) {
        return [{ flow: flow.name, severity: 'error' as const, message: `Even the average rate (${fmt(average)}/s) is at or above the downstream limit of ${fmt(limit)}/s: the backlog never drains and grows by ${fmt(average - limit)}/s on average.`, fix: 'Raise the limit, reduce the work per event (batch or coalesce), or split the work across more API credentials; no Kafka setting can fix this.' }];
      }
      const drain = limit - average;
      const perMinute = excess * 60;
      return [{
        flow: flow.name,
        message: `Peak ${fmt(plan.designRatePerSecond)}/s is above the downstream limit of ${fmt(limit)}/s: lag grows by ${fmt(excess)}/s during peaks (${fmt(perMinute)} records per minute of peak) and drains at ${fmt(limit)} - ${fmt(average)} = ${fmt(drain)}/s at the average rate, so each peak minute takes ${fmt(perMinute / drain / 60)} min to drain.${flow.latencyP99Ms !== null ? ` The ${fmt(flow.latencyP99Ms)} ms end-to-end target cannot hold during peaks.` : ''}`,
      }];
    });
  },
};
