import { DOCS, PLANNING } from '../../../../knowledge/planning.js';
import { fmt, fmtBytes } from '../../../../model/units.js';
import { designRule, flowField } from '../types.js';

/** The designed topics together ask more of each broker than it comfortably gives. */
export const clusterSize = designRule({
  meta: {
    id: 'capacity/cluster-size',
    severity: 'warning',
    summary: 'The replicated write rate or the partition replicas per broker exceed what the brokers comfortably carry.',
    why: 'Every record is written once per replica; brokers also serve consumers and replication reads. A broker near its disk or network limit slows every topic on it, and too many replicas per broker slow failover and restarts.',
    refs: [DOCS.replication],
    fix: 'Add brokers, lower the retention or the replication of non-critical topics, compress, or process in parallel inside consumers instead of adding partitions.',
    messages: {
      peakWritesXReplication:
        'Peak writes (after compression) x replication = {{replicated}}/s over {{brokers}} broker(s) = {{perBroker}}/s per broker, above ~{{brokerWriteBytesPerSecond}}/s each (before consumer reads). {{replicated2}} brokers would carry it.',
      partitionReplicasOverBroker: '{{replicas}} partition replicas over {{brokers}} broker(s) = {{replicasPerBroker}} per broker, above ~{{replicasPerBrokerLimit}}.',
    },
  },
  check({ facts, design }) {
    // Brokers write and replicate the compressed batches, so bandwidth is sized on compressed bytes.
    const replicated = design.topics.reduce((sum, t) => sum + t.sizing.peakBytesPerSecond * (t.sizing.compressionRatio ?? 1) * t.replicationFactor, 0);
    const perBroker = replicated / facts.brokers;
    const replicas = design.topics.reduce((sum, t) => sum + t.partitions * t.replicationFactor, 0);
    const replicasPerBroker = replicas / facts.brokers;
    const flow = design.topics[0]?.flows[0] ?? '';
    const hits = [];
    // Every flow's peak and record size feed the sums, and the broker count divides them.
    const dependsOn = ['cluster.brokers', ...facts.flows.flatMap((f) => ['throughput.peak_per_second', 'throughput.message_bytes'].map((p) => flowField(f, p)))];
    if (perBroker > PLANNING.brokerWriteBytesPerSecond) {
      hits.push({
        flow,
        dependsOn,
        messageId: 'peakWritesXReplication',
        data: {
          replicated: fmtBytes(replicated),
          brokers: facts.brokers,
          perBroker: fmtBytes(perBroker),
          brokerWriteBytesPerSecond: fmtBytes(PLANNING.brokerWriteBytesPerSecond),
          replicated2: Math.ceil(replicated / PLANNING.brokerWriteBytesPerSecond),
        },
      });
    }
    if (replicasPerBroker > PLANNING.replicasPerBrokerLimit) {
      hits.push({
        flow,
        dependsOn,
        messageId: 'partitionReplicasOverBroker',
        data: { replicas: fmt(replicas), brokers: facts.brokers, replicasPerBroker: fmt(replicasPerBroker), replicasPerBrokerLimit: fmt(PLANNING.replicasPerBrokerLimit) },
      });
    }
    return hits;
  },
});
