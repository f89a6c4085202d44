import { describe, expect, it } from 'vitest';
import { checkConnectorConfig, connectorByClass, connectorDefault, connectorDocUrl, connectorSetting, workerClientDefault } from '../../src/knowledge/connectors.js';

const PG = 'io.debezium.connector.postgresql.PostgresConnector';

describe('connector facts', () => {
  it.each([
    [PG, 'tombstones.on.delete', 'true'],
    [PG, 'plugin.name', 'decoderbufs'],
    [PG, 'snapshot.mode', 'initial'],
    [PG, 'heartbeat.interval.ms', '0'],
    [PG, 'max.batch.size', '2048'],
    ['io.debezium.connector.mysql.MySqlConnector', 'snapshot.mode', 'initial'],
    ['io.confluent.connect.jdbc.JdbcSinkConnector', 'insert.mode', 'insert'],
    ['io.confluent.connect.jdbc.JdbcSinkConnector', 'pk.mode', 'none'],
    ['io.confluent.connect.elasticsearch.ElasticsearchSinkConnector', 'behavior.on.null.values', 'fail'],
    ['io.confluent.connect.s3.S3SinkConnector', 'rotate.interval.ms', '-1'],
    [PG, 'errors.tolerance', 'none'],
  ])('%s %s defaults to %s', (cls, name, value) => expect(connectorDefault(cls, name)).toBe(value));

  it('finds a connector by its simple class name and says where its facts come from', () => {
    expect(connectorByClass('PostgresConnector')?.id).toBe('debezium-postgres');
    expect(connectorByClass(PG)?.sourceVersion).toMatch(/^debezium\/debezium \d/);
    expect(connectorByClass('com.example.Nope')).toBeUndefined();
  });

  it('links Debezium properties to their anchors', () => {
    expect(connectorDocUrl(PG, 'snapshot.mode')).toBe('https://debezium.io/documentation/reference/stable/connectors/postgresql.html#postgresql-property-snapshot-mode');
  });

  it('knows sink-only framework settings only for sinks', () => {
    expect(connectorSetting('io.confluent.connect.jdbc.JdbcSinkConnector', 'errors.deadletterqueue.topic.name')).toBeDefined();
    expect(connectorSetting(PG, 'errors.deadletterqueue.topic.name')).toBeUndefined();
  });

  it("states the worker's own producer defaults (idempotence off)", () => {
    expect(workerClientDefault('producer', 'enable.idempotence')).toBe('false');
    expect(workerClientDefault('consumer', 'enable.auto.commit')).toBe('false');
  });
});

describe('checkConnectorConfig', () => {
  const check = (config: Record<string, string>) => checkConnectorConfig(new Map(Object.entries(config)), (v) => v.startsWith('${'));
  it('suggests the nearest known name', () => {
    expect(check({ 'connector.class': PG, 'snapshot.mod': 'initial' })).toEqual([{ setting: 'snapshot.mod', problem: 'unknown', suggestion: 'snapshot.mode' }]);
  });
  it('checks enum values and types, skipping placeholders', () => {
    expect(check({ 'connector.class': PG, 'snapshot.mode': 'sometimes', 'slot.max.retries': '${RETRIES}' })).toEqual([
      { setting: 'snapshot.mode', problem: 'invalid', expected: expect.stringMatching(/^one of .*initial/) },
    ]);
  });
  it('leaves pass-through prefixes and unknown connector classes alone', () => {
    expect(check({ 'connector.class': PG, 'driver.ssl': 'true', 'producer.override.linger.ms': '5', 'key.converter.schemas.enable': 'false' })).toEqual([]);
    expect(check({ 'connector.class': 'com.example.X', anything: 'x' })).toEqual([]);
  });
});
