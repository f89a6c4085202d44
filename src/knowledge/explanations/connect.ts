// Kafka Connect worker settings, in our words. Connection/TLS/SASL settings are in client-common.ts.
import type { ExplanationTable } from './index.js';

const INTERNAL_TOPIC_RF = "Keep 3 in production; the worker creates the topic once and a single copy risks losing every connector's state.";

export const CONNECT: ExplanationTable = {
  'group.id': {
    what: 'Name of the Connect cluster: workers with the same group.id share connectors and tasks.',
    whenToChange: 'Always set it, unique per Connect cluster; it must match the three internal topics the cluster owns.',
    interactsWith: ['config.storage.topic', 'offset.storage.topic', 'status.storage.topic'],
  },
  'config.storage.topic': {
    what: 'Compacted single-partition topic holding connector and task configurations.',
    whenToChange: 'Always set it, one per Connect cluster; never share it between clusters.',
    interactsWith: ['config.storage.replication.factor', 'group.id'],
  },
  'offset.storage.topic': {
    what: "Compacted topic holding source connectors' positions in their external systems.",
    whenToChange: 'Always set it, one per Connect cluster; losing it makes source connectors start over.',
    interactsWith: ['offset.storage.replication.factor', 'offset.storage.partitions', 'offset.flush.interval.ms'],
  },
  'status.storage.topic': {
    what: 'Compacted topic holding connector and task status.',
    whenToChange: 'Always set it, one per Connect cluster.',
    interactsWith: ['status.storage.replication.factor', 'status.storage.partitions'],
  },
  'config.storage.replication.factor': { what: 'Replication factor of the config storage topic.', whenToChange: INTERNAL_TOPIC_RF, interactsWith: ['config.storage.topic', 'min.insync.replicas'] },
  'offset.storage.replication.factor': { what: 'Replication factor of the offset storage topic.', whenToChange: INTERNAL_TOPIC_RF, interactsWith: ['offset.storage.topic', 'min.insync.replicas'] },
  'status.storage.replication.factor': { what: 'Replication factor of the status storage topic.', whenToChange: INTERNAL_TOPIC_RF, interactsWith: ['status.storage.topic', 'min.insync.replicas'] },
  'offset.storage.partitions': { what: 'Partitions of the offset storage topic.', whenToChange: 'Leave 25 unless the cluster runs very many source tasks.', interactsWith: ['offset.storage.topic'] },
  'status.storage.partitions': { what: 'Partitions of the status storage topic.', whenToChange: 'Rarely.', interactsWith: ['status.storage.topic'] },
  'key.converter': {
    what: 'How Connect turns record keys to and from bytes (JSON, Avro, Protobuf, string...); connectors may override it.',
    whenToChange: 'Always set it to the format other producers and consumers of the topics use.',
    interactsWith: ['value.converter'],
  },
  'value.converter': {
    what: 'How Connect turns record values to and from bytes; connectors may override it.',
    whenToChange: 'Set the schema-registry converter when payloads have schemas that evolve.',
    interactsWith: ['key.converter'],
  },
  'exactly.once.source.support': {
    what: 'Lets source connectors write records and their source offsets in one transaction (KIP-618).',
    whenToChange: 'Roll out as preparing, then enabled, on every worker, when source records must not be duplicated after failures.',
    interactsWith: ['transactional.id', 'isolation.level', 'transaction.state.log.replication.factor'],
    notes: ['Added in 3.3; sink connectors get exactly-once from their own idempotent writes, not from this setting.'],
  },
  'session.timeout.ms': {
    what: "How long the Connect group waits for a worker's heartbeats before moving its connectors and tasks.",
    whenToChange: 'Raise it when workers pause (GC, slow hosts) long enough to trigger needless rebalances.',
    interactsWith: ['heartbeat.interval.ms', 'rebalance.timeout.ms', 'scheduled.rebalance.max.delay.ms'],
  },
  'heartbeat.interval.ms': {
    what: 'How often a worker heartbeats to the Connect group coordinator.',
    whenToChange: 'Keep it at most a third of session.timeout.ms.',
    interactsWith: ['session.timeout.ms'],
  },
  'rebalance.timeout.ms': {
    what: 'How long each worker may take to stop its tasks and rejoin during a rebalance.',
    whenToChange: 'Raise it when tasks take long to stop (flushing large buffers).',
    interactsWith: ['session.timeout.ms', 'task.shutdown.graceful.timeout.ms'],
  },
  'scheduled.rebalance.max.delay.ms': {
    what: 'How long the group waits for a departed worker to return before reassigning its work (incremental cooperative rebalancing).',
    whenToChange: "Lower it when a lost worker's tasks must move fast; raise it for rolling restarts that take longer.",
    interactsWith: ['connect.protocol', 'session.timeout.ms'],
  },
  'connect.protocol': {
    what: 'Rebalance protocol of the Connect group: eager (stop everything), compatible, or sessioned (incremental, with signed requests).',
    whenToChange: 'Keep sessioned; eager only to talk to very old workers.',
    interactsWith: ['scheduled.rebalance.max.delay.ms'],
  },
  'offset.flush.interval.ms': {
    what: 'How often source task offsets are committed; what a source connector may replay after a crash.',
    whenToChange: 'Lower it to replay less after a crash.',
    interactsWith: ['offset.flush.timeout.ms', 'offset.storage.topic'],
  },
  'offset.flush.timeout.ms': {
    what: 'How long an offset flush waits for outstanding records to be written before giving up for this round.',
    whenToChange: 'Raise it when flushes time out under high write load.',
    interactsWith: ['offset.flush.interval.ms'],
  },
  'connector.client.config.override.policy': {
    what: "Which producer/consumer/admin settings a connector's own config may override: None, Principal or All.",
    whenToChange: 'Use Principal or None on shared Connect clusters so one connector cannot change security or client behaviour.',
    interactsWith: ['security.protocol', 'sasl.jaas.config'],
  },
  'worker.sync.timeout.ms': {
    what: 'How long a worker waits to catch up with the config topic before leaving the group.',
    whenToChange: 'Rarely; raise it if workers drop out while reading a large config topic.',
    interactsWith: ['worker.unsync.backoff.ms'],
  },
  'worker.unsync.backoff.ms': {
    what: 'How long a worker that fell out of sync waits before rejoining.',
    whenToChange: 'Rarely.',
    interactsWith: ['worker.sync.timeout.ms'],
  },
  'plugin.path': {
    what: 'Directories where the worker looks for connector, converter and transform plugins, each isolated in its own class loader.',
    whenToChange: 'Always set it instead of putting plugins on the classpath, to avoid dependency clashes.',
    interactsWith: ['plugin.discovery'],
  },
};
