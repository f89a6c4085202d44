import { ruleTables } from '../tester.js';

const msk = { platform: 'msk' } as const;
const confluent = { platform: 'confluent-cloud' } as const;
const kafkaResource = (config: string) => `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: my-cluster
spec:
  kafka:
    replicas: 3
    config:
${config.split('\n').map((l) => `      ${l}`).join('\n')}
`;
const express = { platform: 'msk', brokerType: 'express.m7g.large' } as const;

ruleTables('platforms', [
  {
    rule: 'platform/msk-configuration',
    valid: [
      // Every key is on AWS's list for Standard brokers, values inside MSK's ranges.
      { text: 'auto.create.topics.enable=false\nmin.insync.replicas=2\nreplica.lag.time.max.ms=30000\nnum.io.threads=16', file: 'msk.properties', intent: msk },
      // The same file elsewhere: MSK's list does not apply.
      { text: 'num.io.threads=16\nbackground.threads=20\nreplica.lag.time.max.ms=45000', file: 'server.properties' },
      // Express accepts its own static list.
      { text: 'auto.create.topics.enable=false\nlog.message.timestamp.after.max.ms=3600000\nmax.connections.per.ip=500', file: 'msk.properties', intent: express },
    ],
    invalid: [
      // background.threads is a dynamic broker setting Kafka has, but MSK's configuration rejects it; listeners MSK owns outright.
      {
        text: 'num.io.threads=16\nbackground.threads=20\nlisteners=PLAINTEXT://:9092', file: 'msk.properties', intent: msk,
        message: [/background\.threads: Amazon MSK does not accept it in a Standard broker configuration; it is a dynamic broker setting/, /listeners: Amazon MSK does not accept it .*MSK manages it/],
        errors: [{ messageId: 'dynamicOnly', line: 2, setting: 'background.threads' }, { messageId: 'notAccepted', line: 3, setting: 'listeners' }],
      },
      // MSK narrows replica.lag.time.max.ms to 10-30 s.
      { text: 'replica.lag.time.max.ms=45000', file: 'msk.properties', intent: msk, message: /accepts 10,000 to 30,000 only/, errors: [{ messageId: 'outOfRange', line: 1, setting: 'replica.lag.time.max.ms' }] },
      { text: 'zookeeper.session.timeout.ms=5000', file: 'msk.properties', intent: msk, errors: [{ messageId: 'outOfRange', line: 1, setting: 'zookeeper.session.timeout.ms' }] },
      // Express: accepted on Standard but not on Express (num.io.threads), fixed replication, and a dynamic-only setting.
      {
        text: 'num.io.threads=16\nmin.insync.replicas=1\nlog.cleaner.min.compaction.lag.ms=60000', file: 'msk.properties', intent: express,
        message: [/num\.io\.threads: .*Express broker configuration \(MSK manages it/, /min\.insync\.replicas=1: Express brokers fix it \(2\)/],
        errors: [{ messageId: 'notAccepted', line: 1, setting: 'num.io.threads' }, { messageId: 'fixedOnExpress', line: 2, setting: 'min.insync.replicas' }, { messageId: 'dynamicOnly', line: 3, setting: 'log.cleaner.min.compaction.lag.ms' }],
      },
    ],
  },
  {
    rule: 'platform/strimzi-forbidden-config',
    valid: [
      { text: kafkaResource('num.io.threads: 16\nssl.cipher.suites: TLS_AES_256_GCM_SHA384\ncontroller.quorum.election.timeout.ms: 2000'), file: 'kafka.yaml' },
      // The same keys in a plain server.properties: Strimzi's rule does not apply.
      { text: 'listeners=PLAINTEXT://:9092\nlog.dirs=/data', file: 'server.properties' },
    ],
    invalid: [{
      text: kafkaResource('num.io.threads: 16\nlisteners: PLAINTEXT://:9092\nssl.keystore.location: /k.jks\nlog.dirs: /data'), file: 'kafka.yaml',
      message: /listeners: Strimzi owns broker properties under "listeners" and rejects them in Kafka my-cluster spec\.kafka\.config/,
      errors: [{ messageId: 'forbidden', line: 10, setting: 'listeners' }, { messageId: 'forbidden', line: 11, setting: 'ssl.keystore.location' }, { messageId: 'forbidden', line: 12, setting: 'log.dirs' }],
    }],
  },
  {
    rule: 'platform/managed-config',
    valid: [
      { text: 'retention.ms=86400000\nmax.message.bytes=2097152', kind: 'topic', intent: confluent },
      { text: 'num.io.threads=16', file: 'server.properties', intent: msk },
      { text: 'compression.type=producer', kind: 'topic', intent: confluent },
    ],
    invalid: [
      { text: 'num.io.threads=16\nlog.retention.hours=72', file: 'server.properties', intent: confluent, message: /Confluent Cloud takes no Apache Kafka broker configuration: the 2 setting\(s\)/, errors: [{ messageId: 'noBrokerConfig' }] },
      { text: 'log.retention.hours=72', file: 'server.properties', intent: { platform: 'redpanda' }, errors: [{ messageId: 'noBrokerConfig' }] },
      { text: 'compression.type=zstd', kind: 'topic', intent: confluent, message: /it stays producer/, errors: [{ messageId: 'fixedTopicConfig', line: 1, setting: 'compression.type' }] },
      // 10 MiB: above the 8 MiB of Basic, Standard and Enterprise, within Dedicated's 20 MiB; 30 MiB: above every type.
      { text: 'max.message.bytes=10485760', kind: 'topic', intent: confluent, message: /only Dedicated clusters allow it \(Basic, Standard, Enterprise cap it at 8\.39 MB\)/, errors: [{ messageId: 'tierForMessageBytes', severity: 'warning', line: 1, setting: 'max.message.bytes' }] },
      { text: 'max.message.bytes=31457280', kind: 'topic', intent: confluent, message: /at most 21 MB on Dedicated/, errors: [{ messageId: 'maxMessageBytes', line: 1, setting: 'max.message.bytes' }] },
    ],
  },
]);
