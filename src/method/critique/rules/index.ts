// Every rule the engine knows, in one list. Rules live one per file under rules/<area>/.
import type { Rule } from '../engine.js';
import { registry } from '../../rules.js';
import { advertisedWildcard } from './broker/advertised-wildcard.js';
import { autoCreateTopics } from './broker/auto-create-topics.js';
import { initialRebalanceDelay } from './broker/initial-rebalance-delay.js';
import { kraftPreview } from './broker/kraft-preview.js';
import { kraftQuorumSettings } from './broker/kraft-quorum-settings.js';
import { listenerWithoutProtocol } from './broker/listener-without-protocol.js';
import { replicationExceedsBrokers } from './broker/replication-exceeds-brokers.js';
import { retentionPrecedence } from './broker/retention-precedence.js';
import { singleController } from './broker/single-controller.js';
import { unboundedRetention } from './broker/unbounded-retention.js';
import { zookeeperMode } from './broker/zookeeper-mode.js';
import { aliasSetTwice } from './client/alias-set-twice.js';
import { kafkajsIdempotentAcks } from './client/kafkajs-idempotent-acks.js';
import { kafkajsIdempotentInFlight } from './client/kafkajs-idempotent-in-flight.js';
import { kafkajsIdempotentRetries } from './client/kafkajs-idempotent-retries.js';
import { kafkajsUnknownOption } from './client/kafkajs-unknown-option.js';
import { librdkafkaIdempotenceDefault } from './client/librdkafka-idempotence-default.js';
import { librdkafkaUnknownProperty } from './client/librdkafka-unknown-property.js';
import { duplicateSetting } from './config/duplicate-setting.js';
import { invalidValue } from './config/invalid-value.js';
import { placeholderValue } from './config/placeholder-value.js';
import { unknownSetting } from './config/unknown-setting.js';
import { wrongScope } from './config/wrong-scope.js';
import { connectInternalTopicRf1 } from './connect/internal-topic-rf-1.js';
import { cdcTombstones } from './connector/cdc-tombstones.js';
import { debeziumTasksMax } from './connector/debezium-tasks-max.js';
import { elasticsearchDeletes } from './connector/elasticsearch-deletes.js';
import { connectorInvalidValue } from './connector/invalid-value.js';
import { jdbcUpsert } from './connector/jdbc-upsert.js';
import { mysqlSchemaHistory } from './connector/mysql-schema-history.js';
import { orderedDeadLetter } from './connector/ordered-dead-letter.js';
import { postgresPlugin } from './connector/postgres-plugin.js';
import { s3Rotation } from './connector/s3-rotation.js';
import { connectorUnknownSetting } from './connector/unknown-setting.js';
import { acksNotAll } from './delivery/acks-not-all.js';
import { deadLetterOnOrderedFlow } from './delivery/dead-letter-on-ordered-flow.js';
import { autoCommitAtLeastOnce } from './delivery/auto-commit-at-least-once.js';
import { exactlyOnceNeedsIdempotence } from './delivery/exactly-once-needs-idempotence.js';
import { exactlyOnceNeedsTransactions } from './delivery/exactly-once-needs-transactions.js';
import { offsetResetLatest } from './delivery/offset-reset-latest.js';
import { readUncommittedAfterTransactions } from './delivery/read-uncommitted-after-transactions.js';
import { retriesDisabled } from './delivery/retries-disabled.js';
import { retriesReorder } from './delivery/retries-reorder.js';
import { transactionalConsumerCommits } from './delivery/transactional-consumer-commits.js';
import { sideEffectNeedsIdempotencyKey } from './delivery/side-effect-needs-idempotency-key.js';
import { forcedFlush } from './durability/forced-flush.js';
import { internalTopicRf1 } from './durability/internal-topic-rf-1.js';
import { minIsr1 } from './durability/min-isr-1.js';
import { minIsrVsReplicas } from './durability/min-isr-vs-replicas.js';
import { offsetsTopicMinIsr } from './durability/offsets-topic-min-isr.js';
import { replicationFactor1 } from './durability/replication-factor-1.js';
import { transactionLogMinIsr } from './durability/transaction-log-min-isr.js';
import { uncleanLeaderElection } from './durability/unclean-leader-election.js';
import { autoCommitWithoutGroup } from './group/auto-commit-without-group.js';
import { consumerProtocolClientSettings } from './group/consumer-protocol-client-settings.js';
import { consumerProtocolVersion } from './group/consumer-protocol-version.js';
import { heartbeatVsSession } from './group/heartbeat-vs-session.js';
import { pollBatchExceedsInterval } from './group/poll-batch-exceeds-interval.js';
import { sessionVsBrokerLimits } from './group/session-vs-broker-limits.js';
import { managedConfig } from './platform/managed-config.js';
import { mm2OffsetTranslation } from './mirrormaker/offset-translation.js';
import { mm2ReplicationFactor } from './mirrormaker/replication-factor.js';
import { mskConfiguration } from './platform/msk-configuration.js';
import { strimziForbiddenConfig } from './platform/strimzi-forbidden-config.js';
import { batchSizeVsMaxRequest } from './producer/batch-size-vs-max-request.js';
import { batchingDisabled } from './producer/batching-disabled.js';
import { bufferMemoryVsMaxRequest } from './producer/buffer-memory-vs-max-request.js';
import { deliveryTimeout } from './producer/delivery-timeout.js';
import { idempotenceAcks } from './producer/idempotence-acks.js';
import { idempotenceInFlight } from './producer/idempotence-in-flight.js';
import { idempotenceRetries } from './producer/idempotence-retries.js';
import { transactionTimeoutVsBroker } from './producer/transaction-timeout-vs-broker.js';
import { transactionalWithoutIdempotence } from './producer/transactional-without-idempotence.js';
import { allowEveryone } from './security/allow-everyone.js';
import { cleartextSecret } from './security/cleartext-secret.js';
import { endpointIdentificationOff } from './security/endpoint-identification-off.js';
import { oldTlsProtocol } from './security/old-tls-protocol.js';
import { plaintextInProduction } from './security/plaintext-in-production.js';
import { saslWithoutCredentials } from './security/sasl-without-credentials.js';
import { saslWithoutTls } from './security/sasl-without-tls.js';
import { messageMaxVsSocketRequest } from './size/message-max-vs-socket-request.js';
import { recordExceedsFetch } from './size/record-exceeds-fetch.js';
import { recordExceedsMaxMessageBytes } from './size/record-exceeds-max-message-bytes.js';
import { recordExceedsMaxRequest } from './size/record-exceeds-max-request.js';
import { requestVsBrokerMessageMax } from './size/request-vs-broker-message-max.js';
import { exactlyOnceV1 } from './streams/exactly-once-v1.js';
import { streamsReplicationFactor1 } from './streams/replication-factor-1.js';
import { streamsApplicationIdMissing } from './streams/application-id-missing.js';
import { streamsEosCommitInterval } from './streams/eos-commit-interval.js';
import { streamsStateDirTemporary } from './streams/state-dir-temporary.js';
import { compactIgnoresRetention } from './topic/compact-ignores-retention.js';
import { segmentOutlivesRetention } from './topic/segment-outlives-retention.js';
import { pre3ProducerDefaults } from './version/pre-3-producer-defaults.js';
import { settingNotYetAvailable } from './version/setting-not-yet-available.js';
import { settingRemoved } from './version/setting-removed.js';
import { unknownKafkaVersion } from './version/unknown-kafka-version.js';

