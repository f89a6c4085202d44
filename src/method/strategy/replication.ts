// Replication factor and min.insync.replicas from the environment and the broker count.
// With acks=all, min.insync.replicas is what turns "replicated" into "survives a broker loss".
import { DOCS } from '../../knowledge/planning.js';
import type { Facts } from '../deconstruct/normalize.js';

export interface ReplicationDecision {
  replicationFactor: number;
  minInsyncReplicas: number;
  why: string;
  minIsrWhy: string;
  refs: string[];
}

export function decideReplication(facts: Facts): ReplicationDecision {
  const refs = [DOCS.replication];
  const { brokers, platform } = facts;
  if (platform === 'confluent-cloud') {
    return { replicationFactor: 3, minInsyncReplicas: 2, refs, why: 'Confluent Cloud fixes the replication factor at 3.', minIsrWhy: 'Confluent Cloud uses min.insync.replicas 2: with acks=all a write is on two replicas before it is acknowledged.' };
  }
  if (brokers >= 3) {
    return {
      replicationFactor: 3, minInsyncReplicas: 2, refs,
      why: `${brokers} brokers: 3 replicas survive the loss of one broker while a second is being restarted.`,
      minIsrWhy: 'RF 3 with min.insync.replicas 2: with acks=all every acknowledged write is on at least two brokers, and writes continue while one broker is down.',
    };
  }
  if (brokers === 2) {
    return {
      replicationFactor: 2, minInsyncReplicas: 1, refs,
      why: '2 brokers allow at most 2 replicas.',
      minIsrWhy: 'RF 2: min.insync.replicas 2 would stop all writes whenever one broker restarts, so 1; an acknowledged write can then sit on one broker only (see findings).',
    };
  }
  return {
    replicationFactor: 1, minInsyncReplicas: 1, refs,
    why: 'One broker allows one replica only: a broker loss loses data (see findings).',
    minIsrWhy: 'min.insync.replicas cannot exceed the replica count (1).',
  };
}
