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
${config
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
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
        text: 'num.io.threads=16\nbackground.threads=20\nlisteners=PLAINTEXT://:9092',
        file: 'msk.properties',
        intent: msk,
        message: [/background\.threads: Amazon MSK does not accept it in a Standard broker configuration; it is a dynamic broker setting/, /listeners: Amazon MSK does not accept it .*MSK manages it/],
        errors: [
          { messageId: 'dynamicOnly', line: 2, setting: 'background.threads' },
          { messageId: 'notAccepted', line: 3, setting: 'listeners' },
        ],
      },
      // MSK narrows replica.lag.time.max.ms to 10-30 s.
      {
        text: 'replica.lag.time.max.ms=45000',
        file: 'msk.properties',
        intent: msk,
        message: /accepts 10,000 to 30,000 only/,
        errors: [{ messageId: 'outOfRange', line: 1, setting: 'replica.lag.time.max.ms' }],
      },
      { text: 'zookeeper.session.timeout.ms=5000', file: 'msk.properties', intent: msk, errors: [{ messageId: 'outOfRange', line: 1, setting: 'zookeeper.session.timeout.ms' }] },
      // Express: accepted on Standard but not on Express (num.io.threads), fixed replication, and a dynamic-only setting.
      {
        text: 'num.io.threads=16\nmin.insync.replicas=1\nlog.cleaner.min.compaction.lag.ms=60000',
        file: 'msk.properties',
        intent: express,
        message: [/num\.io\.threads: .*Express broker configuration \(MSK manages it/, /min\.insync\.replicas=1: Express brokers fix it \(2\)/],
        errors: [
          { messageId: 'notAccepted', line: 1, setting: 'num.io.threads' },
          { messageId: 'fixedOnExpress', line: 2, setting: 'min.insync.replicas' },
          { messageId: 'dynamicOnly', line: 3, setting: 'log.cleaner.min.compaction.lag.ms' },
        ],
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
    invalid: [
      {
        text: kafkaResource('num.io.threads: 16\nlisteners: PLAINTEXT://:9092\nssl.keystore.location: /k.jks\nlog.dirs: /data'),
        file: 'kafka.yaml',
        message: /listeners: Strimzi owns broker properties under "listeners" and rejects them in Kafka my-cluster spec\.kafka\.config/,
        errors: [
          { messageId: 'forbidden', line: 10, setting: 'listeners' },
          { messageId: 'forbidden', line: 11, setting: 'ssl.keystore.location' },
          { messageId: 'forbidden', line: 12, setting: 'log.dirs' },
        ],
      },
    ],
  },
  {
    rule: 'platform/managed-config',
    valid: [
      { text: 'retention.ms=86400000\nmax.message.bytes=2097152', kind: 'topic', intent: confluent },
      { text: 'num.io.threads=16', file: 'server.properties', intent: msk },
      { text: 'compression.type=producer', kind: 'topic', intent: confluent },
    ],
    invalid: [
      {
        text: 'num.io.threads=16\nlog.retention.hours=72',
        file: 'server.properties',
        intent: confluent,
        message: /Confluent Cloud takes no Apache Kafka broker configuration: the 2 setting\(s\)/,
        errors: [{ messageId: 'noBrokerConfig' }],
      },
      { text: 'log.retention.hours=72', file: 'server.properties', intent: { platform: 'redpanda' }, errors: [{ messageId: 'noBrokerConfig' }] },
      { text: 'compression.type=zstd', kind: 'topic', intent: confluent, message: /it stays producer/, errors: [{ messageId: 'fixedTopicConfig', line: 1, setting: 'compression.type' }] },
      // 10 MiB: above the 8 MiB of Basic, Standard and Enterprise, within Dedicated's 20 MiB; 30 MiB: above every type.
      {
        text: 'max.message.bytes=10485760',
        kind: 'topic',
        intent: confluent,
        message: /only Dedicated clusters allow it \(Basic, Standard, Enterprise cap it at 8\.39 MB\)/,
        errors: [{ messageId: 'tierForMessageBytes', severity: 'warning', line: 1, setting: 'max.message.bytes' }],
      },
      {
        text: 'max.message.bytes=31457280',
        kind: 'topic',
        intent: confluent,
        message: /at most 21 MB on Dedicated/,
        errors: [{ messageId: 'maxMessageBytes', line: 1, setting: 'max.message.bytes' }],
      },
    ],
  },
]);

