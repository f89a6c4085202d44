import { ruleTables } from '../tester.js';

// Connector cases are JSON bodies for the Connect REST API ({name, config} or the bare config) or KafkaConnector YAML.
const rest = (config: Record<string, unknown>, extra: Record<string, unknown> = {}, wrap = true) => ({
  text: JSON.stringify(wrap ? { name: 'c', config } : config, null, 2),
  file: 'case.json',
  ...extra,
});
const PG = 'io.debezium.connector.postgresql.PostgresConnector';
const MYSQL = 'io.debezium.connector.mysql.MySqlConnector';
const JDBC = 'io.confluent.connect.jdbc.JdbcSinkConnector';
const ES = 'io.confluent.connect.elasticsearch.ElasticsearchSinkConnector';
const S3 = 'io.confluent.connect.s3.S3SinkConnector';
const ROUTER = 'io.debezium.transforms.outbox.EventRouter';

const kafkaConnector = (cls: string, config: Record<string, unknown>, tasksMax = 1) => ({
  file: 'case.json',
  text: `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: c\nspec:\n  class: ${cls}\n  tasksMax: ${tasksMax}\n  config:\n${Object.entries(config)
    .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n`,
});

ruleTables('connector', [
  {
    rule: 'connector/unknown-setting',
    valid: [
      rest({
        'connector.class': PG,
        'tombstones.on.delete': 'true',
        'driver.loginTimeout': '5',
        'producer.override.acks': 'all',
        transforms: 'o',
        'transforms.o.type': ROUTER,
        'transforms.o.route.by.field': 'aggregatetype',
      }),
      rest({ 'connector.class': 'com.example.UnknownConnector', whatever: 'x' }),
      rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'pk.mode': 'record_key', topics: 't' }, {}, false),
    ],
    invalid: [
      {
        ...rest({ 'connector.class': PG, 'tombstone.on.delete': 'false' }),
        message: /did you mean tombstones\.on\.delete/,
        errors: [{ messageId: 'unknownDidYouMean', line: 5, setting: 'tombstone.on.delete' }],
      },
      {
        ...rest({ 'connector.class': PG, transforms: 'o', 'transforms.o.type': ROUTER, 'transforms.o.route.by.feild': 'x' }),
        message: /transforms\.o\.route\.by\.field/,
        errors: [{ messageId: 'unknownDidYouMean', line: 7, setting: 'transforms.o.route.by.feild' }],
      },
      {
        ...kafkaConnector(ES, { 'behaviour.on.null.values': 'delete' }),
        message: /behavior\.on\.null\.values/,
        errors: [{ messageId: 'unknownDidYouMean', line: 9, setting: 'behaviour.on.null.values' }],
      },
    ],
  },
  {
    rule: 'connector/invalid-value',
    valid: [
      rest({ 'connector.class': PG, 'snapshot.mode': 'initial', 'heartbeat.interval.ms': '10000', 'database.password': '${file:/s:pw}' }),
      rest({ 'connector.class': ES, 'behavior.on.null.values': 'DELETE' }),
    ],
    invalid: [
      { ...rest({ 'connector.class': PG, 'snapshot.mode': 'initail' }), message: /not one of .*initial/, errors: [{ messageId: 'notExpected', line: 5, setting: 'snapshot.mode' }] },
      { ...rest({ 'connector.class': JDBC, 'batch.size': 'lots' }), message: /not an integer/, errors: [{ messageId: 'notExpected', line: 5, setting: 'batch.size' }] },
      { ...rest({ 'connector.class': S3, 'errors.tolerance': 'some' }), message: /none, all/, errors: [{ messageId: 'notExpected', line: 5, setting: 'errors.tolerance' }] },
    ],
  },
  {
    rule: 'connector/debezium-tasks-max',
    valid: [rest({ 'connector.class': PG, 'tasks.max': '1' }), rest({ 'connector.class': JDBC, 'tasks.max': '6' })],
    invalid: [
      { ...rest({ 'connector.class': MYSQL, 'tasks.max': '4' }), message: /tasks\.max=4/, errors: [{ messageId: 'oneLogOneTask', line: 5, setting: 'tasks.max' }] },
      { ...kafkaConnector(PG, {}, 3), errors: [{ messageId: 'oneLogOneTask', line: 7, setting: 'tasks.max' }] },
    ],
  },
  {
    rule: 'connector/postgres-plugin',
    valid: [rest({ 'connector.class': PG, 'plugin.name': 'pgoutput' }), rest({ 'connector.class': MYSQL })],
    invalid: [
      { ...rest({ 'connector.class': PG }), message: /default/, errors: [{ messageId: 'decoderbufs', setting: 'plugin.name' }] },
      { ...rest({ 'connector.class': PG, 'plugin.name': 'decoderbufs' }), errors: [{ messageId: 'decoderbufs', line: 5, setting: 'plugin.name' }] },
    ],
  },
  {
    rule: 'connector/cdc-tombstones',
    valid: [rest({ 'connector.class': PG }), rest({ 'connector.class': PG, transforms: 'outbox', 'transforms.outbox.type': ROUTER, 'tombstones.on.delete': 'false' })],
    invalid: [
      { ...rest({ 'connector.class': MYSQL, 'tombstones.on.delete': 'false' }), errors: [{ messageId: 'tombstonesOff', line: 5, setting: 'tombstones.on.delete' }] },
      {
        ...rest({ 'connector.class': PG, transforms: 'outbox', 'transforms.outbox.type': ROUTER }),
        message: /\(default\) on an outbox/,
        errors: [{ messageId: 'outboxTombstones', severity: 'info', setting: 'tombstones.on.delete' }],
      },
    ],
  },
  {
    rule: 'connector/mysql-schema-history',
    valid: [
      rest({ 'connector.class': MYSQL, 'database.server.id': '5401', 'schema.history.internal.kafka.topic': 'h', 'schema.history.internal.kafka.bootstrap.servers': 'k:9092' }),
      rest({ 'connector.class': PG }),
    ],
    invalid: [
      {
        ...rest({ 'connector.class': MYSQL, 'database.server.id': '5401' }),
        message: /missing schema\.history\.internal\.kafka\.topic, schema\.history\.internal\.kafka\.bootstrap\.servers$/,
        errors: [{ messageId: 'missing', setting: 'schema.history.internal.kafka.topic' }],
      },
    ],
  },
  {
    rule: 'connector/ordered-dead-letter',
    valid: [
      rest({ 'connector.class': S3, 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'dlq' }),
      rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'errors.tolerance': 'none' }),
    ],
    invalid: [
      {
        ...rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'dlq' }),
        message: /dead-letter queue dlq/,
        errors: [{ messageId: 'replayedOutOfOrder', line: 6, setting: 'errors.tolerance' }],
      },
      { ...rest({ 'connector.class': S3, 'errors.tolerance': 'all' }), intent: { sourceKind: 'cdc' }, errors: [{ messageId: 'skipped', line: 5, setting: 'errors.tolerance' }] },
    ],
  },
  {
    rule: 'connector/jdbc-upsert',
    valid: [rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'pk.mode': 'record_key' }), rest({ 'connector.class': JDBC })],
    invalid: [
      { ...rest({ 'connector.class': JDBC, 'pk.mode': 'record_key' }), message: /default/, errors: [{ messageId: 'insertKeyed', setting: 'insert.mode' }] },
      { ...rest({ 'connector.class': JDBC, 'insert.mode': 'upsert' }), errors: [{ messageId: 'upsertWithoutKey', severity: 'error', setting: 'pk.mode' }] },
      { ...rest({ 'connector.class': JDBC }), intent: { sourceKind: 'cdc' }, errors: [{ messageId: 'insertKeyed', setting: 'insert.mode' }] },
    ],
  },
  {
    rule: 'connector/elasticsearch-deletes',
    valid: [
      rest({ 'connector.class': ES, 'behavior.on.null.values': 'delete' }),
      rest({ 'connector.class': ES, 'key.ignore': 'true' }),
      rest({ 'connector.class': ES, 'behavior.on.null.values': 'ignore' }),
    ],
    invalid: [
      { ...rest({ 'connector.class': ES }), message: /fail \(default\)/, errors: [{ messageId: 'nullsFail', setting: 'behavior.on.null.values' }] },
      { ...rest({ 'connector.class': ES, 'key.ignore': 'true' }), intent: { sourceKind: 'cdc' }, errors: [{ messageId: 'keyIgnored', line: 5, setting: 'key.ignore' }] },
      { ...rest({ 'connector.class': ES, 'behavior.on.null.values': 'ignore' }), intent: { state: true }, errors: [{ messageId: 'nullsIgnored', line: 5, setting: 'behavior.on.null.values' }] },
    ],
  },
  {
    rule: 'connector/s3-rotation',
    valid: [rest({ 'connector.class': S3, 'flush.size': '1000', 'rotate.interval.ms': '600000' }), rest({ 'connector.class': S3, 'rotate.schedule.interval.ms': '60000' })],
    invalid: [{ ...rest({ 'connector.class': S3, 'flush.size': '1000' }), message: /flush\.size \(1000\)/, errors: [{ messageId: 'countOnly', setting: 'rotate.interval.ms' }] }],
  },
]);
