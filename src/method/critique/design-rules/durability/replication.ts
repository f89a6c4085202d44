import { DOCS } from '../../../../knowledge/planning.js';
import { designRule } from '../types.js';

/** Fewer than three replicas: name what a broker loss does, by environment. */
export const replication = designRule({
  meta: {
    id: 'durability/replication',
    severity: 'warning',
    summary: 'Topics have fewer than three replicas.',
    why: "With one replica, losing a broker's disk loses the data; with two, min.insync.replicas must be 1 to keep writing through a restart, so an acknowledged write can exist on one broker only.",
    refs: [DOCS.replication],
    fix: 'Run at least three brokers in production and use replication factor 3 with min.insync.replicas 2.',
    messages: {
      developmentOnBrokerS:
        'Development on {{brokers}} broker(s): replication factor {{rf}} on {{names}} is fine here, but it is single-broker durability; production needs 3 brokers, replication factor 3 and min.insync.replicas 2.',
      withBrokerSReplication: '{{environment}} with {{brokers}} broker(s): replication factor {{rf}} on {{names}}. {{detail}}',
      costChoseTwoReplicas:
        'Priority cost: replication factor 2 on {{names}} (at-most-once data). While one of the two replicas is down the other holds the only copy; losing it too loses those records.',
    },
  },
  check({ facts, design }) {
    const low = design.topics.filter((t) => t.replicationFactor < 3);
    if (low.length === 0) return [];
    const rf = Math.min(...low.map((t) => t.replicationFactor));
    const names = low.map((t) => t.name).join(', ');
    // Priority cost chose two replicas for data that may be lost: say so, it is a trade, not an accident.
    if (facts.priority === 'cost' && rf === 2 && facts.brokers >= 3) {
      return [{ flow: low[0]!.flows[0]!, severity: 'info', messageId: 'costChoseTwoReplicas', data: { names } }];
    }
    if (facts.environment === 'development') {
      return [{ flow: low[0]!.flows[0]!, severity: 'info', messageId: 'developmentOnBrokerS', data: { brokers: facts.brokers, rf, names } }];
    }
    return [
      {
        flow: low[0]!.flows[0]!,
        severity: rf === 1 && facts.environment === 'production' ? 'error' : 'warning',
        dependsOn: ['environment', 'cluster.brokers'],
        messageId: 'withBrokerSReplication',
        data: {
          environment: facts.environment,
          brokers: facts.brokers,
          rf,
          names,
          detail: rf === 1 ? 'A single disk or broker failure loses data.' : 'An acknowledged write may sit on one broker while the other restarts.',
        },
      },
    ];
  },
});
