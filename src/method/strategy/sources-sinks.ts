// What runs at each end of a flow: an application producer or a Debezium connector (CDC, outbox)
// at the source; an application consumer or a sink connector (JDBC, Elasticsearch/OpenSearch, S3)
// at the sink. The sink kind is read from what the sink is called, then from the side effects.
import type { ConnectorId } from '../../knowledge/connectors.js';
import type { SourceKind } from '../../model/requirements.js';
import type { FlowFacts } from '../deconstruct/normalize.js';

/** A store a sink connector writes, or an application that consumes. */
export type SinkKind = 'application' | 'database' | 'search-index' | 'object-store';
export type SourceDatabase = 'postgres' | 'mysql';

export interface Route {
  source: { kind: SourceKind; runs: string; connector: ConnectorId | null; database: SourceDatabase | null; databaseStated: boolean };
  sink: { kind: SinkKind; runs: string; connector: ConnectorId | null };
  why: string;
}

const SEARCH = /(^|[-_.])(elastic(search)?|opensearch|search|solr|index)($|[-_.])/i;
const OBJECT_STORE = /(^|[-_.])(s3|gcs|blob|bucket|lake|datalake|archive|object-?store|parquet)($|[-_.])/i;
const DATABASE = /(^|[-_.])(db|database|warehouse|dwh|replica|jdbc|postgres(ql)?|mysql|mariadb|table|sql)($|[-_.])/i;

/** Where the flow's records end up, from the sink's name; a service (anything else) is an application consumer. */
export function sinkKind(flow: FlowFacts): SinkKind {
  if (SEARCH.test(flow.sink)) return 'search-index';
  if (OBJECT_STORE.test(flow.sink)) return 'object-store';
  if (DATABASE.test(flow.sink)) return 'database';
  return 'application';
}

/** The source database from the source's name: MySQL/MariaDB or PostgreSQL; Postgres when it does not say. */
export function sourceDatabase(flow: FlowFacts): { database: SourceDatabase; stated: boolean } {
  if (/mysql|maria/i.test(flow.source)) return { database: 'mysql', stated: true };
  if (/postgres|(^|[-_.])pg($|[-_.])|aurora|psql/i.test(flow.source)) return { database: 'postgres', stated: true };
  return { database: 'postgres', stated: false };
}

const SINK_CONNECTOR: Record<Exclude<SinkKind, 'application'>, { id: ConnectorId; runs: string }> = {
  database: { id: 'jdbc-sink', runs: 'JDBC sink connector (upsert by primary key)' },
  'search-index': { id: 'elasticsearch-sink', runs: 'Elasticsearch/OpenSearch sink connector (document id = record key)' },
  'object-store': { id: 's3-sink', runs: 'S3 sink connector (files per partition and time window)' },
};

export function route(flow: FlowFacts): Route {
  const kind = flow.sourceKind;
  const db = sourceDatabase(flow);
  const dbName = db.database === 'mysql' ? 'MySQL' : 'PostgreSQL';
  const connector: ConnectorId | null = kind === 'cdc' || kind === 'outbox' ? (db.database === 'mysql' ? 'debezium-mysql' : 'debezium-postgres') : null;
  const sourceRuns = {
    application: `${flow.source} produces with a Kafka client`,
    cdc: `Debezium ${dbName} connector on Kafka Connect reads ${flow.source}'s change log`,
    outbox: `Debezium ${dbName} connector with the outbox event router reads ${flow.source}'s outbox table`,
    connector: `a source connector on Kafka Connect (name its class in the design)`,
  }[kind];
  const sk = sinkKind(flow);
  const sinkConnector = sk === 'application' ? null : SINK_CONNECTOR[sk];
  const sinkRuns = sinkConnector ? sinkConnector.runs : `${flow.sink} consumes with a Kafka client`;
  const why =
    sk === 'application'
      ? `"${flow.sink}" is a service, so an application consumer applies the records`
      : `"${flow.sink}" is a ${sk.replace('-', ' ')}: a sink connector writes it with no code to run, scaled by tasks`;
  return {
    source: { kind, runs: sourceRuns, connector, database: connector ? db.database : null, databaseStated: db.stated },
    sink: { kind: sk, runs: sinkRuns, connector: sinkConnector?.id ?? null },
    why,
  };
}

/** Whether the flow's producer is a Connect worker rather than application code. */
export function producedByConnect(flow: FlowFacts): boolean {
  return flow.sourceKind !== 'application';
}

const LOOKS_LIKE_DATABASE = /(^|[-_.])(db|database|postgres(ql)?|pg|mysql|mariadb|oracle|sqlserver|mongo(db)?|cdc|outbox)($|[-_.])/i;

/**
 * A question when no source kind was stated but the source reads like a database: its changes
 * are usually captured (CDC) or published through an outbox, not produced by application code.
 */
export function sourceKindQuestion(flow: FlowFacts, stated: boolean): string | null {
  if (stated || !LOOKS_LIKE_DATABASE.test(flow.source)) return null;
  return `Flow "${flow.name}": "${flow.source}" reads like a database. Are its changes captured by Debezium (source_kind: cdc), or does a service publish them through an outbox table (source_kind: outbox)? The design has an application producer writing them.`;
}
