import { describe, expect, it } from 'vitest';
import { pairWithClusters, readConfigFile } from '../../../src/method/critique/inputs/index.js';
import { kindFromFileName } from '../../../src/method/critique/inputs/detect.js';
import { parseProperties } from '../../../src/method/critique/inputs/properties.js';
import { UserError } from '../../../src/model/errors.js';

describe('properties', () => {
  it('follows java.util.Properties: separators, comments, continuations, escapes', () => {
    const raw = parseProperties('# c\n! c\nacks = all\nlinger.ms:5\nclient.id  my\\ client\nlist=a,\\\n  b\nA->B.enabled = true\n');
    expect(raw).toEqual([
      { key: 'acks', value: 'all', line: 3 },
      { key: 'linger.ms', value: '5', line: 4 },
      { key: 'client.id', value: 'my client', line: 5 },
      { key: 'list', value: 'a,b', line: 6 },
      { key: 'A->B.enabled', value: 'true', line: 8 },
    ]);
  });
});

describe('kind and library detection', () => {
  const kind = (text: string, file = 'x.properties') => readConfigFile(text, file).map((c) => `${c.kind}${c.library ? `/${c.library}` : ''}`);
  it('recognises each kind from its keys', () => {
    expect(kind('bootstrap.servers=k:9092\ncompression.type=none')).toEqual(['producer']);
    expect(kind('bootstrap.servers=k:9092\ngroup.id=g')).toEqual(['consumer']);
    expect(kind('acks=all\nsession.timeout.ms=45000')).toEqual(['client']);
    expect(kind('process.roles=controller\nnode.id=1')).toEqual(['controller']);
    expect(kind('process.roles=broker,controller\nnode.id=1')).toEqual(['broker']);
    expect(kind('group.id=c\nkey.converter=x')).toEqual(['connect']);
    expect(kind('clusters = A, B\nA->B.enabled = true')).toEqual(['mirrormaker']);
    expect(kind('application.id=app')).toEqual(['streams']);
    expect(kind('retention.ms=1000\ncleanup.policy=delete')).toEqual(['topic']);
  });
  it('reads librdkafka names in key=value and dicts', () => {
    expect(kind('bootstrap.servers=k\nsasl.mechanisms=PLAIN\nsession.timeout.ms=45000', 'x.config')).toEqual(['consumer/librdkafka']);
    expect(kind('bootstrap.servers: k\nlinger.ms: 5\nacks: all\n', 'x.yaml')).toEqual(['producer/librdkafka']);
    const [c] = readConfigFile('{"queue.buffering.max.ms": 5}', 'x.json');
    expect(c!.entries[0]).toMatchObject({ name: 'linger.ms', key: 'queue.buffering.max.ms', line: 1 });
  });
  it('splits a kafkajs object into producer and consumer configs', () => {
    const configs = readConfigFile(JSON.stringify({ clientId: 'a', brokers: ['k:9092'], producer: { idempotent: true }, consumer: { groupId: 'g', readUncommitted: true } }, null, 2), 'k.json');
    expect(configs.map((c) => c.kind)).toEqual(['producer', 'consumer']);
    expect(configs[0]!.entries.find((e) => e.name === 'enable.idempotence')).toMatchObject({ value: 'true', key: 'producer.idempotent' });
    expect(configs[1]!.entries.find((e) => e.name === 'isolation.level')?.value).toBe('read_uncommitted');
  });
  it('reads a kafka-topics command line', () => {
    const [t] = readConfigFile('kafka-topics --create --topic orders --partitions 6 --replication-factor 3 \\\n  --config min.insync.replicas=2 --config retention.ms=86400000', 'create.sh');
    expect(t).toMatchObject({ kind: 'topic', partitions: 6, replicationFactor: 3, label: 'topic orders' });
    expect(t!.entries.map((e) => [e.name, e.line])).toEqual([
      ['min.insync.replicas', 2],
      ['retention.ms', 2],
    ]);
  });
});

