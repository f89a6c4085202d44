import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import { fmt, fmtBytes } from '../../../strategy/decision.js';
import type { DesignRule } from '../types.js';

/** The designed topics together ask more of each broker than it comfortably gives. */
export const clusterSize: DesignRule = {
  id: 'capacity/cluster-size',
  severity: 'warning',
  summary: 'The replicated write rate or the partition replicas per broker exceed what the brokers comfortably carry.',
  why: 'Every record is written once per replica; brokers also serve consumers and replication reads. A broker near its disk or network limit slows every topic on it, and too many replicas per broker slow failover and restarts.',
  fix: 'Add brokers, lower the retention or the replication of non-critical topics, compress, or process in parallel inside consumers instead of adding partitions.',
  refs: [DOCS.replication],
  check({ facts, design }) {
    // Brokers write and replicate the compressed batches, so bandwidth is sized on compressed bytes.
    const replicated = design.topics.reduce((sum, t) => sum + t.sizing.peakBytesPerSecond * (t.sizing.compressionRatio ?? 1) * t.replicationFactor, 0);
    const perBroker = replicated / facts.brokers;
    const replicas = design.topics.reduce((sum, t) => sum + t.partitions * t.replicationFactor, 0);
    const replicasPerBroker = replicas / facts.brokers;
    const flow = design.topics[0]?.flows[0] ?? '';
    const hits = [];
    if (perBroker > PLANNING.brokerWriteBytesPerSecond) {
      hits.push({ flow, message: `Peak writes (after compression) x replication = ${fmtBytes(replicated)}/s over ${facts.brokers} broker(s) = ${fmtBytes(perBroker)}/s per broker, above ~${fmtBytes(PLANNING.brokerWriteBytesPerSecond)}/s each (before consumer reads). ${Math.ceil(replicated / PLANNING.brokerWriteBytesPerSecond)} brokers would carry it.` });
    }
    if (replicasPerBroker > PLANNING.replicasPerBrokerLimit) {
      hits.push({ flow, message: `${fmt(replicas)} partition replicas over ${facts.brokers} broker(s) = ${fmt(replicasPerBroker)} per broker, above ~${fmt(PLANNING.replicasPerBrokerLimit)}.` });
    }
    return hits;
  },
};