const mm2 = (lines: string) => `clusters = primary, standby\nprimary.bootstrap.servers = p:9092\nstandby.bootstrap.servers = s:9092\n${lines}`;
const fullRf =
  'replication.factor=3\ncheckpoints.topic.replication.factor=3\nheartbeats.topic.replication.factor=3\noffset-syncs.topic.replication.factor=3\noffset.storage.replication.factor=3\nconfig.storage.replication.factor=3\nstatus.storage.replication.factor=3';

/** A v1beta2 KafkaMirrorMaker2 running in "standby", mirroring "primary". */
const strimziMm2 = (
  sourceConfig: string,
  connectConfig = 'config.storage.replication.factor: 3\n        offset.storage.replication.factor: 3\n        status.storage.replication.factor: 3',
) => `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaMirrorMaker2
metadata:
  name: mm2
spec:
  connectCluster: standby
  clusters:
    - alias: primary
      bootstrapServers: p:9092
    - alias: standby
      bootstrapServers: s:9092
      config:
        ${connectConfig}
  mirrors:
    - sourceCluster: primary
      targetCluster: standby
      sourceConnector:
        config:
          ${sourceConfig}
      checkpointConnector:
        config:
          sync.group.offsets.enabled: true
`;

ruleTables('mirrormaker', [
  {
    rule: 'mirrormaker/replication-factor',
    valid: [
      { text: mm2(`primary->standby.enabled = true\n${fullRf}`), file: 'mm2.properties' },
      // A single-broker development pair: one replica is all it can hold.
      {
        text: mm2(
          'primary->standby.enabled = true\nreplication.factor=1\ncheckpoints.topic.replication.factor=1\nheartbeats.topic.replication.factor=1\noffset-syncs.topic.replication.factor=1\noffset.storage.replication.factor=1\nconfig.storage.replication.factor=1\nstatus.storage.replication.factor=1',
        ),
        file: 'mm2.properties',
        intent: { brokers: 1 },
      },
      // -1: the target's broker default.
      { text: mm2('primary->standby.enabled = true\nreplication.factor=-1'), file: 'mm2.properties' },
    ],
    invalid: [
      // Nothing set: the mirrored topics take MirrorMaker's default 2, below the target's 3; the internal topics default to 3.
      {
        text: mm2('primary->standby.enabled = true'),
        file: 'mm2.properties',
        message: /replication\.factor = 2 \(default\): the mirrored \(remote\) topics in standby get 2 replica\(s\), fewer than the 3 .*one broker down stops mirroring/,
        errors: [{ messageId: 'belowPolicy' }],
      },
      // Kafka's example file: every factor 1, an error in production; a flow override wins over the top level.
      {
        text: mm2('primary->standby.enabled = true\nprimary->standby.replication.factor = 3\nreplication.factor=1\ncheckpoints.topic.replication.factor=1\noffset.storage.replication.factor=1'),
        file: 'mm2.properties',
        intent: { environment: 'production' },
        message: /checkpoints\.topic\.replication\.factor = 1: the checkpoints topic .* in standby get 1 replica\(s\).*one broker loss loses them/,
        errors: [
          { messageId: 'belowPolicy', severity: 'error', line: 7, setting: 'checkpoints.topic.replication.factor' },
          { messageId: 'belowPolicy', severity: 'error', line: 8, setting: 'offset.storage.replication.factor' },
        ],
      },
      // The same rule over a Strimzi KafkaMirrorMaker2: the source connector's replication.factor left at 2, the Connect topics at 1.
      {
        text: strimziMm2('offset-syncs.topic.replication.factor: 3', 'config.storage.replication.factor: 1'),
        file: 'mm2.yaml',
        message: [/replication\.factor = 2 \(default\): the mirrored \(remote\) topics in standby/, /standby\.config\.storage\.replication\.factor = 1: the Connect configs topic/],
        errors: [
          { messageId: 'belowPolicy', line: 2 },
          { messageId: 'belowPolicy', line: 13, setting: 'standby.config.storage.replication.factor' },
        ],
      },
      // Three replicas asked of a two-broker target: MirrorMaker cannot create the topics.
      {
        text: mm2(`primary->standby.enabled = true\n${fullRf.replace('replication.factor=3\n', 'replication.factor=2\n')}`),
        file: 'mm2.properties',
        intent: { brokers: 2 },
        message: /checkpoints\.topic\.replication\.factor = 3 > 2 broker\(s\) in standby/,
        errors: [
          { messageId: 'exceedsBrokers', severity: 'error', line: 6, setting: 'checkpoints.topic.replication.factor' },
          { messageId: 'exceedsBrokers', severity: 'error', line: 7, setting: 'heartbeats.topic.replication.factor' },
          { messageId: 'exceedsBrokers', severity: 'error', line: 8, setting: 'offset-syncs.topic.replication.factor' },
          { messageId: 'exceedsBrokers', severity: 'error', line: 9, setting: 'offset.storage.replication.factor' },
          { messageId: 'exceedsBrokers', severity: 'error', line: 10, setting: 'config.storage.replication.factor' },
          { messageId: 'exceedsBrokers', severity: 'error', line: 11, setting: 'status.storage.replication.factor' },
        ],
      },
    ],
  },
  {
    rule: 'mirrormaker/offset-translation',
    valid: [
      { text: mm2('primary->standby.enabled = true\nsync.group.offsets.enabled = true'), file: 'mm2.properties' },
      // Flow settings ending in ".enabled" are not flows of their own.
      { text: mm2('primary->standby.enabled = true\nprimary->standby.emit.checkpoints.enabled = true\nprimary->standby.sync.group.offsets.enabled = true'), file: 'mm2.properties' },
      // Active-active: each region keeps its own groups.
      { text: mm2('primary->standby.enabled = true\nstandby->primary.enabled = true'), file: 'mm2.properties' },
      // Before 3.9 there is no emit.offset-syncs switch: the key does nothing there.
      { text: mm2('primary->standby.enabled = true\nsync.group.offsets.enabled = true\nemit.offset-syncs.enabled = false'), file: 'mm2.properties', version: '3.8' },
    ],
    invalid: [
      {
        text: mm2('primary->standby.enabled = true'),
        file: 'mm2.properties',
        message: /primary->standby: sync\.group\.offsets\.enabled is false \(default\): translated offsets stay in primary\.checkpoints\.internal on standby/,
        errors: [{ messageId: 'noGroupSync' }],
      },
      {
        text: mm2('primary->standby.enabled = true\nprimary->standby.emit.checkpoints.enabled = false'),
        file: 'mm2.properties',
        message: /no consumer offsets are translated into standby/,
        errors: [{ messageId: 'noCheckpoints', line: 5, setting: 'primary->standby.emit.checkpoints.enabled' }],
      },
      {
        text: mm2('primary->standby.enabled = true\nsync.group.offsets.enabled = true\nemit.offset-syncs.enabled = false'),
        file: 'mm2.properties',
        version: '3.9',
        errors: [{ messageId: 'syncWithoutCheckpoints', severity: 'error', line: 6, setting: 'emit.offset-syncs.enabled' }],
      },
    ],
  },
]);