describe('Strimzi', () => {
  const text = `apiVersion: kafka.strimzi.io/v1
kind: KafkaNodePool
metadata: { name: brokers, labels: { strimzi.io/cluster: c1 } }
spec: { replicas: 3, roles: [broker] }
---
apiVersion: kafka.strimzi.io/v1
kind: Kafka
metadata: { name: c1 }
spec:
  kafka:
    version: 4.1.0
    config:
      min.insync.replicas: 2
---
apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata: { name: t1, labels: { strimzi.io/cluster: c1 } }
spec: { partitions: 3, replicas: 1 }
---
apiVersion: kafka.strimzi.io/v1
kind: KafkaUser
metadata: { name: u1 }
`;
  it('counts brokers from node pools, pairs topics with their cluster, ignores other kinds', () => {
    const configs = readConfigFile(text, 'all.yaml');
    expect(configs.map((c) => c.kind)).toEqual(['broker', 'topic']);
    expect(configs[0]).toMatchObject({ brokers: 3, statedVersion: '4.1.0', mode: 'kraft' });
    expect(configs[0]!.entries[0]).toMatchObject({ name: 'min.insync.replicas', value: '2', line: 13 });
    expect(configs[1]).toMatchObject({ replicationFactor: 1, partitions: 3 });
    expect(configs[1]!.cluster).toBe(configs[0]);
  });
  it('pairs a topic file with a broker file given alongside', () => {
    const broker = readConfigFile('log.dirs=/d\nmin.insync.replicas=2', 'server.properties');
    const topic = readConfigFile('--topic t --replication-factor 1', 't.sh');
    const paired = pairWithClusters([...broker, ...topic]);
    expect(paired[1]!.cluster).toBe(broker[0]);
  });
});

describe('unreadable input', () => {
  it('reports broken YAML as a user error with a line', () => {
    expect(() => readConfigFile('a: [1,\nb: 2', 'x.yaml')).toThrow(UserError);
  });
  it('refuses binary files', () => {
    expect(() => readConfigFile('\u0000\u0001', 'x.bin')).toThrow(/binary/);
  });
});

describe('Kubernetes ConfigMap', () => {
  it('reads the Kafka files in data with manifest line numbers, and skips other entries', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  start.sh: |\n    echo hi\n  server.properties: |\n    log.dirs=/d\n    min.insync.replicas=2\n';
    const configs = readConfigFile(text, 'cm.yaml');
    expect(configs.map((c) => [c.kind, c.label])).toEqual([['broker', 'ConfigMap server.properties']]);
    expect(configs[0]!.entries.map((e) => [e.name, e.line])).toEqual([
      ['log.dirs', 9],
      ['min.insync.replicas', 10],
    ]);
  });
});

describe('docker-compose', () => {
  it('maps image environment variables to broker settings and counts brokers', async () => {
    const { settingFromEnv } = await import('../../../src/method/critique/inputs/compose.js');
    expect(settingFromEnv('KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR')).toBe('offsets.topic.replication.factor');
    expect(settingFromEnv('KAFKA_CFG_LOG_DIRS')).toBe('log.dirs');
    const text =
      'services:\n  k1:\n    image: apache/kafka\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_HEAP_OPTS: -Xmx1G\n  k2:\n    image: apache/kafka\n    environment:\n      - KAFKA_NODE_ID=2\n      - KAFKA_MIN_INSYNC_REPLICAS=2\n  app:\n    image: app\n';
    const configs = readConfigFile(text, 'docker-compose.yml');
    expect(configs.map((c) => [c.kind, c.label, c.brokers])).toEqual([
      ['broker', 'service k1', 2],
      ['broker', 'service k2', 2],
    ]);
    expect(configs[0]!.entries.map((e) => [e.name, e.line])).toEqual([['node.id', 5]]);
    expect(configs[1]!.entries.map((e) => [e.name, e.line])).toEqual([
      ['node.id', 10],
      ['min.insync.replicas', 11],
    ]);
  });
});

describe('Strimzi across files', () => {
  it('counts node pools and pairs topics kept in separate manifests', async () => {
    const { readConfigFiles } = await import('../../../src/method/critique/inputs/index.js');
    const pools = 'apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata: { name: b, labels: { strimzi.io/cluster: c1 } }\nspec: { replicas: 1, roles: [broker, controller] }\n';
    const kafka = 'apiVersion: kafka.strimzi.io/v1\nkind: Kafka\nmetadata: { name: c1 }\nspec:\n  kafka:\n    config:\n      offsets.topic.replication.factor: 3\n';
    const topic = 'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata: { name: t, labels: { strimzi.io/cluster: c1 } }\nspec: { replicas: 1 }\n';
    const configs = readConfigFiles([
      { text: pools, file: 'pools.yaml' },
      { text: kafka, file: 'kafka.yaml' },
      { text: topic, file: 'topic.yaml' },
    ]);
    expect(configs.map((c) => [c.file, c.kind, c.brokers])).toEqual([
      ['kafka.yaml', 'broker', 1],
      ['topic.yaml', 'topic', undefined],
    ]);
    expect(configs[1]!.cluster).toBe(configs[0]);
    expect(configs[0]!.entries[0]!.line).toBe(7);
  });
});

