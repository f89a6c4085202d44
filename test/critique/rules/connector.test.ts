import { ruleTables } from '../tester.js';

// Connector cases are JSON bodies for the Connect REST API ({name, config} or the bare config) or KafkaConnector YAML.
const rest = (config: Record<string, unknown>, extra: Record<string, unknown> = {}, wrap = true) => ({ text: JSON.stringify(wrap ? { name: 'c', config } : config, null, 2), file: 'case.json', ...extra });
const PG = 'io.debezium.connector.postgresql.PostgresConnector';
const MYSQL = 'io.debezium.connector.mysql.MySqlConnector';
const JDBC = 'io.confluent.connect.jdbc.JdbcSinkConnector';
const ES = 'io.confluent.connect.elasticsearch.ElasticsearchSinkConnector';
const S3 = 'io.confluent.connect.s3.S3SinkConnector';
const ROUTER = 'io.debezium.transforms.outbox.EventRouter';

const kafkaConnector = (cls: string, config: Record<string, unknown>, tasksMax = 1) => ({
  file: 'case.json',
  text: `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: c\nspec:\n  class: ${cls}\n  tasksMax: ${tasksMax}\n  config:\n${Object.entries(config).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n')}\n`,
});

ruleTables('connector', [
  {
    rule: 'connector/unknown-setting',
    valid: [
      rest({ 'connector.class': PG, 'tombstones.on.delete': 'true', 'driver.loginTimeout': '5', 'producer.override.acks': 'all', 'transforms': 'o', 'transforms.o.type': ROUTER, 'transforms.o.route.by.field': 'aggregatetype' }),
      rest({ 'connector.class': 'com.example.UnknownConnector', whatever: 'x' }),
      rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'pk.mode': 'record_key', topics: 't' }, {}, false),
    ],
    invalid: [
      { ...rest({ 'connector.class': PG, 'tombstone.on.delete': 'false' }), message: /did you mean tombstones\.on\.delete/ },
      { ...rest({ 'connector.class': PG, transforms: 'o', 'transforms.o.type': ROUTER, 'transforms.o.route.by.feild': 'x' }), message: /transforms\.o\.route\.by\.field/ },
      { ...kafkaConnector(ES, { 'behaviour.on.null.values': 'delete' }), message: /behavior\.on\.null\.values/ },
    ],
  },
  {
    rule: 'connector/invalid-value',
    valid: [
      rest({ 'connector.class': PG, 'snapshot.mode': 'initial', 'heartbeat.interval.ms': '10000', 'database.password': '${file:/s:pw}' }),
      rest({ 'connector.class': ES, 'behavior.on.null.values': 'DELETE' }),
    ],
    invalid: [
      { ...rest({ 'connector.class': PG, 'snapshot.mode': 'initail' }), severity: 'error', message: /not one of .*initial/ },
      { ...rest({ 'connector.class': JDBC, 'batch.size': 'lots' }), message: /not an integer/ },
      { ...rest({ 'connector.class': S3, 'errors.tolerance': 'some' }), message: /none, all/ },
    ],
  },
  {
    rule: 'connector/debezium-tasks-max',
    valid: [rest({ 'connector.class': PG, 'tasks.max': '1' }), rest({ 'connector.class': JDBC, 'tasks.max': '6' })],
    invalid: [rest({ 'connector.class': MYSQL, 'tasks.max': '4' }), kafkaConnector(PG, {}, 3)],
  },
  {
    rule: 'connector/postgres-plugin',
    valid: [rest({ 'connector.class': PG, 'plugin.name': 'pgoutput' }), rest({ 'connector.class': MYSQL })],
    invalid: [{ ...rest({ 'connector.class': PG }), message: /default/ }, rest({ 'connector.class': PG, 'plugin.name': 'decoderbufs' })],
  },
  {
    rule: 'connector/cdc-tombstones',
    valid: [
      rest({ 'connector.class': PG }),
      rest({ 'connector.class': PG, transforms: 'outbox', 'transforms.outbox.type': ROUTER, 'tombstones.on.delete': 'false' }),
    ],
    invalid: [
      { ...rest({ 'connector.class': MYSQL, 'tombstones.on.delete': 'false' }), severity: 'warning' },
      { ...rest({ 'connector.class': PG, transforms: 'outbox', 'transforms.outbox.type': ROUTER }), severity: 'info', message: /outbox/ },
    ],
  },
  {
    rule: 'connector/mysql-schema-history',
    valid: [rest({ 'connector.class': MYSQL, 'database.server.id': '5401', 'schema.history.internal.kafka.topic': 'h', 'schema.history.internal.kafka.bootstrap.servers': 'k:9092' }), rest({ 'connector.class': PG })],
    invalid: [{ ...rest({ 'connector.class': MYSQL, 'database.server.id': '5401' }), severity: 'error', message: /schema\.history\.internal\.kafka\.topic/ }],
  },
  {
    rule: 'connector/ordered-dead-letter',
    valid: [
      rest({ 'connector.class': S3, 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'dlq' }),
      rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'errors.tolerance': 'none' }),
    ],
    invalid: [
      { ...rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'dlq' }), message: /dead-letter queue dlq/ },
      { ...rest({ 'connector.class': S3, 'errors.tolerance': 'all' }), intent: { sourceKind: 'cdc' } },
    ],
  },
  {
    rule: 'connector/jdbc-upsert',
    valid: [rest({ 'connector.class': JDBC, 'insert.mode': 'upsert', 'pk.mode': 'record_key' }), rest({ 'connector.class': JDBC })],
    invalid: [
      { ...rest({ 'connector.class': JDBC, 'pk.mode': 'record_key' }), message: /default/ },
      { ...rest({ 'connector.class': JDBC, 'insert.mode': 'upsert' }), severity: 'error', message: /pk\.mode=none/ },
      { ...rest({ 'connector.class': JDBC }), intent: { sourceKind: 'cdc' } },
    ],
  },
  {
    rule: 'connector/elasticsearch-deletes',
    valid: [rest({ 'connector.class': ES, 'behavior.on.null.values': 'delete' }), rest({ 'connector.class': ES, 'key.ignore': 'true' }), rest({ 'connector.class': ES, 'behavior.on.null.values': 'ignore' })],
    invalid: [
      { ...rest({ 'connector.class': ES }), message: /fail \(default\)/ },
      { ...rest({ 'connector.class': ES, 'key.ignore': 'true' }), intent: { sourceKind: 'cdc' }, message: /new document/ },
      { ...rest({ 'connector.class': ES, 'behavior.on.null.values': 'ignore' }), intent: { state: true } },
    ],
  },
  {
    rule: 'connector/s3-rotation',
    valid: [rest({ 'connector.class': S3, 'flush.size': '1000', 'rotate.interval.ms': '600000' }), rest({ 'connector.class': S3, 'rotate.schedule.interval.ms': '60000' })],
    invalid: [rest({ 'connector.class': S3, 'flush.size': '1000' })],
  },
]);