export const CONFIG_RULES = registry<Rule>([
  advertisedWildcard,
  autoCreateTopics,
  initialRebalanceDelay,
  kraftPreview,
  kraftQuorumSettings,
  listenerWithoutProtocol,
  replicationExceedsBrokers,
  retentionPrecedence,
  singleController,
  unboundedRetention,
  zookeeperMode,
  aliasSetTwice,
  kafkajsIdempotentAcks,
  kafkajsIdempotentInFlight,
  kafkajsIdempotentRetries,
  kafkajsUnknownOption,
  librdkafkaIdempotenceDefault,
  librdkafkaUnknownProperty,
  duplicateSetting,
  invalidValue,
  placeholderValue,
  unknownSetting,
  wrongScope,
  connectInternalTopicRf1,
  connectorUnknownSetting,
  connectorInvalidValue,
  debeziumTasksMax,
  postgresPlugin,
  cdcTombstones,
  mysqlSchemaHistory,
  orderedDeadLetter,
  jdbcUpsert,
  elasticsearchDeletes,
  s3Rotation,
  acksNotAll,
  deadLetterOnOrderedFlow,
  autoCommitAtLeastOnce,
  exactlyOnceNeedsIdempotence,
  exactlyOnceNeedsTransactions,
  offsetResetLatest,
  readUncommittedAfterTransactions,
  retriesDisabled,
  retriesReorder,
  transactionalConsumerCommits,
  sideEffectNeedsIdempotencyKey,
  forcedFlush,
  internalTopicRf1,
  minIsr1,
  minIsrVsReplicas,
  offsetsTopicMinIsr,
  replicationFactor1,
  transactionLogMinIsr,
  uncleanLeaderElection,
  autoCommitWithoutGroup,
  consumerProtocolClientSettings,
  consumerProtocolVersion,
  heartbeatVsSession,
  pollBatchExceedsInterval,
  sessionVsBrokerLimits,
  mm2ReplicationFactor,
  mm2OffsetTranslation,
  managedConfig,
  mskConfiguration,
  strimziForbiddenConfig,
  batchSizeVsMaxRequest,
  batchingDisabled,
  bufferMemoryVsMaxRequest,
  deliveryTimeout,
  idempotenceAcks,
  idempotenceInFlight,
  idempotenceRetries,
  transactionTimeoutVsBroker,
  transactionalWithoutIdempotence,
  allowEveryone,
  cleartextSecret,
  endpointIdentificationOff,
  oldTlsProtocol,
  saslWithoutCredentials,
  saslWithoutTls,
  plaintextInProduction,
  messageMaxVsSocketRequest,
  recordExceedsFetch,
  recordExceedsMaxMessageBytes,
  recordExceedsMaxRequest,
  requestVsBrokerMessageMax,
  exactlyOnceV1,
  streamsReplicationFactor1,
  streamsApplicationIdMissing,
  streamsStateDirTemporary,
  streamsEosCommitInterval,
  compactIgnoresRetention,
  segmentOutlivesRetention,
  pre3ProducerDefaults,
  settingNotYetAvailable,
  settingRemoved,
  unknownKafkaVersion,
]);

export const ALL_RULES = CONFIG_RULES.all;
export const ruleById = CONFIG_RULES.get;