describe('librdkafka or Java', () => {
  it('keeps a Java file with one librdkafka spelling Java, so the stray name is reported as unknown', () => {
    const [c] = readConfigFile('key.serializer=x\nvalue.serializer=y\nsasl.mechanisms=PLAIN\nacks=all', 'p.properties');
    expect(c!.library).toBeUndefined();
  });
});

describe('librdkafka settings grouped in sections', () => {
  it('reads producer: and consumer: sections of dotted settings as librdkafka configs', () => {
    const configs = readConfigFile('producer:\n  bootstrap.servers: k\n  enable.idempotence: true\nconsumer:\n  bootstrap.servers: k\n  group.id: g\n', 'app.yaml');
    expect(configs.map((c) => [c.kind, c.library, c.label])).toEqual([
      ['producer', 'librdkafka', 'producer'],
      ['consumer', 'librdkafka', 'consumer'],
    ]);
    expect(configs[1]!.entries[1]).toMatchObject({ name: 'group.id', line: 6 });
  });
});

describe('Kafka container env files', () => {
  it('reads KAFKA_* variables as broker settings', () => {
    const [c] = readConfigFile('# broker env\nKAFKA_NODE_ID=1\nKAFKA_PROCESS_ROLES=broker,controller\nKAFKA_HEAP_OPTS=-Xmx1G\n', 'kafka.env');
    expect(c).toMatchObject({ kind: 'broker', mode: 'kraft', defaultsUnknown: true });
    expect(c!.entries.map((e) => [e.name, e.line])).toEqual([
      ['node.id', 2],
      ['process.roles', 3],
    ]);
  });
});

describe('connector configs', () => {
  it('reads a Connect REST body and a bare config as one connector each', () => {
    const [a] = readConfigFile('{\n  "name": "pg",\n  "config": {\n    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n    "tasks.max": 1\n  }\n}\n', 'pg.json');
    expect(a).toMatchObject({ kind: 'connector', format: 'connect-rest', label: 'connector pg' });
    expect(a!.entries.map((e) => [e.name, e.value, e.line])).toEqual([
      ['connector.class', 'io.debezium.connector.postgresql.PostgresConnector', 4],
      ['tasks.max', '1', 5],
    ]);
    const [b] = readConfigFile('{"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "topics": "t"}', 'put.json');
    expect(b!.kind).toBe('connector');
  });

  it('reads a KafkaConnector: spec.class and spec.tasksMax become connector.class and tasks.max', () => {
    const [c] = readConfigFile(
      'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: es\nspec:\n  class: io.confluent.connect.elasticsearch.ElasticsearchSinkConnector\n  tasksMax: 2\n  config:\n    key.ignore: false\n',
      'es.yaml',
    );
    expect(c).toMatchObject({ kind: 'connector', format: 'strimzi', label: 'KafkaConnector es' });
    expect(c!.entries.map((e) => [e.name, e.key, e.value, e.line])).toEqual([
      ['connector.class', 'spec.class', 'io.confluent.connect.elasticsearch.ElasticsearchSinkConnector', 6],
      ['tasks.max', 'spec.tasksMax', '2', 7],
      ['key.ignore', 'key.ignore', 'false', 9],
    ]);
  });
});

describe('kindFromFileName', () => {
  it.each([
    ['config/server.properties', 'broker'],
    ['/etc/kafka/kraft/server.properties', 'broker'],
    ['broker-1.properties', 'broker'],
    ['controller.properties', 'controller'],
    ['connect-distributed.properties', 'connect'],
    ['orders-producer.properties', 'producer'],
    ['consumer.properties', 'consumer'],
    ['client.properties', undefined],
    ['app.properties', undefined],
    ['server.yaml', undefined],
  ] as const)('%s -> %s', (file, kind) => {
    expect(kindFromFileName(file)).toBe(kind);
  });
});
