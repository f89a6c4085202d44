import { describe, expect, it } from 'vitest';
import { route, sinkKind, sourceDatabase, sourceKindQuestion } from '../../../src/method/strategy/sources-sinks.js';
import { flowFacts } from '../helpers.js';

describe("sink kind from the sink's name", () => {
  it.each([
    ['customer-search', 'search-index'],
    ['orders-elasticsearch', 'search-index'],
    ['catalog-opensearch', 'search-index'],
    ['product-index', 'search-index'],
    ['events-s3', 'object-store'],
    ['raw-archive', 'object-store'],
    ['data-lake', 'object-store'],
    ['reporting-db', 'database'],
    ['analytics-warehouse', 'database'],
    ['orders-replica', 'database'],
    ['crm-postgres', 'database'],
    ['payment-service', 'application'],
    ['indexer', 'application'],
    ['research-service', 'application'],
    ['notifier', 'application'],
  ])('%s -> %s', (sink, kind) => expect(sinkKind(flowFacts({ sink }))).toBe(kind));
});

describe("source database from the source's name", () => {
  it.each([
    ['shop-mysql', 'mysql', true],
    ['legacy-mariadb', 'mysql', true],
    ['crm-postgres', 'postgres', true],
    ['orders-pg', 'postgres', true],
    ['billing', 'postgres', false],
  ])('%s -> %s (stated %s)', (source, database, stated) => expect(sourceDatabase(flowFacts({ source }))).toEqual({ database, stated }));
});

describe('what runs at each end (source kind x sink kind)', () => {
  it.each([
    ['application', 'worker', null, null],
    ['application', 'search', null, 'elasticsearch-sink'],
    ['cdc', 'worker', 'debezium-postgres', null],
    ['cdc', 'reporting-db', 'debezium-postgres', 'jdbc-sink'],
    ['cdc', 'events-s3', 'debezium-postgres', 's3-sink'],
    ['outbox', 'payment-service', 'debezium-postgres', null],
    ['outbox', 'order-search', 'debezium-postgres', 'elasticsearch-sink'],
    ['connector', 'worker', null, null],
  ] as const)('%s -> %s: source %s, sink %s', (kind, sink, source, sinkConnector) => {
    const r = route(flowFacts({ source_kind: kind, sink }));
    expect(r.source.connector).toBe(source);
    expect(r.sink.connector).toBe(sinkConnector);
  });

  it('a MySQL source gets the Debezium MySQL connector', () => {
    expect(route(flowFacts({ source_kind: 'cdc', source: 'shop-mysql' })).source.connector).toBe('debezium-mysql');
  });
});

describe('source kind question', () => {
  it.each([
    ['orders-db', false, true],
    ['crm-postgres', false, true],
    ['legacy-mongo', false, true],
    ['orders-db', true, false],
    ['checkout-service', false, false],
    ['dbt-runner', false, false],
  ])('%s (source_kind stated: %s) -> asks: %s', (source, stated, asks) => {
    expect(sourceKindQuestion(flowFacts({ source }), stated) !== null).toBe(asks);
  });
});
