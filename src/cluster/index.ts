// The library's I/O entry point, `kafka-specialist/cluster`: talking to Kafka (kafkajs), the local
// mock broker and a Schema Registry. The main entry point stays pure and loads none of it.
export * from './schema-registry.js';
export { startLocalBroker, localBrokerBinary, type LocalBroker, type LocalBrokerOptions, type BrokerControl, type LocalTopic } from './local-broker.js';
export { runVerify, type VerifyInput, type VerifyProgress } from './verify-runner.js';
export { takeSnapshot, type SnapshotOptions } from './snapshot.js';
