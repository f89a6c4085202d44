// Replication factor and min.insync.replicas from the environment and the broker count.
// With acks=all, min.insync.replicas is what turns "replicated" into "survives a broker loss".
import { MSK_EXPRESS_FIXED, MSK_SOURCES, mskBrokerSize } from '../../knowledge/msk-brokers.js';
import { DOCS } from '../../knowledge/planning.js';
import type { Facts, FlowFacts } from '../deconstruct/normalize.js';

export interface ReplicationDecision {
  replicationFactor: number;
  minInsyncReplicas: number;
  why: string;
  minIsrWhy: string;
  refs: string[];
}

/**
 * Replication for the cluster, or for one flow when given: with priority cost, a flow whose data
 * may be lost (at-most-once) takes two replicas; everything else keeps three.
 */
export function decideReplication(facts: Facts, flow?: FlowFacts): ReplicationDecision {
  const refs = [DOCS.replication];
  const { brokers, platform } = facts;
  // What priority cost would have saved on a platform that does not allow it, said where the replication is.
  const costForgone = facts.priority === 'cost' && flow?.delivery === 'at-most-once' ? ' Priority cost would take 2 replicas for this at-most-once flow, but the platform does not allow it.' : '';
  if (platform === 'confluent-cloud') {
    return {
      replicationFactor: 3,
      minInsyncReplicas: 2,
      refs,
      why: `Confluent Cloud fixes the replication factor at 3.${costForgone}`,
      minIsrWhy: 'Confluent Cloud uses min.insync.replicas 2: with acks=all a write is on two replicas before it is acknowledged.',
    };
  }
  if (platform === 'msk' && facts.brokerType !== null && mskBrokerSize(facts.brokerType)?.kind === 'express') {
    const { replicationFactor, minInsyncReplicas } = MSK_EXPRESS_FIXED;
    return {
      replicationFactor,
      minInsyncReplicas,
      refs: [...refs, MSK_SOURCES.expressBestPractices],
      why: `${facts.brokerType} is an Express broker: MSK fixes the replication factor at ${replicationFactor} over three availability zones.${costForgone}`,
      minIsrWhy: `Express brokers fix min.insync.replicas at ${minInsyncReplicas}: with acks=all a write is on two zones before it is acknowledged.`,
    };
  }
  if (brokers >= 3 && facts.priority === 'cost' && flow?.delivery === 'at-most-once') {
    return {
      replicationFactor: 2,
      minInsyncReplicas: 1,
      refs,
      why: `Priority cost and flow "${flow.name}" is at-most-once (its records may be lost): 2 replicas instead of 3 take a third less disk and replication traffic. Risked: while one of the two brokers is down, the other holds the only copy, and losing it too loses those records.`,
      minIsrWhy: 'RF 2 with min.insync.replicas 1: writes continue while one replica is down; an acknowledged write may then exist on one broker only, which an at-most-once flow accepts.',
    };
  }
  if (brokers >= 3) {
    const durable = facts.priority === 'durability' ? ' Priority durability: never fewer than 3 replicas, whatever the delivery guarantee.' : '';
    return {
      replicationFactor: 3,
      minInsyncReplicas: 2,
      refs,
      why: `${brokers} brokers: 3 replicas survive the loss of one broker while a second is being restarted.${durable}`,
      minIsrWhy: 'RF 3 with min.insync.replicas 2: with acks=all every acknowledged write is on at least two brokers, and writes continue while one broker is down.',
    };
  }
  if (brokers === 2) {
    return {
      replicationFactor: 2,
      minInsyncReplicas: 1,
      refs,
      why: '2 brokers allow at most 2 replicas.',
      minIsrWhy: 'RF 2: min.insync.replicas 2 would stop all writes whenever one broker restarts, so 1; an acknowledged write can then sit on one broker only (see findings).',
    };
  }
  return {
    replicationFactor: 1,
    minInsyncReplicas: 1,
    refs,
    why: 'One broker allows one replica only: a broker loss loses data (see findings).',
    minIsrWhy: 'min.insync.replicas cannot exceed the replica count (1).',
  };
}
