import { configRule } from '../../engine.js';
import { docRef, internalTopicIsr } from '../support.js';

export const offsetsTopicMinIsr = configRule({
  meta: {
    id: 'durability/offsets-topic-min-isr',
    severity: 'error',
    summary: "__consumer_offsets replicated fewer times than (or as many times as) the cluster's min.insync.replicas.",
    why: 'The offsets topic takes the broker-wide min.insync.replicas, and offset commits are written with acks=all. With offsets.topic.replication.factor below it, commits fail with NOT_ENOUGH_REPLICAS and consumer groups cannot make progress.',
    refs: [docRef('broker', 'offsets.topic.replication.factor'), docRef('broker', 'min.insync.replicas')],
    fix: 'Raise offsets.topic.replication.factor to at least min.insync.replicas (3 on a 3-broker cluster), or lower min.insync.replicas; an existing __consumer_offsets topic needs a partition reassignment to gain replicas.',
    messages: {
      offsetsTopicReplicationFactorMinInsyncReplicasConsumerOffsets:
        'offsets.topic.replication.factor {{rf}} < min.insync.replicas {{minIsr}}: __consumer_offsets can never have enough in-sync replicas, so offset commits fail',
      offsetsTopicReplicationFactorMinInsyncReplicasOneBroker: 'offsets.topic.replication.factor {{rf}} = min.insync.replicas {{minIsr}}: one broker down stops offset commits for the groups it hosts',
    },
    kinds: ['broker'],
  },
  check: (ctx) =>
    internalTopicIsr(
      ctx,
      { replicationFactor: 'offsets.topic.replication.factor', minIsr: 'min.insync.replicas', blame: 'replicationFactor' },
      {
        never: 'offsetsTopicReplicationFactorMinInsyncReplicasConsumerOffsets',
        oneBrokerDown: 'offsetsTopicReplicationFactorMinInsyncReplicasOneBroker',
      },
    ),
});
